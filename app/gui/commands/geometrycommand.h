// SPDX-License-Identifier: MIT
#pragma once

#include "commands/fieldcommands.h"
#include "document.h"

#include <QUndoCommand>
#include <map>
#include <optional>

namespace cw::gui {

/// Diagram rects keyed by element id; nullopt = no stored geometry (default layout).
using GeometryMap = std::map<std::string, std::optional<Rect>>;

/// Moves or resizes elements: sets their diagram rects (geometry is model data). Commands of
/// one gesture (same non-zero session: a drag, arrow-key nudges) merge into one undo step.
class GeometryCommand : public QUndoCommand
{
public:
    /// before holds the current rects of every key in after.
    GeometryCommand(Document *doc, GeometryMap before, GeometryMap after, const QString &text,
        int session = 0, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return m_session ? kMergeGeometry : -1; }
    bool mergeWith(const QUndoCommand *other) override;

    /// The current stored rects of ids in a model.
    static GeometryMap current(const Model &model, const std::vector<std::string> &ids);

private:
    void apply(const GeometryMap &rects);

    Document *m_doc;
    GeometryMap m_before;
    GeometryMap m_after;
    int m_session;
};

} // namespace cw::gui
