// SPDX-License-Identifier: MIT
#pragma once

#include "changeset.h"
#include "model/model.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace cw::gui {

/// One open design: the cw::Model, its file and the undo stack. Every edit is a QUndoCommand
/// (app/gui/commands) that mutates the model through edit() and reports a ChangeSet.
class Document : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged FINAL)
    Q_PROPERTY(QString fileName READ fileName NOTIFY filePathChanged FINAL)
    Q_PROPERTY(QString displayName READ displayName NOTIFY filePathChanged FINAL)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged FINAL)
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged FINAL)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged FINAL)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged FINAL)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged FINAL)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged FINAL)
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged FINAL)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged FINAL)
    Q_PROPERTY(QString designName READ designName NOTIFY revisionChanged FINAL)

public:
    explicit Document(QObject *parent = nullptr);

    const Model &model() const { return m_model; }
    QUndoStack *undoStack() { return &m_undo; }

    QString filePath() const { return m_filePath; }
    QString fileName() const;
    /// File name, or "Untitled" for a new design.
    QString displayName() const;
    /// "name.cloudwright.yaml* — Cloudwright": the window title with a modified marker.
    QString title() const;
    bool isModified() const { return m_dirty || !m_undo.isClean(); }
    bool canUndo() const { return m_undo.canUndo(); }
    bool canRedo() const { return m_undo.canRedo(); }
    QString undoText() const { return m_undo.undoText(); }
    QString redoText() const { return m_undo.redoText(); }
    int revision() const { return m_revision; }
    QString lastError() const { return m_lastError; }
    QString designName() const { return QString::fromStdString(m_model.name); }

    /// A new untitled design from an embedded template ("blank-aws", "innovate-inc"...).
    Q_INVOKABLE bool newFromTemplate(const QString &templateId);
    /// Loads a file (path or file:// URL); on failure keeps the current design and sets lastError.
    Q_INVOKABLE bool open(const QString &pathOrUrl);
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool saveAs(const QString &pathOrUrl);
    Q_INVOKABLE void undo() { m_undo.undo(); }
    Q_INVOKABLE void redo() { m_undo.redo(); }
    /// The canonical YAML text of the current model (what save would write).
    Q_INVOKABLE QString text() const;

    /// Replaces the whole design (clears undo). dirty marks it modified (recovered designs).
    void reset(Model model, const QString &filePath, bool dirty = false);

    /// For commands only: the model to mutate, then report what changed with notify().
    Model &edit() { return m_model; }
    void notify(const ChangeSet &change);

    /// Converts a file:// URL or a plain path to a local path.
    static QString toLocalPath(const QString &pathOrUrl);

signals:
    void filePathChanged();
    void titleChanged();
    void modifiedChanged();
    void undoStateChanged();
    void revisionChanged();
    void lastErrorChanged();
    /// The whole model was replaced (new, open, recover).
    void modelReset();
    /// One edit (or its undo) changed the model.
    void changed(const cw::gui::ChangeSet &change);
    /// A file was opened or saved: for recent files.
    void fileUsed(const QString &path);

private:
    void setError(const QString &error);
    void setFilePath(const QString &path);

    Model m_model;
    QString m_filePath;
    QUndoStack m_undo;
    bool m_dirty = false;
    int m_revision = 0;
    QString m_lastError;
};

} // namespace cw::gui
