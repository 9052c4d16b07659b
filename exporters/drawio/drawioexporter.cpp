// SPDX-License-Identifier: MIT
#include "drawio/drawioexporter.h"

#include "drawio/drawiostyles.h"
#include "reports/textescape.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace cw::exporters {
namespace {

constexpr double kMargin = 40;
constexpr double kIcon = 44; ///< icons are square, as on the canvas; the label sits below

/// Numbers as draw.io writes them: integers bare, else up to two decimals.
std::string num(double v)
{
    char buf[32];
    const double r = std::round(v * 100) / 100;
    if (r == std::floor(r))
        std::snprintf(buf, sizeof buf, "%.0f", r);
    else
        std::snprintf(buf, sizeof buf, "%.2f", r);
    std::string s = buf;
    return s == "-0" ? "0" : s;
}

/// HTML label text (styles use html=1), later escaped once more as an XML attribute.
std::string html(const std::string &s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        case '\n':
            out += "<br>";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string attr(const std::string &s)
{
    return reports::xmlEscape(s);
}

/// Where a route meets a box, relative to the box (0..1 each way): draw.io's exitX/exitY and
/// entryX/entryY, so the file keeps the ends the layout chose (parallel routes stay apart).
std::string anchor(const char *prefix, const layout::Point &p, const Rect &box)
{
    const double rx = box.w > 0 ? std::clamp((p.x - box.x) / box.w, 0.0, 1.0) : 0.5;
    const double ry = box.h > 0 ? std::clamp((p.y - box.y) / box.h, 0.0, 1.0) : 0.5;
    return std::string(prefix) + "X=" + num(rx) + ";" + prefix + "Y=" + num(ry) + ";" + prefix
        + "Dx=0;" + prefix + "Dy=0;";
}

/// Cell id of an element: prefixed so no element id can take the root ("0") or layer ("1") ids.
std::string cellId(const std::string &id)
{
    return "n:" + id;
}

/// One vertex cell; its geometry is relative to its parent cell, as draw.io nests them.
std::string vertex(const std::string &id, const std::string &label, const std::string &style,
    const std::string &parent, const Rect &r)
{
    return "        <mxCell id=\"" + attr(id) + "\" value=\"" + attr(label) + "\" style=\""
        + attr(style) + "\" vertex=\"1\" parent=\"" + attr(parent) + "\">\n"
        + "          <mxGeometry x=\"" + num(r.x) + "\" y=\"" + num(r.y) + "\" width=\"" + num(r.w)
        + "\" height=\"" + num(r.h) + "\" as=\"geometry\" />\n        </mxCell>\n";
}

/// The white card of a service or external (dashed for externals), label under the icon or,
/// for a spanning band, right of it.
std::string cardStyle(const layout::Node &n, bool spanning)
{
    std::string s = "rounded=1;arcSize=6;whiteSpace=wrap;html=1;container=1;collapsible=0;"
                    "fillColor=#FFFFFF;fontColor=#232F3E;fontSize=11;fontStyle=1;";
    s += n.kind == layout::NodeKind::External ? "strokeColor=#5A6B86;dashed=1;"
                                              : "strokeColor=#AAB7B8;";
    s += spanning ? "align=left;verticalAlign=middle;spacingLeft=52;"
                  : "align=center;verticalAlign=bottom;spacingBottom=4;";
    return s;
}

/// Where edge labels go: draw.io puts a label at a fraction of the edge's length (mxGeometry x,
/// -1 at the source .. 1 at the target). Its router keeps the ports the layout chose, so the
/// layout's route is a close guess of the drawn line: each label takes the first spot along it
/// (middle first, then towards either end) whose box is clear of the labels placed before.
class EdgeLabels
{
public:
    double place(const std::vector<layout::Point> &pts, const std::string &text)
    {
        double total = 0;
        for (std::size_t i = 1; i < pts.size(); ++i)
            total += std::abs(pts[i].x - pts[i - 1].x) + std::abs(pts[i].y - pts[i - 1].y);
        const double w = 7.0 * double(text.size()) + 8, h = 18; // 11 px text and its margin
        for (const double at : { 0.0, -0.3, 0.3, -0.55, 0.55, -0.15, 0.15, -0.75, 0.75, -0.42, 0.42,
                 -0.85, 0.85, -0.65, 0.65 }) {
            const layout::Point p = pointAt(pts, total * (at + 1) / 2);
            const Rect r { p.x - w / 2, p.y - h / 2, w, h };
            if (std::none_of(m_placed.begin(), m_placed.end(), [&](const Rect &o) {
                    return r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h;
                })) {
                m_placed.push_back(r);
                return at;
            }
        }
        return 0; // crowded everywhere: the middle, as draw.io would
    }

private:
    static layout::Point pointAt(const std::vector<layout::Point> &pts, double dist)
    {
        for (std::size_t i = 1; i < pts.size(); ++i) {
            const double len
                = std::abs(pts[i].x - pts[i - 1].x) + std::abs(pts[i].y - pts[i - 1].y);
            if (dist <= len && len > 0) {
                const double f = dist / len;
                return { pts[i - 1].x + (pts[i].x - pts[i - 1].x) * f,
                    pts[i - 1].y + (pts[i].y - pts[i - 1].y) * f };
            }
            dist -= len;
        }
        return pts.back();
    }

    std::vector<Rect> m_placed;
};

} // namespace

std::string DrawioExporter::description() const
{
    return "Editable diagrams.net file (uncompressed XML) with AWS4 containers and icons";
}

std::vector<std::string> DrawioExporter::outputFiles(const Model &) const
{
    return { "architecture.drawio" };
}

ExportResult DrawioExporter::generate(const ExportInput &input, const ExportOptions &) const
{
    ExportResult result;
    result.files.push_back({ "architecture.drawio", drawioDocument(input.model, input.geometry) });
    return result;
}

std::string drawioDocument(const Model &model, const layout::Geometry &g)
{
    const ModelIndex index(model);
    const Catalog &catalog = Catalog::builtin();
    // Shift so the drawing starts at the margin whatever the stored coordinates are.
    const double dx = kMargin - g.bounds.x, dy = kMargin - g.bounds.y;
    const double pageW = std::max(1169.0, g.bounds.w + 2 * kMargin);
    const double pageH = std::max(827.0, g.bounds.h + 2 * kMargin);

    std::string out;
    out += "<mxfile host=\"Cloudwright\" version=\"" + std::to_string(model.formatVersion)
        + "\" compressed=\"false\">\n";
    out += "  <diagram id=\"architecture\" name=\""
        + attr(model.name.empty() ? "Architecture" : model.name) + "\">\n";
    out += "    <mxGraphModel dx=\"1200\" dy=\"800\" grid=\"1\" gridSize=\"10\" guides=\"1\" "
           "tooltips=\"1\" connect=\"1\" arrows=\"1\" fold=\"1\" page=\"1\" pageScale=\"1\" "
           "pageWidth=\""
        + num(pageW) + "\" pageHeight=\"" + num(pageH) + "\" math=\"0\" shadow=\"0\">\n";
    out += "      <root>\n        <mxCell id=\"0\" />\n        <mxCell id=\"1\" parent=\"0\" />\n";
    for (const auto &n : g.nodes) {
        const NodeText t = nodeText(index, catalog, n);
        const ElementRef *ref = index.find(n.id);
        const std::string kind = ref && ref->service ? ref->service->kind : std::string();
        const layout::Node *parent = n.parent.empty() ? nullptr : g.find(n.parent);
        Rect r = n.rect;
        if (parent) {
            r.x -= parent->rect.x;
            r.y -= parent->rect.y;
        } else {
            r.x += dx;
            r.y += dy;
        }
        const std::string style = drawioStyle(n, t, kind);
        std::string label = html(t.title);
        if (!t.detail.empty())
            label += "<br><font style=\"font-size: 10px\">" + html(t.detail) + "</font>";
        const std::string cell = cellId(n.id);
        const std::string parentCell = parent ? cellId(parent->id) : std::string("1");
        if (!drawioIconStyle(style)) {
            out += vertex(cell, label, style, parentCell, r);
            continue;
        }
        // A service or external is the canvas's card at its full rect (edges attach to it),
        // with the kind's diagrams.net icon inside: on top, or at the left of a spanning band.
        out += vertex(cell, label, cardStyle(n, t.spanning), parentCell, r);
        const double icon = t.spanning ? std::min(kIcon, r.h - 12) : std::min(kIcon, r.h * 0.3);
        const Rect at = t.spanning
            ? Rect { 8, (r.h - icon) / 2, icon, icon }
            : Rect { (r.w - icon) / 2, std::max(4.0, r.h * 0.05), icon, icon };
        out += vertex("i:" + n.id, {}, style, cell, at);
    }
    EdgeLabels labels;
    for (const auto &route : g.routes) {
        const Connection &c = model.connections[route.connection];
        std::string style = drawioEdgeStyle();
        // Ports where the layout's route leaves and meets the boxes; no waypoints, so draw.io
        // routes the edge again when a box moves (the model has no user-drawn bends).
        if (const layout::Node *a = g.find(c.from))
            style += anchor("exit", route.points.front(), a->rect);
        if (const layout::Node *b = g.find(c.to))
            style += anchor("entry", route.points.back(), b->rect);
        const double at
            = connectionLabel(c).empty() ? 0 : labels.place(route.points, connectionLabel(c));
        // Edges between containers live on the layer so no container clips them.
        out += "        <mxCell id=\"e:" + std::to_string(route.connection) + "\" value=\""
            + attr(html(connectionLabel(c))) + "\" style=\"" + attr(style)
            + "\" edge=\"1\" parent=\"1\" source=\"" + attr(cellId(c.from)) + "\" target=\""
            + attr(cellId(c.to)) + "\">\n";
        out += "          <mxGeometry " + (at != 0 ? "x=\"" + num(at) + "\" " : std::string())
            + "relative=\"1\" as=\"geometry\" />\n";
        out += "        </mxCell>\n";
    }
    out += "      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n";
    return out;
}

} // namespace cw::exporters
