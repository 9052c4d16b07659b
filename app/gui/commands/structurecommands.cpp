// SPDX-License-Identifier: MIT
#include "commands/structurecommands.h"

namespace cw::gui {

FragmentCommand::FragmentCommand(
    Document *doc, Fragment fragment, Mode mode, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_doc(doc)
    , m_fragment(std::move(fragment))
    , m_mode(mode)
{
    m_fragment.sort();
}

ChangeSet FragmentCommand::change() const
{
    ChangeSet c;
    for (const auto &[path, value] : m_fragment.elements) {
        c.flags
            |= path.type == ElemType::Connection ? ChangeSet::Connections : ChangeSet::Structure;
        c.ids << QString::fromStdString(idOf(value));
    }
    if (!m_fragment.links.empty() || !m_fragment.subnetRefs.empty())
        c.flags |= ChangeSet::Structure;
    if (!m_fragment.suppressions.empty())
        c.flags |= ChangeSet::Suppressions;
    if (!m_fragment.geometry.empty())
        c.flags |= ChangeSet::Geometry;
    return c;
}

void FragmentCommand::apply(bool insert)
{
    if (insert)
        insertFragment(m_doc->edit(), m_fragment);
    else
        removeFragment(m_doc->edit(), m_fragment);
    m_doc->notify(change());
}

void FragmentCommand::redo()
{
    apply(m_mode == Mode::Insert);
}
void FragmentCommand::undo()
{
    apply(m_mode != Mode::Insert);
}

ReparentCommand::ReparentCommand(
    Document *doc, ElemPath from, ElemPath to, ElemValue after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_from(from)
    , m_to(to)
    , m_before(valueAt(doc->model(), from))
    , m_after(std::move(after))
{
    setText(QObject::tr("Move %1").arg(QString::fromStdString(idOf(m_before))));
}

void ReparentCommand::notify()
{
    ChangeSet c;
    c.flags = ChangeSet::Structure;
    c.ids << QString::fromStdString(idOf(m_after));
    m_doc->notify(c);
}

void ReparentCommand::redo()
{
    removeAt(m_doc->edit(), m_from);
    insertAt(m_doc->edit(), m_to, m_after);
    notify();
}

void ReparentCommand::undo()
{
    removeAt(m_doc->edit(), m_to);
    insertAt(m_doc->edit(), m_from, m_before);
    notify();
}

} // namespace cw::gui
