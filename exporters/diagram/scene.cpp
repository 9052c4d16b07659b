// SPDX-License-Identifier: MIT
#include "diagram/scene.h"

#include "drawio/diagramtext.h"
#include "iconset.h"
#include "rules/engine.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <algorithm>
#include <memory>
#include <set>

namespace cw::exporters::diagram {
namespace {

constexpr double kMargin = 32;
constexpr double kTitleH = 78;
constexpr double kLegendH = 92;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QFont font(double px, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(px)));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

/// Renderers per icon stem, built on first use.
QSvgRenderer *icon(const std::string &stem)
{
    static QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
    const QString s = q(stem);
    if (s.isEmpty() || !icons::contains(s))
        return nullptr;
    auto &slot = cache[s];
    if (!slot)
        slot = std::make_shared<QSvgRenderer>(icons::resourcePath(s));
    return slot->isValid() ? slot.get() : nullptr;
}

/// Plain text, elided to width: model names are never rich text.
void text(QPainter &p, const QRectF &r, const std::string &s, const QFont &f, QColor c,
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    p.setFont(f);
    p.setPen(c);
    const QString e = QFontMetricsF(f).elidedText(q(s), Qt::ElideRight, r.width());
    p.drawText(r, int(align | Qt::TextSingleLine), e);
}

struct Look
{
    QColor stroke;
    QColor fill;
    QColor textColor;
    bool dashed = false;
};

Look lookOf(const layout::Node &n, const NodeText &t)
{
    const bool azure = t.provider == Provider::Azure;
    switch (n.kind) {
    case layout::NodeKind::Account:
        return { azure ? QColor(0x0078D4) : QColor(0xCD2264), Qt::white,
            azure ? QColor(0x0078D4) : QColor(0xCD2264) };
    case layout::NodeKind::Network:
        return { azure ? QColor(0x0078D4) : QColor(0x8C4FFF), Qt::white, QColor(0x232F3E) };
    case layout::NodeKind::Zone:
        return { QColor(0x147EBA), Qt::transparent, QColor(0x147EBA), true };
    case layout::NodeKind::Subnet:
        if (t.tier == Tier::Public)
            return { QColor(0x7AA116), QColor(0xF2F6E8), QColor(0x248814) };
        if (t.tier == Tier::Isolated)
            return { QColor(0x7D8998), QColor(0xF4F5F6), QColor(0x5A6B86) };
        return { QColor(0x00A4A6), QColor(0xE6F6F7), QColor(0x147EBA) };
    case layout::NodeKind::Service:
        return { QColor(0xAAB7B8), Qt::white, QColor(0x232F3E) };
    case layout::NodeKind::External:
        return { QColor(0x5A6B86), Qt::white, QColor(0x232F3E), true };
    }
    return {};
}

QColor severityColor(int severity)
{
    static const QColor colors[] = { QColor(0x5A6B86), QColor(0x1F77B4), QColor(0xE8A317),
        QColor(0xD45500), QColor(0xB00020) };
    return colors[std::clamp(severity, 0, 4)];
}

} // namespace

std::map<std::string, std::pair<int, int>> findingCounts(const rules::Report &report)
{
    std::map<std::string, std::pair<int, int>> out;
    for (const auto &f : report.findings) {
        if (f.suppressed)
            continue;
        auto &e = out[f.target];
        e.first += 1;
        e.second = std::max(e.second, int(f.severity));
    }
    return out;
}

Scene::Scene(const Model &model, const layout::Geometry &geometry, SceneOptions options)
    : m_model(model)
    , m_options(std::move(options))
    , m_geometry(geometry)
{
    const Rect &b = m_geometry.bounds;
    m_dx = kMargin - b.x;
    m_dy = kMargin + kTitleH - b.y;
    const double w = std::max(b.w + 2 * kMargin, 720.0);
    m_legendY = kMargin + kTitleH + b.h + 24;
    m_size
        = QSizeF(std::ceil(w), std::ceil(m_legendY + (m_options.legend ? kLegendH : 0) + kMargin));
}

void Scene::paint(QPainter &p) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRectF(QPointF(0, 0), m_size), Qt::white);
    paintTitle(p);
    p.translate(m_dx, m_dy);
    paintNodes(p);
    paintRoutes(p);
    p.translate(-m_dx, -m_dy);
    if (m_options.legend)
        paintLegend(p);
    p.restore();
}

void Scene::paintTitle(QPainter &p) const
{
    std::set<std::string> envs;
    for (const auto &a : m_model.accounts)
        envs.insert(std::string(toString(a.environment)));
    std::string env;
    for (const auto &e : envs)
        env += (env.empty() ? "" : ", ") + e;
    const double w = m_size.width() - 2 * kMargin;
    p.setPen(QPen(QColor(0x232F3E), 1));
    p.setBrush(QColor(0xF7F9FA));
    p.drawRect(QRectF(kMargin, kMargin / 2, w, kTitleH - 16));
    if (QSvgRenderer *r = icon("cloudwright"))
        r->render(&p, QRectF(kMargin + 10, kMargin / 2 + 11, 40, 40));
    text(p, { kMargin + 60, kMargin / 2 + 6, w - 70, 28 },
        m_model.name.empty() ? "Architecture" : m_model.name, font(20, true), QColor(0x232F3E));
    text(p, { kMargin + 60, kMargin / 2 + 34, w - 70, 20 },
        "Environment: " + (env.empty() ? std::string("none") : env) + "   Date: " + m_options.date
            + "   Format version: " + std::to_string(m_model.formatVersion),
        font(12), QColor(0x5A6B86));
}

void Scene::paintNodes(QPainter &p) const
{
    const ModelIndex index(m_model);
    const Catalog &catalog = Catalog::builtin();
    for (const auto &n : m_geometry.nodes) {
        const NodeText t = nodeText(index, catalog, n);
        const Look look = lookOf(n, t);
        const QRectF r(n.rect.x, n.rect.y, n.rect.w, n.rect.h);
        QPen pen(look.stroke, n.kind == layout::NodeKind::Service ? 1.2 : 1.6);
        if (look.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(look.fill);
        const bool box
            = n.kind == layout::NodeKind::Service || n.kind == layout::NodeKind::External;
        if (box)
            p.drawRoundedRect(r, 6, 6);
        else
            p.drawRect(r);
        if (n.kind == layout::NodeKind::Zone) {
            text(p, { r.x() + 6, r.y() + 4, r.width() - 12, 20 }, t.title, font(12), look.textColor,
                Qt::AlignHCenter | Qt::AlignVCenter);
        } else if (!box) {
            if (QSvgRenderer *ic = icon(t.icon))
                ic->render(&p, QRectF(r.x(), r.y(), 26, 26));
            text(p, { r.x() + 32, r.y() + 2, r.width() - 38, 18 }, t.title, font(12, true),
                look.textColor);
            text(p, { r.x() + 32, r.y() + 18, r.width() - 38, 14 }, t.detail, font(10),
                QColor(0x5A6B86));
        } else if (t.spanning) {
            if (QSvgRenderer *ic = icon(t.icon))
                ic->render(&p, QRectF(r.x() + 8, r.center().y() - 16, 32, 32));
            text(p, { r.x() + 48, r.y() + 6, r.width() - 54, 20 }, t.title, font(12, true),
                look.textColor);
            text(p, { r.x() + 48, r.y() + 26, r.width() - 54, 16 }, t.detail, font(10),
                QColor(0x5A6B86));
        } else {
            if (QSvgRenderer *ic = icon(t.icon))
                ic->render(&p, QRectF(r.center().x() - 20, r.y() + 8, 40, 40));
            text(p, { r.x() + 4, r.y() + 52, r.width() - 8, 18 }, t.title, font(12, true),
                look.textColor, Qt::AlignHCenter | Qt::AlignVCenter);
            text(p, { r.x() + 4, r.y() + 70, r.width() - 8, 16 }, t.detail, font(10),
                QColor(0x5A6B86), Qt::AlignHCenter | Qt::AlignVCenter);
        }
        if (m_options.badges)
            if (auto it = m_options.findings.find(n.id); it != m_options.findings.end()) {
                const QRectF badge(r.right() - 14, r.top() - 8, 22, 22);
                p.setPen(QPen(Qt::white, 1.5));
                p.setBrush(severityColor(it->second.second));
                p.drawEllipse(badge);
                text(p, badge, std::to_string(it->second.first), font(11, true), Qt::white,
                    Qt::AlignCenter);
            }
    }
}

void Scene::paintRoutes(QPainter &p) const
{
    const QColor line(0x545B64);
    for (const auto &route : m_geometry.routes) {
        QPainterPath path(QPointF(route.points[0].x, route.points[0].y));
        for (std::size_t i = 1; i < route.points.size(); ++i)
            path.lineTo(route.points[i].x, route.points[i].y);
        p.setPen(QPen(line, 1.4));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Arrow head along the last segment.
        const auto &a = route.points[route.points.size() - 2];
        const auto &b = route.points.back();
        const double len = std::max(1e-9, std::hypot(b.x - a.x, b.y - a.y));
        const double ux = (b.x - a.x) / len, uy = (b.y - a.y) / len;
        QPolygonF head;
        head << QPointF(b.x, b.y) << QPointF(b.x - 9 * ux - 4.5 * uy, b.y - 9 * uy + 4.5 * ux)
             << QPointF(b.x - 9 * ux + 4.5 * uy, b.y - 9 * uy - 4.5 * ux);
        p.setPen(Qt::NoPen);
        p.setBrush(line);
        p.drawPolygon(head);
        const std::string label = connectionLabel(m_model.connections[route.connection]);
        if (label.empty())
            continue;
        const QFont f = font(10);
        const double w = QFontMetricsF(f).horizontalAdvance(q(label)) + 8;
        const QRectF box(route.labelAt.x - w / 2, route.labelAt.y - 8, w, 16);
        p.setBrush(Qt::white);
        p.drawRect(box);
        text(p, box, label, f, line, Qt::AlignCenter);
    }
}

void Scene::paintLegend(QPainter &p) const
{
    double x = kMargin;
    const double y = m_legendY;
    text(p, { x, y, 200, 18 }, "Legend", font(12, true), QColor(0x232F3E));
    struct Item
    {
        const char *name;
        QColor stroke;
        QColor fill;
        bool dashed;
    };
    const Item items[] = { { "Account", QColor(0xCD2264), Qt::white, false },
        { "Network (VPC/VNet)", QColor(0x8C4FFF), Qt::white, false },
        { "Availability zone", QColor(0x147EBA), Qt::transparent, true },
        { "Public subnet", QColor(0x7AA116), QColor(0xF2F6E8), false },
        { "Private subnet", QColor(0x00A4A6), QColor(0xE6F6F7), false },
        { "Isolated subnet", QColor(0x7D8998), QColor(0xF4F5F6), false },
        { "External", QColor(0x5A6B86), Qt::white, true } };
    double cy = y + 26;
    for (const auto &it : items) {
        if (x + 160 > m_size.width() - kMargin) {
            x = kMargin;
            cy += 26;
        }
        QPen pen(it.stroke, 1.6);
        if (it.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(it.fill);
        p.drawRect(QRectF(x, cy, 22, 16));
        text(p, { x + 28, cy - 1, 130, 18 }, it.name, font(11), QColor(0x232F3E));
        x += 160;
    }
    x = kMargin;
    cy += 28;
    p.setPen(QPen(QColor(0x545B64), 1.4));
    p.drawLine(QPointF(x, cy + 8), QPointF(x + 22, cy + 8));
    text(p, { x + 28, cy - 1, 300, 18 }, "Connection (protocol and port)", font(11),
        QColor(0x232F3E));
    if (m_options.badges) {
        p.setPen(Qt::NoPen);
        p.setBrush(severityColor(3));
        p.drawEllipse(QRectF(x + 320, cy, 16, 16));
        text(p, { x + 342, cy - 1, 320, 18 }, "Findings on the element (colour: worst severity)",
            font(11), QColor(0x232F3E));
    }
}

} // namespace cw::exporters::diagram
