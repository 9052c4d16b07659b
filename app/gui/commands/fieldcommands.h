// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "model/modelops.h"

#include <QUndoCommand>
#include <QVariant>

namespace cw::gui {

/// Merge ids of mergeable commands (QUndoCommand::id()), one enum for the whole app.
enum MergeId { kMergeField = 1, kMergeGeometry = 2, kMergeDocumentField = 3 };

/// Sets one field of one element. The element is kept by value before and after, so undo
/// restores it exactly. Consecutive edits of the same field in one session (typing) merge.
class SetFieldCommand : public QUndoCommand
{
public:
    /// session 0 never merges; use one non-zero session per editing gesture.
    SetFieldCommand(Document *doc, const std::string &elemId, const QString &key,
        const QVariant &value, int session = 0, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return m_session ? kMergeField : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ChangeSet change() const;

    Document *m_doc;
    std::string m_elemId;
    QString m_key;
    QVariant m_value;
    int m_session;
    ElemPath m_path;
    std::optional<ElemValue> m_before;
    std::optional<ElemValue> m_after;
};

/// Sets the design's own name or description.
class SetDocumentFieldCommand : public QUndoCommand
{
public:
    SetDocumentFieldCommand(
        Document *doc, const QString &key, const QString &value, int session = 0);
    void redo() override;
    void undo() override;
    int id() const override { return m_session ? kMergeDocumentField : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const std::string &value);
    Document *m_doc;
    QString m_key;
    std::string m_before;
    std::string m_after;
    int m_session;
};

/// Renames an element id and every reference to it.
class RenameCommand : public QUndoCommand
{
public:
    RenameCommand(Document *doc, const std::string &oldId, const std::string &newId,
        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const std::string &from, const std::string &to);
    Document *m_doc;
    std::string m_old;
    std::string m_new;
};

} // namespace cw::gui
