// SPDX-License-Identifier: MIT
// Separates routes that share a corridor: segments on the same line whose ranges overlap are
// moved apart onto parallel tracks, so each connection stays visible; O(n log n) in segments.
#include "layout/obstacles.h"
#include "layout/placement.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace cw::layout::detail {
namespace {

constexpr double kSpacing = 10; ///< distance between parallel tracks
constexpr double kMaxSpread = 120; ///< tracks of one corridor fit in this width
constexpr double kSameLine = 2; ///< segments closer than this share a line
constexpr double kMinOverlap = 1; ///< segments touching at a corner do not overlap
constexpr double kEndInset = 6; ///< a moved end keeps this far from its box's corners

struct Segment
{
    std::size_t route = 0;
    std::size_t index = 0; ///< segment i joins points i and i + 1
    bool horizontal = false;
    double coord = 0; ///< y of a horizontal segment, x of a vertical one
    double lo = 0;
    double hi = 0;
    int track = 0;
    int tracks = 1;
    std::size_t group = SIZE_MAX; ///< segments sharing a corridor, SIZE_MAX when alone
};

bool before(const Segment &a, const Segment &b)
{
    if (a.horizontal != b.horizontal)
        return a.horizontal;
    if (a.coord != b.coord)
        return a.coord < b.coord;
    if (a.lo != b.lo)
        return a.lo < b.lo;
    return a.route != b.route ? a.route < b.route : a.index < b.index;
}

/// Gives overlapping segments of one line distinct tracks (interval partitioning, by start).
void assignTracks(std::vector<Segment *> &group, std::size_t id)
{
    std::vector<double> ends; // last hi per track
    for (Segment *s : group) {
        std::size_t t = 0;
        while (t < ends.size() && ends[t] > s->lo + kMinOverlap)
            ++t;
        if (t == ends.size())
            ends.push_back(s->hi);
        else
            ends[t] = s->hi;
        s->track = int(t);
        s->group = id;
    }
    for (Segment *s : group)
        s->tracks = int(ends.size());
}

/// Narrows [lo, hi] to where an end of a route may slide along its box's side.
void limitEnd(const Rect &box, bool horizontal, double &lo, double &hi)
{
    if (horizontal) { // the segment moves in y
        lo = std::max(lo, box.y + kEndInset);
        hi = std::min(hi, box.y + box.h - kEndInset);
    } else {
        lo = std::max(lo, box.x + kEndInset);
        hi = std::min(hi, box.x + box.w - kEndInset);
    }
}

/// One track of a group: the segments on it and the coordinates they may take.
struct Track
{
    std::vector<std::size_t> members; ///< indices into the group
    double lo = -1e300; ///< ends of routes stay on their boxes' sides
    double hi = 1e300;
    double pos = 0;
};

/// Segments already in place, by orientation and coordinate, so a group is not spread onto
/// another corridor.
using Placed = std::multimap<std::pair<bool, double>, std::pair<double, double>>;

int collisions(const Placed &placed, bool horizontal, double coord, double lo, double hi)
{
    int n = 0;
    for (auto it = placed.lower_bound({ horizontal, coord - kSameLine }); it != placed.end()
         && it->first.first == horizontal && it->first.second <= coord + kSameLine;
         ++it)
        n += std::min(hi, it->second.second) - std::max(lo, it->second.first) > kMinOverlap ? 1 : 0;
    return n;
}

/// Spreads one group over its tracks. Tracks are ordered by where their ends allow them, laid
/// out around the line and pushed inside their bounds. Of the layouts (kSpacing apart or closer,
/// centred on the line or pushed to either side) the one whose segments cross the fewest
/// obstacles and other corridors, with the fewest tracks squeezed together, wins.
void spread(const std::vector<const Segment *> &group, std::vector<Route> &routes,
    const std::vector<std::pair<Rect, Rect>> &boxes, const Obstacles &obs, Placed &placed)
{
    const int n = group.front()->tracks;
    const double line = group.front()->coord;
    std::vector<Track> tracks(static_cast<std::size_t>(n));
    std::vector<std::pair<Rect, Rect>> ends(group.size()); // src, dst per member
    for (std::size_t k = 0; k < group.size(); ++k) {
        const Segment *s = group[k];
        Track &t = tracks[std::size_t(s->track)];
        t.members.push_back(k);
        ends[k] = boxes[s->route];
        if (s->index == 0)
            limitEnd(ends[k].first, s->horizontal, t.lo, t.hi);
        if (s->index + 2 == routes[s->route].points.size())
            limitEnd(ends[k].second, s->horizontal, t.lo, t.hi);
    }
    for (Track &t : tracks)
        if (t.lo > t.hi)
            t.lo = t.hi = (t.lo + t.hi) / 2; // ends on opposite boxes disagree: split the gap
    std::stable_sort(tracks.begin(), tracks.end(), [&](const Track &a, const Track &b) {
        return std::clamp(line, a.lo, a.hi) < std::clamp(line, b.lo, b.hi);
    });
    auto layoutAt = [&](double shift, double spacing) {
        for (std::size_t k = 0; k < tracks.size(); ++k)
            tracks[k].pos = std::clamp(
                line + shift + (double(k) - (n - 1) / 2.0) * spacing, tracks[k].lo, tracks[k].hi);
        // Keep the order and the spacing where the bounds allow: forward, then backward.
        for (std::size_t k = 1; k < tracks.size(); ++k)
            tracks[k].pos
                = std::min(std::max(tracks[k].pos, tracks[k - 1].pos + spacing), tracks[k].hi);
        for (std::size_t k = tracks.size() - 1; k-- > 0;)
            tracks[k].pos
                = std::max(std::min(tracks[k].pos, tracks[k + 1].pos - spacing), tracks[k].lo);
    };
    std::vector<std::size_t> hit;
    auto cost = [&](double spacing) {
        double total = 0;
        for (std::size_t k = 0; k < tracks.size(); ++k) {
            if (k > 0 && tracks[k].pos - tracks[k - 1].pos < spacing * 0.9)
                total += kLabelCost; // squeezed onto its neighbour
            for (std::size_t m : tracks[k].members) {
                const Segment *s = group[m];
                const auto &pts = routes[s->route].points;
                Point a = pts[s->index], b = pts[s->index + 1];
                (s->horizontal ? a.y : a.x) = tracks[k].pos;
                (s->horizontal ? b.y : b.x) = tracks[k].pos;
                hit.clear();
                total += obs.cost(a, b, ends[m].first, ends[m].second, hit);
                total
                    += kLabelCost * collisions(placed, s->horizontal, tracks[k].pos, s->lo, s->hi);
            }
        }
        return total;
    };
    const double full = std::min(kSpacing, kMaxSpread / n);
    double bestShift = 0, bestSpacing = full, bestCost = 1e300;
    for (double spacing : { full, full / 2, full / 4 }) {
        const double half = (n - 1) / 2.0 * spacing;
        // Centred, wholly to either side, or slid in half-spacing steps: a tight corridor (between
        // a title and a row of boxes) often has room only a few pixels off its line.
        std::vector<double> shifts { 0.0, -half - spacing, half + spacing };
        for (int j = 1; j <= 8; ++j)
            shifts.insert(shifts.end(), { j * spacing / 2, -j * spacing / 2 });
        for (double shift : shifts) {
            layoutAt(shift, spacing);
            const double c = cost(spacing);
            if (c < bestCost - 1e-9) {
                bestCost = c;
                bestShift = shift;
                bestSpacing = spacing;
            }
        }
    }
    layoutAt(bestShift, bestSpacing);
    for (const Track &t : tracks)
        for (std::size_t m : t.members) {
            const Segment *s = group[m];
            auto &pts = routes[s->route].points;
            for (std::size_t k : { s->index, s->index + 1 })
                (s->horizontal ? pts[k].y : pts[k].x) = t.pos;
            placed.insert({ { s->horizontal, t.pos }, { s->lo, s->hi } });
        }
}

/// Every segment of every route, sorted by line.
std::vector<Segment> segmentsOf(const std::vector<Route> &routes)
{
    std::vector<Segment> segs;
    for (std::size_t r = 0; r < routes.size(); ++r) {
        const auto &pts = routes[r].points;
        for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
            const Point &a = pts[i], &b = pts[i + 1];
            if (a.y == b.y && a.x != b.x)
                segs.push_back({ r, i, true, a.y, std::min(a.x, b.x), std::max(a.x, b.x) });
            else if (a.x == b.x && a.y != b.y)
                segs.push_back({ r, i, false, a.x, std::min(a.y, b.y), std::max(a.y, b.y) });
        }
    }
    std::sort(segs.begin(), segs.end(), before);
    return segs;
}

/// Groups overlapping segments of one line (same orientation, coordinates within kSameLine) that
/// belong to different routes and gives them tracks; returns the number of groups.
std::size_t groupSegments(std::vector<Segment> &segs)
{
    std::size_t groups = 0;
    std::vector<Segment *> line, group;
    auto flushGroup = [&] {
        bool shared = false;
        for (const Segment *s : group)
            shared = shared || s->route != group.front()->route;
        if (shared)
            assignTracks(group, groups++);
        group.clear();
    };
    auto flushLine = [&] {
        std::sort(line.begin(), line.end(), [](const Segment *a, const Segment *b) {
            return a->lo != b->lo ? a->lo < b->lo : before(*a, *b);
        });
        double reach = -1e300;
        for (Segment *s : line) {
            if (!group.empty() && s->lo >= reach - kMinOverlap)
                flushGroup();
            group.push_back(s);
            reach = std::max(reach, s->hi);
        }
        flushGroup();
        line.clear();
    };
    for (auto &s : segs) {
        if (!line.empty()
            && (s.horizontal != line.front()->horizontal
                || s.coord - line.front()->coord > kSameLine))
            flushLine();
        line.push_back(&s);
    }
    flushLine();
    return groups;
}

} // namespace

void separateParallel(std::vector<Route> &routes, const Geometry &geometry, const Model &model,
    const Obstacles &obstacles)
{
    // Spreading a corridor can bring its segments onto another one, and moving a segment
    // stretches its neighbours: a few passes settle what the first leaves touching.
    TrackMap tracks;
    std::vector<std::pair<Rect, Rect>> boxes(routes.size()); // source and target box per route
    for (std::size_t r = 0; r < routes.size(); ++r) {
        const auto &c = model.connections[routes[r].connection];
        if (const Node *a = geometry.find(c.from))
            boxes[r].first = a->rect;
        if (const Node *b = geometry.find(c.to))
            boxes[r].second = b->rect;
    }
    for (int pass = 0; pass < 3; ++pass) {
        std::vector<Segment> segs = segmentsOf(routes);
        const std::size_t groups = groupSegments(segs);
        if (groups == 0)
            break;
        std::vector<std::vector<const Segment *>> members(groups);
        Placed placed;
        for (const Segment &s : segs) {
            if (s.group != SIZE_MAX) {
                members[s.group].push_back(&s);
                tracks[{ s.route, s.index }] = { s.track, s.tracks };
            } else {
                placed.insert({ { s.horizontal, s.coord }, { s.lo, s.hi } });
            }
        }
        for (const auto &m : members)
            spread(m, routes, boxes, obstacles, placed);
    }
    placeLabels(routes, model, obstacles, tracks);
}

} // namespace cw::layout::detail
