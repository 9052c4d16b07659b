// SPDX-License-Identifier: MIT
#include "commands/geometrycommand.h"

namespace cw::gui {

GeometryCommand::GeometryCommand(Document *doc, GeometryMap before, GeometryMap after,
    const QString &text, int session, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_doc(doc)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_session(session)
{ }

GeometryMap GeometryCommand::current(const Model &model, const std::vector<std::string> &ids)
{
    GeometryMap out;
    for (const auto &id : ids) {
        const auto it = model.diagram.nodes.find(id);
        out[id] = it == model.diagram.nodes.end() ? std::nullopt : std::optional<Rect>(it->second);
    }
    return out;
}

void GeometryCommand::apply(const GeometryMap &rects)
{
    auto &nodes = m_doc->edit().diagram.nodes;
    ChangeSet c;
    c.flags = ChangeSet::Geometry;
    for (const auto &[id, rect] : rects) {
        if (rect)
            nodes[id] = *rect;
        else
            nodes.erase(id);
        c.ids << QString::fromStdString(id);
    }
    m_doc->notify(c);
}

void GeometryCommand::redo()
{
    apply(m_after);
}
void GeometryCommand::undo()
{
    apply(m_before);
}

bool GeometryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const GeometryCommand *>(other);
    if (!o || o->m_session != m_session)
        return false;
    for (const auto &[id, rect] : o->m_before)
        m_before.try_emplace(id, rect); // keep the oldest state of ids already known
    for (const auto &[id, rect] : o->m_after)
        m_after[id] = rect;
    return true;
}

} // namespace cw::gui
