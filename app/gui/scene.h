// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "layout/layout.h"
#include "model/model.h"

#include <QHash>
#include <QRectF>
#include <QString>
#include <vector>

/// The canvas's view of a model: one flat list of drawable nodes (accounts, networks, zone
/// columns, subnets, services, externals) with their visual parent, depth and rect.
namespace cw::gui {

enum class NodeType { Account, Network, Zone, Subnet, Service, External };

/// One drawable node. Zone columns are derived (id "<network>/<zone>"); the rest are elements.
struct SceneNode
{
    QString id;
    NodeType type = NodeType::Service;
    int parent = -1; ///< index of the visual parent node, -1 at top level
    int depth = 0; ///< z order: containers below their contents
    QRectF rect;
    QString kind; ///< service kind, external kind, "aws"/"azure" for accounts and networks
    QString label; ///< name, or id when unnamed
    QString subLabel; ///< kind label, CIDR, region...
    QString icon; ///< "qrc:/icons/<stem>.svg", empty when the set has none
    QString initials; ///< fallback when there is no icon
    QString category; ///< catalog category (services)
    int tier = -1; ///< subnets: Tier; zones and others: -1
    bool spanning = false;
    bool azure = false;
    bool fixedGeometry = false; ///< derived (zone columns): not movable
};

/// All nodes of one model, in drawing order (parents before children).
struct Scene
{
    std::vector<SceneNode> nodes;
    QHash<QString, int> index; ///< id -> node
    QRectF bounds;

    int find(const QString &id) const { return index.value(id, -1); }
};

/// Builds the scene of model with its geometry from cw::layout::layout (the one geometry the
/// exporters draw too): every node takes the rect of the layout node with its id.
Scene buildScene(const Model &model, const cw::layout::Geometry &geometry,
    const Catalog &catalog = Catalog::builtin());

/// Label and sub-label of an element as the canvas shows them.
void describeNode(const Model &model, SceneNode &node, const Catalog &catalog = Catalog::builtin());

/// "qrc:/icons/<stem>.svg" when the embedded set has the icon, else empty.
QString iconUrl(const QString &stem);

/// Two-letter initials for the fallback tile: "Application Load Balancer" -> "AL".
QString initialsFor(const QString &label);

QRectF toQRect(const Rect &r);
Rect fromQRect(const QRectF &r);

} // namespace cw::gui
