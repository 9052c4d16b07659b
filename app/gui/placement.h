// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "model/model.h"

#include <QString>
#include <QStringList>

/// Where things may go on the canvas: account ⊃ network ⊃ zone column ⊃ subnet ⊃ service.
/// Refusals come with a one-line reason; placements the provider allows but best practice
/// does not (a database in a public subnet) are accepted and left to the rules.
namespace cw::gui {

/// The containers under a point, innermost last; empty strings where there is none.
struct DropTarget
{
    QString accountId;
    QString networkId;
    QString zone;
    QString subnetId;
};

/// Where an element will be created or moved to, or why not.
struct DropPlan
{
    enum class Parent { Top, Account, Network, Subnet };
    bool ok = false;
    QString reason; ///< why it is refused
    QString note; ///< what happened, when it is not the obvious (placed higher up, spans zones)
    Parent parent = Parent::Top;
    QString accountId;
    QString networkId;
    QString zone;
    QStringList subnets; ///< services: the subnets to place in (several = spans zones)
    /// The id of the container the element lands in (for the drop highlight), empty at top level.
    QString containerId() const;
};

/// Palette keys besides catalog kinds: "account:aws", "account:azure", "network",
/// "subnet:public|private|isolated", "external:internet|on-premises|saas".
DropPlan planDrop(const Model &model, const QString &paletteKey, const DropTarget &target,
    const Catalog &catalog = Catalog::builtin());

/// The palette key an existing element would have (to plan moves with planDrop).
QString paletteKeyOf(
    const Model &model, const std::string &elemId, const Catalog &catalog = Catalog::builtin());

/// The first subnet of tier in each zone column of network, in column order.
QStringList subnetsAcrossZones(const Network &network, Tier tier);

} // namespace cw::gui
