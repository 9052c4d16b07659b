// SPDX-License-Identifier: MIT
#pragma once

#include "layout/metrics.h"
#include "model/model.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

/// Qt-free auto-layout in the AWS reference-diagram convention: accounts side by side, zone
/// columns x tier rows inside each network, services in their subnets, externals around.
namespace cw::layout {

/// What a placed box stands for.
enum class NodeKind { Account, Network, Zone, Subnet, Service, External };

/// A point in scene units.
struct Point
{
    double x = 0;
    double y = 0;
    bool operator==(const Point &) const = default;
};

/// One placed box; rects are absolute scene coordinates, like model.diagram.nodes.
struct Node
{
    std::string id; ///< element id, or "<network>/<zone>" for a zone column
    std::string parent; ///< id of the enclosing node, empty at the top level
    NodeKind kind = NodeKind::Service;
    Rect rect;
    bool manual = false; ///< the rect came from the model's diagram geometry
};

/// One routed connection: an orthogonal polyline from the source box's border to the target's.
struct Route
{
    std::size_t connection = 0; ///< index into model.connections
    std::vector<Point> points; ///< at least two; consecutive points share x or y
    bool fallback = false; ///< simple elbow, placed after the time cap without searching
    Point labelAt; ///< middle of the longest segment
};

/// Node rects and connection polylines for one model.
struct Geometry
{
    std::vector<Node> nodes; ///< parents before their children, in document order
    std::vector<Route> routes;
    Rect bounds; ///< encloses every node and route

    /// The node with this id, or null.
    const Node *find(std::string_view id) const;
    /// Rebuilds the id lookup after nodes changed.
    void reindex();

private:
    std::map<std::string, std::size_t, std::less<>> m_index;
};

/// Layout choices.
struct Options
{
    bool keepManual = true; ///< keep rects stored in model.diagram (false = tidy)
    bool route = true; ///< compute connection polylines
    double timeCapMs = 150; ///< after this, remaining routes fall back to simple elbows
    double maxRowWidth = 4800; ///< accounts wrap to a new row past this width
};

/// Places every element of model; stored geometry is kept, only missing nodes are placed.
Geometry layout(const Model &model, const Options &options = {});

/// Re-lays out everything, ignoring stored geometry.
Geometry tidy(const Model &model, const Options &options = {});

/// Routes model's connections between the boxes of geometry (its routes are ignored), as
/// layout() does with Options::route; avoids boxes and titles, fans out shared corridors.
std::vector<Route> route(const Model &model, const Geometry &geometry, const Options &options = {});

/// Quick orthogonal routes between pairs of boxes (from, to) that avoid nothing: each end
/// leaves the side facing the other box, ends sharing a side are spread along it. For previews
/// while dragging and for large designs while route() runs; Route::connection is the pair's index.
std::vector<Route> quickRoutes(const std::vector<std::pair<Rect, Rect>> &ends);

/// The model's stored geometry as it is drawn: each stored rect replaced by the rect the layout
/// gives that element (no rect added or dropped), so a saved file holds the picture it shows.
Diagram settledGeometry(const Model &model);

/// The zones a network shows as columns: its zone list, then zones only its subnets name; one
/// regional column ("") when every subnet is regional.
std::vector<std::string> columnZones(const Network &network);

/// Id of the zone column node of a network.
std::string zoneNodeId(const Network &network, std::string_view zone);

} // namespace cw::layout
