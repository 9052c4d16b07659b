// SPDX-License-Identifier: MIT
#include "geometryedits.h"

#include "scenemodel.h"

namespace cw::gui {

bool GeometryEdits::fullyPlaced() const
{
    const auto &stored = m_doc->model().diagram.nodes;
    for (const auto &n : m_scene->scene().nodes)
        if (n.type != NodeType::Zone && !stored.count(n.id.toStdString()))
            return false;
    return true;
}

void GeometryEdits::addMaterialized(GeometryMap &before, GeometryMap &after) const
{
    const Model &m = m_doc->model();
    if (fullyPlaced())
        return;
    for (const auto &n : m_scene->scene().nodes) {
        if (n.type == NodeType::Zone)
            continue;
        const std::string id = n.id.toStdString();
        if (after.count(id) || m.diagram.nodes.count(id))
            continue;
        before[id] = std::nullopt;
        after[id] = fromQRect(n.rect);
    }
}

bool GeometryEdits::commit(const std::map<std::string, Rect> &rects, const QString &text,
    QUndoCommand *parent, int session) const
{
    GeometryMap before, after;
    for (const auto &[id, r] : rects) {
        after[id] = r;
        const auto it = m_doc->model().diagram.nodes.find(id);
        before[id] = it == m_doc->model().diagram.nodes.end() ? std::nullopt
                                                              : std::optional<Rect>(it->second);
    }
    addMaterialized(before, after);
    if (after == before)
        return false;
    auto *cmd
        = new GeometryCommand(m_doc, std::move(before), std::move(after), text, session, parent);
    if (!parent)
        m_doc->undoStack()->push(cmd);
    return true;
}

} // namespace cw::gui
