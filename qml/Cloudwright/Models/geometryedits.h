// SPDX-License-Identifier: MIT
#pragma once

#include "commands/geometrycommand.h"
#include "document.h"

#include <QPointer>
#include <QString>
#include <map>
#include <string>

class QUndoCommand;

namespace cw::gui {

class SceneModel;

/// How the editor's parts record geometry: one GeometryCommand per edit. The first edit of a
/// design without stored geometry also stores every other element's current rect, so the
/// file holds a complete diagram from then on and nothing jumps when the layout re-runs.
class GeometryEdits
{
public:
    explicit GeometryEdits(SceneModel *scene)
        : m_scene(scene)
    { }

    void setDocument(Document *doc) { m_doc = doc; }
    /// Every element has a stored rect (after the first geometry edit the file holds them all).
    bool fullyPlaced() const;
    /// Records rects (element id -> rect) as one undo step: pushed, or added to parent when
    /// given. session merges successive edits (nudges). False when nothing changes.
    bool commit(const std::map<std::string, Rect> &rects, const QString &text,
        QUndoCommand *parent = nullptr, int session = 0) const;

private:
    void addMaterialized(GeometryMap &before, GeometryMap &after) const;

    QPointer<Document> m_doc;
    SceneModel *m_scene;
};

} // namespace cw::gui
