// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "layout/layout.h"
#include "model/model.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>
#include <map>
#include <string>
#include <vector>

namespace cw::rules {
struct Report;
}

/// What a design looks like when drawn, built once from model + geometry + findings: the boxes
/// (accounts, networks, zone columns, subnets, services, spanning bands, externals), the routed
/// connections and the finding badges. The canvas and the PNG/SVG/PDF pictures paint it with
/// the one painter (painter.h).
namespace cw::scene {

enum class NodeType { Account, Network, Zone, Subnet, Service, External };

/// One drawable box. Zone columns are derived (id "<network>/<zone>"); the rest are elements.
struct SceneNode
{
    QString id;
    NodeType type = NodeType::Service;
    /// Index of the element that holds this one in the model, -1 at top level: a subnet's
    /// network (not its zone column), a spanning service's network.
    int parent = -1;
    int depth = 0; ///< z order: containers below their contents
    QRectF rect;
    QString kind; ///< service kind, external kind, "aws"/"azure" for accounts and networks
    QString label; ///< name, or id when unnamed
    QString subLabel; ///< kind label, CIDR, region...
    QString icon; ///< "qrc:/icons/<stem>.svg", empty when the set has none
    QString initials; ///< fallback when there is no icon
    QString category; ///< catalog category (services)
    int tier = -1; ///< subnets: Tier; zones and others: -1
    bool spanning = false; ///< a service drawn as a band across several subnets
    Provider provider = Provider::Aws; ///< the element's cloud (services: their kind's)
    bool fixedGeometry = false; ///< derived (zone columns): not movable

    bool azure() const { return provider == Provider::Azure; }
};

/// One routed connection as drawn.
struct SceneRoute
{
    QVector<QPointF> points; ///< at least two to be drawn; segments horizontal or vertical
    QPointF labelPos; ///< centre of the protocol label
    QString label; ///< "HTTPS 443", empty for none
    QRectF bounds; ///< of the points, slightly grown
    int connection = -1; ///< index into model.connections, -1 when unknown
};

/// Unsuppressed findings on one element.
struct Badge
{
    int count = 0;
    int severity = 0; ///< worst: rules::Severity as int, 0 (info) .. 4 (critical)
    bool operator==(const Badge &) const = default;
};
using Badges = std::map<std::string, Badge>; ///< element id -> badge

/// The badges of a report: unsuppressed findings per target.
Badges badgesFrom(const rules::Report &report);

/// All boxes and routes of one design, in drawing order (parents before children).
struct Scene
{
    std::vector<SceneNode> nodes;
    std::vector<SceneRoute> routes; ///< as the geometry routes them
    Badges badges;
    QHash<QString, int> index; ///< id -> node
    QRectF bounds; ///< of every node and route

    int find(const QString &id) const { return index.value(id, -1); }
};

/// Builds the scene of model: one node per element and per zone column the geometry has (rects
/// from geometry; elements it lacks get an empty rect), routes from geometry.routes, badges as
/// given.
Scene buildScene(const Model &model, const layout::Geometry &geometry, const Badges &badges = {},
    const Catalog &catalog = Catalog::builtin());

/// Refreshes the label, sub-label, icon and look of the element node n stands for.
void describeNode(const Model &model, SceneNode &node, const Catalog &catalog = Catalog::builtin());

/// "qrc:/icons/<stem>.svg" when the embedded set has the icon, else empty.
QString iconUrl(const QString &stem);

/// Two-letter initials for the fallback tile: "Application Load Balancer" -> "AL".
QString initialsFor(const QString &label);

/// "HTTPS 443", "TCP", "8080", or empty: how a connection's protocol and port are labelled.
QString connectionLabel(const Connection &connection);

QRectF toQRect(const Rect &r);
Rect fromQRect(const QRectF &r);

/// Points, label position and (never empty) bounds of a polyline, as drawn.
SceneRoute makeRoute(QVector<QPointF> points, QPointF labelPos, QString label);

/// Distance from p to the route's polyline (hit-testing a connection on the canvas).
double distanceToRoute(const SceneRoute &route, const QPointF &p);

} // namespace cw::scene
