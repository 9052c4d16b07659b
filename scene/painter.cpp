// SPDX-License-Identifier: MIT
#include "scene/painter.h"

#include "layout/metrics.h"
#include "scene/textfit.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSvgRenderer>
#include <algorithm>
#include <cmath>

namespace cw::scene {
namespace {

namespace lk = cw::layout; // the layout's sizes: title bands

constexpr double kMinTextPx = 5; // text smaller than this on screen is not drawn
constexpr double kReadablePx = 10.5; // names are lifted towards this size on screen...
constexpr double kLine = 1.2; // ...as far as their room allows (line height / font size)
constexpr double kTinyPx = 6; // boxes narrower than this on screen are drawn as plain rects

QFont font(double px, bool bold)
{
    QFont f(QString::fromLatin1(kFontFamily));
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

/// What one painting pass shares.
struct Ctx
{
    QPainter &p;
    double zoom;
    const SceneStyle &s;
    bool vectorIcons;
    bool cosmetic;
    bool *nameCut = nullptr; ///< set when the node being drawn had its name cut
};

/// A line px wide on screen at every zoom; px scene units when not cosmetic (pictures, which
/// scale as a whole).
QPen hairline(const Ctx &c, const QColor &colour, double px = 1.2)
{
    QPen pen(colour, c.cosmetic ? px : px / c.zoom);
    pen.setCosmetic(c.cosmetic);
    return pen;
}

/// Draws one line of text elided to r's width, vertically centred; false when nothing legible
/// fits (text under kMinTextPx on screen, or not even two characters wide).
bool text(const Ctx &c, const QRectF &r, const QString &s, double px, bool bold,
    const QColor &colour, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter, bool name = false)
{
    if (s.isEmpty() || px * c.zoom < kMinTextPx || r.width() <= 0)
        return false;
    const QFont f = font(px, bold);
    const QString shown = QFontMetricsF(f).elidedText(s, Qt::ElideRight, r.width());
    if (name && shown != s && c.nameCut)
        *c.nameCut = true;
    if (shown.size() < std::min<qsizetype>(3, s.size()))
        return false;
    c.p.setFont(f);
    c.p.setPen(colour);
    c.p.drawText(r, int(align) | Qt::TextSingleLine, shown);
    return true;
}

/// A bold name and, after it on the same line, its dim sub-label while there is room.
void nameLine(const Ctx &c, const QRectF &r, const QString &name, const QString &sub, double px,
    Qt::Alignment align = Qt::AlignLeft)
{
    if (!text(c, r, name, px, true, c.s.text, align | Qt::AlignVCenter, true) || sub.isEmpty()
        || align != Qt::AlignLeft)
        return;
    const double used = QFontMetricsF(font(px, true)).horizontalAdvance(name) + px * 0.8;
    text(c, r.adjusted(used, 0, 0, 0), sub, px * 0.9, false, c.s.textDim);
}

/// A rounded box; square corners where the rounding would be under a pixel (much cheaper to
/// stroke and fill for far-out views).
void box(const Ctx &c, const QRectF &r, double radius)
{
    if (radius * c.zoom < 1)
        c.p.drawRect(r);
    else
        c.p.drawRoundedRect(r, radius, radius);
}

void icon(const Ctx &c, const SceneNode &n, const QRectF &r)
{
    const int px = int(std::round(r.width() * c.zoom));
    if (px < 5)
        return;
    if (!n.icon.isEmpty() && c.vectorIcons) {
        if (QSvgRenderer *svg = iconRenderer(n.icon)) {
            svg->render(&c.p, r);
            return;
        }
    } else if (!n.icon.isEmpty()) {
        const QImage img = iconImage(n.icon, px);
        if (!img.isNull()) {
            c.p.drawImage(r, img);
            return;
        }
    }
    // No icon in the set: a neutral rounded box with the kind's initials.
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(c.s.textDim);
    c.p.drawRoundedRect(r, r.width() * 0.18, r.width() * 0.18);
    text(c, r, n.initials, r.height() * 0.38, true, Qt::white, Qt::AlignCenter);
}

void badge(const Ctx &c, const QRectF &r, int count, int severity)
{
    const double d = 20 / std::max(c.zoom, 0.6);
    const QRectF b(r.right() - d * 0.6, r.top() - d * 0.4, d, d);
    if (d * c.zoom < kTinyPx) {
        // Far out: a dot in the severity's colour still says where the findings are.
        c.p.fillRect(b, c.s.severity[std::clamp(severity, 0, 4)]);
        return;
    }
    c.p.setPen(hairline(c, c.s.background, 1.5));
    c.p.setBrush(c.s.severity[std::clamp(severity, 0, 4)]);
    c.p.drawEllipse(b);
    text(c, b, count > 99 ? QStringLiteral("99+") : QString::number(count), d * 0.52, true,
        Qt::white, Qt::AlignCenter);
}

/// A selection (or highlight) frame; with handles, those Editor::hitTest resizes by: a
/// service's right middle is its connection dot instead, and a container's top middle is left
/// free to drag it by its title.
void selection(const Ctx &c, const QRectF &r, bool handles, bool service, const QColor &colour)
{
    const double m = 3 / c.zoom;
    c.p.setPen(hairline(c, colour, 2));
    c.p.setBrush(Qt::NoBrush);
    c.p.drawRoundedRect(r.adjusted(-m, -m, m, m), 4 / c.zoom, 4 / c.zoom);
    if (!handles)
        return;
    const double h = 8 / c.zoom;
    c.p.setPen(hairline(c, colour, 1.5));
    c.p.setBrush(Qt::white);
    for (const QPointF &f : { QPointF(0, 0), QPointF(0.5, 0), QPointF(1, 0), QPointF(0, 0.5),
             QPointF(1, 0.5), QPointF(0, 1), QPointF(0.5, 1), QPointF(1, 1) }) {
        if ((service && f == QPointF(1, 0.5)) || (!service && f == QPointF(0.5, 0)))
            continue;
        c.p.drawRect(QRectF(
            r.left() + f.x() * r.width() - h / 2, r.top() + f.y() * r.height() - h / 2, h, h));
    }
}

/// Font size (scene px) for a name of design size px with room (scene units of height): the
/// design size where it reads on screen; otherwise lifted towards kReadablePx on screen as far
/// as the room allows, so names stay readable wherever their box is big enough.
double liftedPx(double px, double room, double zoom)
{
    return std::max(px, std::min(kReadablePx / zoom, room / kLine));
}

void group(const Ctx &c, const SceneNode &n, const QRectF &r, bool drop)
{
    const SceneStyle &s = c.s;
    const bool subnet = n.type == NodeType::Subnet;
    const NodeLook look = lookOf(s, n.type, n.tier, n.provider);
    const QColor edge = look.edge;
    const QColor fill = drop ? s.dropFill : look.fill;
    const double radius = subnet ? 6 : 2;
    c.p.setPen(hairline(c, edge, n.type == NodeType::Account ? 1.6 : 1.3));
    c.p.setBrush(fill);
    box(c, r, radius);
    const double tab = subnet ? 26 : 34;
    const QRectF t(r.left(), r.top(), tab, tab);
    c.p.setPen(Qt::NoPen);
    c.p.setBrush(edge);
    box(c, t, radius);
    icon(c, n, t.adjusted(1, 1, -1, -1));
    const double x = r.left() + tab + 8, w = r.right() - x - 30;
    const double px = subnet ? 12 : 14;
    // The title band the layout keeps free above the children.
    const double band = subnet        ? lk::kSubnetTitle
        : n.type == NodeType::Network ? lk::kNetworkTitle
                                      : lk::kAccountTitle;
    const double lifted = liftedPx(px, std::min(band, r.height()) - 2, c.zoom);
    if (lifted > px) {
        // Zoomed out: one line, as large as the band allows.
        nameLine(c, QRectF(x, r.top() + 1, w, std::min(lifted * kLine, band - 2)), n.label,
            n.subLabel, lifted);
        return;
    }
    // A long title steps down to 9 px before it is cut.
    double fit = px;
    while (fit > 9 && QFontMetricsF(font(fit, true)).horizontalAdvance(n.label) > w)
        fit -= 1;
    text(c, QRectF(x, r.top() + (subnet ? 2 : 4), w, subnet ? 15 : 18), n.label, fit, true, s.text,
        Qt::AlignLeft | Qt::AlignVCenter, true);
    text(c, QRectF(x, r.top() + (subnet ? 16 : 21), w, 14), n.subLabel, subnet ? 10.5 : 11.5, false,
        s.textDim);
}

/// A box too small on screen for its shape: a plain rect in its edge colour (cheap to fill for
/// thousands of far-out elements; its title, icon and corners would not show anyway).
void tiny(const Ctx &c, const SceneNode &n, const QRectF &r, bool drop)
{
    if (n.type == NodeType::Zone)
        return;
    c.p.fillRect(r, drop ? c.s.dropFill : lookOf(c.s, n.type, n.tier, n.provider).edge);
}

void zone(const Ctx &c, const SceneNode &n, const QRectF &r)
{
    QPen pen = hairline(c, lookOf(c.s, NodeType::Zone, -1, n.provider).edge);
    pen.setStyle(Qt::DashLine);
    c.p.setPen(pen);
    c.p.setBrush(Qt::NoBrush);
    c.p.drawRect(r);
    const double px = liftedPx(12, lk::kColumnTitle - 4, c.zoom);
    text(c, QRectF(r.left(), r.top() + 2, r.width(), std::max(24.0, px * kLine)), n.label, px, true,
        c.s.zone, Qt::AlignHCenter | Qt::AlignVCenter, true);
}

void card(const Ctx &c, const SceneNode &n, const QRectF &r, bool drop)
{
    const SceneStyle &s = c.s;
    const bool external = n.type == NodeType::External;
    c.p.setPen(hairline(c, lookOf(s, n.type, -1, n.provider).edge));
    c.p.setBrush(drop ? s.dropFill : s.card);
    box(c, r, external ? r.height() / 5 : 6);
    const double top = r.top() + std::max(4.0, r.height() * 0.08);
    const double full = std::min(44.0, r.height() * 0.5);
    const double lifted = liftedPx(12, r.bottom() - top - full - 5, c.zoom);
    if (lifted > 12) {
        // Zoomed out: one line, as large as the room under the icon allows.
        const QRectF i(r.center().x() - full / 2, top, full, full);
        icon(c, n, i);
        text(c, QRectF(r.left() + 4, i.bottom() + 3, r.width() - 8, lifted * kLine), n.label,
            lifted, true, s.text, Qt::AlignHCenter | Qt::AlignVCenter, true);
        return;
    }
    const CardText t = fitCardName(n.label, r);
    if (t.cut && c.nameCut)
        *c.nameCut = true;
    const QRectF i(r.center().x() - t.icon / 2, top, t.icon, t.icon);
    icon(c, n, i);
    if (t.px * c.zoom < kMinTextPx || t.lines.isEmpty())
        return;
    const double line = t.px * 1.15;
    double y = i.bottom() + 3;
    c.p.setFont(font(t.px, true));
    c.p.setPen(s.text);
    for (const QString &l : t.lines) {
        c.p.drawText(QRectF(r.left() + 3, y, r.width() - 6, line),
            Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine, l);
        y += line;
    }
    if (t.sub)
        text(c, QRectF(r.left() + 4, y, r.width() - 8, 13), n.subLabel, 10, false, s.textDim,
            Qt::AlignHCenter | Qt::AlignVCenter);
}

void spanBand(const Ctx &c, const SceneNode &n, const QRectF &r, bool drop)
{
    const SceneStyle &s = c.s;
    c.p.setPen(hairline(c, s.cardBorder));
    c.p.setBrush(drop ? s.dropFill : s.card);
    box(c, r, r.height() / 2);
    const double size = r.height() - 12;
    const QRectF i(r.left() + r.height() * 0.22, r.center().y() - size / 2, size, size);
    icon(c, n, i);
    const double x = i.right() + 8, w = r.right() - 16 - x;
    const double lifted = liftedPx(12, r.height() - 4, c.zoom);
    if (lifted > 12) {
        nameLine(c, QRectF(x, r.center().y() - lifted * kLine / 2, w, lifted * kLine), n.label,
            n.subLabel, lifted);
        return;
    }
    text(c, QRectF(x, r.center().y() - 15, w, 16), n.label, 12, true, s.text,
        Qt::AlignLeft | Qt::AlignVCenter, true);
    text(c, QRectF(x, r.center().y() + 1, w, 14), n.subLabel, 10, false, s.textDim);
}

void connection(const Ctx &c, const SceneRoute &route, bool selected)
{
    const QColor colour = selected ? c.s.accent : c.s.line;
    c.p.setPen(hairline(c, colour, selected ? 2.6 : 1.5));
    c.p.setBrush(Qt::NoBrush);
    c.p.drawPolyline(route.points.constData(), int(route.points.size()));
    // Arrow head into the target.
    const QPointF end = route.points.back(), prev = route.points[route.points.size() - 2];
    QPointF d = end - prev;
    const double len = std::hypot(d.x(), d.y());
    if (len > 0) {
        d /= len;
        // 10 px on screen, smaller far out where the boxes are small too.
        const double a = std::clamp(20 * c.zoom, 4.0, 10.0) / c.zoom;
        const QPointF n(-d.y(), d.x());
        const QPointF tri[3] = { end, end - d * a + n * a * 0.45, end - d * a - n * a * 0.45 };
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(colour);
        c.p.drawPolygon(tri, 3);
    }
}

/// A connection's protocol label, over the services (a route may pass under one), from the
/// zoom where labels read without crowding the lines, at least 7 px on screen.
void protocolLabel(const Ctx &c, const SceneRoute &route, bool selected)
{
    const QString &label = route.label;
    if (label.isEmpty() || c.zoom < 0.4)
        return;
    const double px = std::max(10.5, 7 / c.zoom);
    const QFont f = font(px, true);
    const double w = QFontMetricsF(f).horizontalAdvance(label) + px * 1.1, h = px * 1.5;
    const QRectF box(route.labelPos.x() - w / 2, route.labelPos.y() - h / 2, w, h);
    c.p.setPen(hairline(c, selected ? c.s.accent : c.s.cardBorder));
    c.p.setBrush(c.s.labelFill);
    c.p.drawRoundedRect(box, 4, 4);
    text(c, box, label, px, true, selected ? c.s.accent : c.s.textDim, Qt::AlignCenter);
}

} // namespace

NodeLook lookOf(const SceneStyle &s, NodeType type, int tier, Provider provider)
{
    const bool azure = provider == Provider::Azure;
    switch (type) {
    case NodeType::Account:
        return { azure ? s.azureAccount : s.account, s.accountFill };
    case NodeType::Network:
        return { azure ? s.azureNetwork : s.network, s.networkFill };
    case NodeType::Zone:
        return { s.zone, Qt::transparent, true };
    case NodeType::Subnet:
        return { s.tierBorder[std::clamp(tier, 0, 2)], s.tierFill[std::clamp(tier, 0, 2)] };
    case NodeType::Service:
        return { s.cardBorder, s.card };
    case NodeType::External:
        return { s.textDim, s.card };
    }
    return {};
}

double connectionReach(double zoom)
{
    // Half the widest protocol label where labels are drawn; further out an arrow head's width.
    return zoom >= 0.4 ? 80.0 : 6 / std::max(zoom, 0.01);
}

void paintScene(QPainter &p, const SceneSource &source, const QRectF &area, double zoom,
    const SceneStyle &s, const PaintOptions &options)
{
    Ctx c { p, zoom, s, options.vectorIcons, options.cosmeticPens };
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    if (options.grid && zoom >= 0.5) {
        p.setPen(Qt::NoPen);
        p.setBrush(s.gridDot);
        const double g = 16, dot = 1.1 / zoom;
        for (double x = std::floor(area.left() / g) * g; x <= area.right(); x += g)
            for (double y = std::floor(area.top() / g) * g; y <= area.bottom(); y += g)
                p.drawRect(QRectF(x - dot / 2, y - dot / 2, dot, dot));
    }
    // Nodes whose decorations (badge, frame) may reach into the area.
    const double reach = 14 / std::max(zoom, 0.3);
    std::vector<int> nodes = source.nodesIn(area.adjusted(-reach, -reach, reach, reach));
    std::sort(nodes.begin(), nodes.end());
    std::stable_sort(nodes.begin(), nodes.end(),
        [&](int a, int b) { return source.node(a).depth < source.node(b).depth; });
    std::vector<NodeState> states(nodes.size());
    for (std::size_t k = 0; k < nodes.size(); ++k)
        states[k] = source.stateOf(nodes[k]);
    auto drawNode = [&](std::size_t k) {
        const int i = nodes[k];
        if (options.hidden.contains(i))
            return;
        const SceneNode &n = source.node(i);
        const QRectF r = source.rectOf(i);
        const bool drop = states[k].dropTarget;
        if (std::min(r.width(), r.height()) * zoom < kTinyPx) {
            tiny(c, n, r, drop);
            return;
        }
        bool cut = false;
        c.nameCut = &cut;
        switch (n.type) {
        case NodeType::Account:
        case NodeType::Network:
        case NodeType::Subnet:
            group(c, n, r, drop);
            break;
        case NodeType::Zone:
            zone(c, n, r);
            break;
        case NodeType::Service:
        case NodeType::External:
            n.spanning ? spanBand(c, n, r, drop) : card(c, n, r, drop);
            break;
        }
        c.nameCut = nullptr;
        if (cut && options.cutNames)
            options.cutNames->push_back(i);
    };
    // Containers, then the connections over them, then the services on top.
    std::size_t k = 0;
    for (; k < nodes.size() && source.node(nodes[k]).depth < 5; ++k)
        drawNode(k);
    std::vector<SceneRoute> routes;
    const double m = connectionReach(zoom);
    bool haveSelected = false;
    for (int row : source.routesIn(area.adjusted(-m, -m, m, m))) {
        SceneRoute route = source.route(row);
        if (route.points.size() < 2)
            continue;
        if (source.isRouteSelected(row)) {
            haveSelected = true;
            routes.insert(routes.begin(), std::move(route)); // moved last below
        } else {
            routes.push_back(std::move(route));
        }
    }
    if (haveSelected)
        std::rotate(routes.begin(), routes.begin() + 1, routes.end()); // on top of the others
    for (std::size_t r = 0; r < routes.size(); ++r)
        connection(c, routes[r], haveSelected && r + 1 == routes.size());
    for (; k < nodes.size(); ++k)
        drawNode(k);
    for (std::size_t r = 0; r < routes.size(); ++r)
        protocolLabel(c, routes[r], haveSelected && r + 1 == routes.size());
    // Decorations on top: badges, highlighted connection ends, selection with handles.
    for (std::size_t j = 0; j < nodes.size(); ++j) {
        const int i = nodes[j];
        if (options.hidden.contains(i))
            continue;
        const SceneNode &n = source.node(i);
        const QRectF r = source.rectOf(i);
        const NodeState &st = states[j];
        if (st.badgeCount > 0 && n.type != NodeType::Zone)
            badge(c, r, st.badgeCount, st.badgeSeverity);
        if (st.highlighted)
            selection(c, r, false, false, s.highlight);
        if (st.selected)
            selection(c, r, n.type != NodeType::External, n.type == NodeType::Service, s.accent);
    }
}

} // namespace cw::scene
