// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "model/modelops.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <map>
#include <string>
#include <vector>

namespace cw::gui {

class EditorSelection;
class GeometryEdits;
class SceneModel;

/// Delete, copy, cut, paste and duplicate of the editor's selection. A copy holds the elements
/// by value with their subtrees, the connections between them and their geometry; a paste
/// gives every element a fresh id, lands in the one selected container (or where the
/// originals were) and is one undo step.
class EditorClipboard : public QObject
{
    Q_OBJECT

public:
    EditorClipboard(SceneModel *scene, EditorSelection *selection, const GeometryEdits *geometry,
        QObject *parent = nullptr);

    void setDocument(Document *doc) { m_doc = doc; }
    bool canPaste() const { return !m_clip.items.empty(); }
    /// A new document: the next paste lands at the first offset again.
    void resetOffset() { m_pasteCount = 0; }

    bool deleteSelection();
    void copy();
    void cut();
    bool paste();
    bool duplicate();

signals:
    /// What canPaste() says may have changed.
    void changed();
    /// A refusal for the status bar.
    void message(const QString &text, bool error);

private:
    struct ClipItem
    {
        ElemValue value;
        ElemType type;
        QString account;
        QString network;
    };
    struct Clip
    {
        std::vector<ClipItem> items;
        std::vector<Connection> connections;
        std::map<std::string, Rect> geometry;
    };

    Clip makeClip(const QStringList &ids) const;
    bool pasteClip(const Clip &clip, const QString &text);

    QPointer<Document> m_doc;
    SceneModel *m_scene;
    EditorSelection *m_selection;
    const GeometryEdits *m_geometry;
    Clip m_clip;
    int m_pasteCount = 0;
};

} // namespace cw::gui
