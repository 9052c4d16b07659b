// SPDX-License-Identifier: MIT
#include "scenepainter.h"

#include "connectionsmodel.h"
#include "scenemodel.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <algorithm>
#include <mutex>

namespace cw::gui {
namespace {

constexpr double kMinTextPx = 5;  // below this on screen, text is not drawn

QFont font(double px, bool bold)
{
    QFont f;
    f.setPixelSize(std::max(1, int(px)));
    f.setBold(bold);
    return f;
}

QPen hairline(const QColor &c, double px = 1.2)
{
    QPen pen(c, px);
    pen.setCosmetic(true);  // constant width on screen at every zoom
    return pen;
}

/// Draws text elided to width, if it would be readable.
void text(QPainter &p, const QRectF &r, const QString &s, double px, bool bold, const QColor &c, double zoom,
          Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    if (s.isEmpty() || px * zoom < kMinTextPx || r.width() <= 0)
        return;
    const QFont f = font(px, bold);
    p.setFont(f);
    p.setPen(c);
    p.drawText(r, int(align) | Qt::TextSingleLine, QFontMetricsF(f).elidedText(s, Qt::ElideRight, r.width()));
}

void icon(QPainter &p, const SceneNode &n, const QRectF &r, double zoom, const SceneStyle &s)
{
    const int px = int(std::round(r.width() * zoom));
    if (px < 5)
        return;
    if (!n.icon.isEmpty()) {
        const QImage img = iconImage(n.icon, px);
        if (!img.isNull()) {
            p.drawImage(r, img);
            return;
        }
    }
    // No icon in the set: a neutral rounded box with the kind's initials.
    p.setPen(Qt::NoPen);
    p.setBrush(s.textDim);
    p.drawRoundedRect(r, r.width() * 0.18, r.width() * 0.18);
    text(p, r, n.initials, r.height() * 0.38, true, Qt::white, zoom, Qt::AlignCenter);
}

void badge(QPainter &p, const QRectF &r, int count, int severity, double zoom, const SceneStyle &s)
{
    const double d = 20 / std::max(zoom, 0.6);
    const QRectF b(r.right() - d * 0.6, r.top() - d * 0.4, d, d);
    p.setPen(hairline(s.background, 1.5));
    p.setBrush(s.severity[std::clamp(severity, 0, 4)]);
    p.drawEllipse(b);
    text(p, b, count > 99 ? QStringLiteral("99+") : QString::number(count), d * 0.52, true, Qt::white, zoom,
         Qt::AlignCenter);
}

void selection(QPainter &p, const QRectF &r, bool handles, bool connectable, const QColor &c, double zoom)
{
    const double m = 3 / zoom;
    p.setPen(hairline(c, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(r.adjusted(-m, -m, m, m), 4 / zoom, 4 / zoom);
    if (!handles)
        return;
    const double h = 8 / zoom;
    p.setPen(hairline(c, 1.5));
    p.setBrush(Qt::white);
    for (const QPointF &f : {QPointF(0, 0), QPointF(0.5, 0), QPointF(1, 0), QPointF(0, 0.5), QPointF(1, 0.5),
                             QPointF(0, 1), QPointF(0.5, 1), QPointF(1, 1)}) {
        if (connectable && f == QPointF(1, 0.5))
            continue;  // the connection dot's place
        p.drawRect(QRectF(r.left() + f.x() * r.width() - h / 2, r.top() + f.y() * r.height() - h / 2, h, h));
    }
}

void group(QPainter &p, const SceneNode &n, const QRectF &r, bool drop, double zoom, const SceneStyle &s)
{
    const bool subnet = n.type == NodeType::Subnet;
    const int tier = std::clamp(n.tier, 0, 2);
    const QColor edge = subnet ? s.tierBorder[tier]
                        : n.type == NodeType::Network ? s.network
                        : n.azure ? s.azureAccount : s.account;
    const QColor fill = drop ? s.dropFill
                        : subnet ? s.tierFill[tier]
                        : n.type == NodeType::Network ? s.networkFill : s.accountFill;
    const double radius = subnet ? 6 : 2;
    p.setPen(hairline(edge, n.type == NodeType::Account ? 1.6 : 1.3));
    p.setBrush(fill);
    p.drawRoundedRect(r, radius, radius);
    const double tab = subnet ? 26 : 34;
    const QRectF t(r.left(), r.top(), tab, tab);
    p.setPen(Qt::NoPen);
    p.setBrush(edge);
    p.drawRoundedRect(t, radius, radius);
    icon(p, n, t.adjusted(1, 1, -1, -1), zoom, s);
    const double x = r.left() + tab + 8, w = r.right() - x - 30;
    text(p, QRectF(x, r.top() + (subnet ? 2 : 4), w, subnet ? 15 : 18), n.label, subnet ? 12 : 14, true, s.text, zoom);
    text(p, QRectF(x, r.top() + (subnet ? 16 : 21), w, 14), n.subLabel, subnet ? 10.5 : 11.5, false, s.textDim, zoom);
}

void zone(QPainter &p, const SceneNode &n, const QRectF &r, double zoom, const SceneStyle &s)
{
    QPen pen = hairline(s.zone);
    pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
    text(p, QRectF(r.left(), r.top() + 6, r.width(), 16), n.label, 12, true, s.zone, zoom, Qt::AlignHCenter | Qt::AlignVCenter);
}

void card(QPainter &p, const SceneNode &n, const QRectF &r, bool drop, double zoom, const SceneStyle &s)
{
    const bool external = n.type == NodeType::External;
    p.setPen(hairline(external ? s.textDim : s.cardBorder));
    p.setBrush(drop ? s.dropFill : s.card);
    const double radius = external ? r.height() / 5 : 6;
    p.drawRoundedRect(r, radius, radius);
    const double size = std::min(44.0, r.height() * 0.5);
    const QRectF i(r.center().x() - size / 2, r.top() + std::max(4.0, r.height() * 0.08), size, size);
    icon(p, n, i, zoom, s);
    text(p, QRectF(r.left() + 4, i.bottom() + 3, r.width() - 8, 15), n.label, 12, true, s.text, zoom, Qt::AlignHCenter | Qt::AlignVCenter);
    text(p, QRectF(r.left() + 4, i.bottom() + 18, r.width() - 8, 13), n.subLabel, 10, false, s.textDim, zoom,
         Qt::AlignHCenter | Qt::AlignVCenter);
}

void band(QPainter &p, const SceneNode &n, const QRectF &r, bool drop, double zoom, const SceneStyle &s)
{
    p.setPen(hairline(s.cardBorder));
    p.setBrush(drop ? s.dropFill : s.card);
    p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    const double size = r.height() - 12;
    const QRectF i(r.left() + r.height() * 0.22, r.center().y() - size / 2, size, size);
    icon(p, n, i, zoom, s);
    const double x = i.right() + 8, w = r.right() - 16 - x;
    text(p, QRectF(x, r.center().y() - 15, w, 16), n.label, 12, true, s.text, zoom);
    text(p, QRectF(x, r.center().y() + 1, w, 14), n.subLabel, 10, false, s.textDim, zoom);
}

void connection(QPainter &p, const Route &route, const QString &label, bool selected, double zoom, const SceneStyle &s)
{
    const QColor c = selected ? s.accent : s.line;
    p.setPen(hairline(c, selected ? 2.6 : 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(route.points.constData(), int(route.points.size()));
    // Arrow head into the target.
    const QPointF end = route.points.back(), prev = route.points[route.points.size() - 2];
    QPointF d = end - prev;
    const double len = std::hypot(d.x(), d.y());
    if (len > 0) {
        d /= len;
        const double a = 10 / zoom;
        const QPointF n(-d.y(), d.x());
        const QPointF tri[3] = {end, end - d * a + n * a * 0.45, end - d * a - n * a * 0.45};
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPolygon(tri, 3);
    }
    if (label.isEmpty() || zoom < 0.45)
        return;
    const QFont f = font(10.5, true);
    const double w = QFontMetricsF(f).horizontalAdvance(label) + 12, h = 16;
    const QRectF box(route.labelPos.x() - w / 2, route.labelPos.y() - h / 2, w, h);
    p.setPen(hairline(selected ? s.accent : s.cardBorder));
    p.setBrush(s.labelFill);
    p.drawRoundedRect(box, 4, 4);
    text(p, box, label, 10.5, true, selected ? s.accent : s.textDim, zoom, Qt::AlignCenter);
}

} // namespace

SceneStyle SceneStyle::light()
{
    SceneStyle s;
    s.background = QColor(0xfbfbfc);
    s.gridDot = QColor(0xd5d9df);
    s.text = QColor(0x1f2429);
    s.textDim = QColor(0x5d6672);
    s.card = Qt::white;
    s.cardBorder = QColor(0xc9ced5);
    s.accent = QColor(0x1f6feb);
    s.highlight = QColor(0xf59e0b);
    s.dropFill = QColor(0xdcf5e6);
    s.account = QColor(0x27313d);
    s.azureAccount = QColor(0x0f5ea8);
    s.accountFill = Qt::white;
    s.network = QColor(0x7046cf);
    s.networkFill = QColor(0xfcfbff);
    s.zone = QColor(0x48689e);
    s.line = QColor(0x5b6470);
    s.labelFill = Qt::white;
    const QColor borders[3] = {QColor(0x2e9657), QColor(0x1770a6), QColor(0x687080)};
    const QColor fills[3] = {QColor(0xedf7f1), QColor(0xeaf3fa), QColor(0xf1f2f4)};
    std::copy(std::begin(borders), std::end(borders), s.tierBorder);
    std::copy(std::begin(fills), std::end(fills), s.tierFill);
    const QColor sev[5] = {QColor(0x6b7280), QColor(0x2563eb), QColor(0xd97706), QColor(0xea580c), QColor(0xc81e1e)};
    std::copy(std::begin(sev), std::end(sev), s.severity);
    return s;
}

SceneStyle SceneStyle::dark()
{
    SceneStyle s = light();
    s.background = QColor(0x121417);
    s.gridDot = QColor(0x2c323a);
    s.text = QColor(0xe6e9ed);
    s.textDim = QColor(0x9aa4b1);
    s.card = QColor(0x20252c);
    s.cardBorder = QColor(0x3a424d);
    s.accent = QColor(0x4c8dff);
    s.dropFill = QColor(0x1f4d33);
    s.account = QColor(0x8b96a3);
    s.azureAccount = QColor(0x5aa2e0);
    s.accountFill = QColor(0x181b20);
    s.network = QColor(0x9a7ae8);
    s.networkFill = QColor(0x1b1a24);
    s.zone = QColor(0x6f8cc0);
    s.line = QColor(0x8b96a3);
    s.labelFill = QColor(0x1d2127);
    const QColor borders[3] = {QColor(0x46b574), QColor(0x3d94cf), QColor(0x8c95a3)};
    const QColor fills[3] = {QColor(0x17291f), QColor(0x152533), QColor(0x22262c)};
    std::copy(std::begin(borders), std::end(borders), s.tierBorder);
    std::copy(std::begin(fills), std::end(fills), s.tierFill);
    return s;
}

QImage iconImage(const QString &url, int px)
{
    static std::mutex lock;
    static QHash<QString, QImage> cache;
    static QHash<QString, QSvgRenderer *> renderers;
    px = std::clamp(px, 4, 512);
    const QString key = url + QLatin1Char('@') + QString::number(px);
    std::lock_guard guard(lock);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QSvgRenderer *&r = renderers[url];
    if (!r)
        r = new QSvgRenderer(url.startsWith(QLatin1String("qrc:")) ? url.mid(3) : url);
    QImage img;
    if (r->isValid()) {
        img = QImage(px, px, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        r->render(&p, QRectF(0, 0, px, px));
    }
    if (cache.size() > 4000)
        cache.clear();
    cache.insert(key, img);
    return img;
}

void paintScene(QPainter &p, const SceneModel &scene, const ConnectionsModel *connections, const QRectF &area,
                double zoom, const SceneStyle &s, const PaintOptions &options)
{
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
    std::vector<int> nodes = scene.nodesIn(area.adjusted(-reach, -reach, reach, reach));
    std::stable_sort(nodes.begin(), nodes.end(), [&](int a, int b) { return scene.node(a).depth < scene.node(b).depth; });
    auto drawNode = [&](int i) {
        if (options.hidden.contains(i))
            return;
        const SceneNode &n = scene.node(i);
        const QRectF r = scene.rectOf(i);
        const bool drop = scene.nodeData(i, SceneModel::DropTargetRole).toBool();
        switch (n.type) {
        case NodeType::Account:
        case NodeType::Network:
        case NodeType::Subnet: group(p, n, r, drop, zoom, s); break;
        case NodeType::Zone: zone(p, n, r, zoom, s); break;
        case NodeType::Service:
        case NodeType::External: n.spanning ? band(p, n, r, drop, zoom, s) : card(p, n, r, drop, zoom, s); break;
        }
    };
    std::size_t k = 0;
    for (; k < nodes.size() && scene.node(nodes[k]).depth < 5; ++k)
        drawNode(nodes[k]);
    if (connections) {
        int selected = -1;
        for (int row : connections->rowsIn(area)) {
            const Route &route = connections->route(row);
            if (route.points.size() < 2)
                continue;
            if (connections->isSelected(row))
                selected = row;
            else
                connection(p, route, connections->labelOf(row), false, zoom, s);
        }
        if (selected >= 0)
            connection(p, connections->route(selected), connections->labelOf(selected), true, zoom, s);
    }
    for (; k < nodes.size(); ++k)
        drawNode(nodes[k]);
    // Decorations on top: badges, highlighted connection ends, selection with handles.
    for (int i : nodes) {
        if (options.hidden.contains(i))
            continue;
        const SceneNode &n = scene.node(i);
        const QRectF r = scene.rectOf(i);
        const int count = scene.nodeData(i, SceneModel::BadgeCountRole).toInt();
        if (count > 0 && n.type != NodeType::Zone)
            badge(p, r, count, scene.nodeData(i, SceneModel::BadgeSeverityRole).toInt(), zoom, s);
        if (scene.nodeData(i, SceneModel::HighlightedRole).toBool())
            selection(p, r, false, false, s.highlight, zoom);
        if (scene.nodeData(i, SceneModel::SelectedRole).toBool())
            selection(p, r, n.type != NodeType::External, n.type == NodeType::Service || n.type == NodeType::External,
                      s.accent, zoom);
    }
}

} // namespace cw::gui
