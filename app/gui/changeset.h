// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QStringList>

namespace cw::gui {

/// What one edit changed, so views update only what they must.
struct ChangeSet
{
    enum Flag {
        Structure = 1, ///< elements added, removed, re-parented, zones/tiers/spans changed
        Fields = 2, ///< labels or properties of ids changed
        Geometry = 4, ///< diagram rects of ids changed
        Connections = 8, ///< connections added, removed or edited
        Suppressions = 16, ///< waivers changed
        Meta = 32, ///< document name/description
        Renamed = 64, ///< ids = {old id, new id}
    };
    int flags = 0;
    QStringList ids;

    bool has(Flag f) const { return flags & f; }
    /// True when the rules must run again (anything but pure geometry).
    bool affectsRules() const { return flags & ~Geometry; }
};

} // namespace cw::gui

Q_DECLARE_METATYPE(cw::gui::ChangeSet)
