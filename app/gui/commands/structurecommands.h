// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "model/modelops.h"

#include <QUndoCommand>

namespace cw::gui {

/// Adds or removes a fragment: elements with their subtrees, connections, links, waivers,
/// geometry and the subnet references of other services, all restored exactly on undo.
class FragmentCommand : public QUndoCommand
{
public:
    enum class Mode { Insert, Remove };
    FragmentCommand(Document *doc, Fragment fragment, Mode mode, const QString &text,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    const Fragment &fragment() const { return m_fragment; }

private:
    void apply(bool insert);
    ChangeSet change() const;

    Document *m_doc;
    Fragment m_fragment;
    Mode m_mode;
};

/// Moves one element to another parent (service to another subnet/network/account, subnet to
/// another network, network to another account), possibly edited on the way (zone, subnets).
class ReparentCommand : public QUndoCommand
{
public:
    ReparentCommand(
        Document *doc, ElemPath from, ElemPath to, ElemValue after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void notify();
    Document *m_doc;
    ElemPath m_from;
    ElemPath m_to;
    ElemValue m_before;
    ElemValue m_after;
};

} // namespace cw::gui
