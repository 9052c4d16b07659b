// SPDX-License-Identifier: MIT
#include "scene/picture.h"

#include "scene/painter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <algorithm>
#include <cmath>
#include <set>

namespace cw::scene {
namespace {

constexpr double kMargin = 32;
constexpr double kTitleH = 78;
constexpr double kLegendGap = 24; // between the diagram and the legend
constexpr double kLegendHead = 28;
constexpr double kLegendRow = 26;
constexpr double kLegendCell = 210; // fixed, so the layout does not depend on text metrics

QFont font(double px, bool bold = false)
{
    QFont f(QString::fromLatin1(kFontFamily));
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

/// Plain text, elided to width: model names are never rich text.
void text(QPainter &p, const QRectF &r, const QString &s, const QFont &f, const QColor &c,
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    p.setFont(f);
    p.setPen(c);
    p.drawText(r, int(align) | Qt::TextSingleLine,
        QFontMetricsF(f).elidedText(s, Qt::ElideRight, r.width()));
}

QString providerWord(Provider p, const char *aws, const char *azure)
{
    return QString::fromUtf8(p == Provider::Azure ? azure : aws);
}

} // namespace

std::vector<LegendItem> legendFor(const Scene &scene, bool badges)
{
    using S = LegendItem::Swatch;
    std::set<Provider> accounts, networks;
    bool tiers[3] = {}, zones = false, cards = false, bands = false, externals = false;
    for (const auto &n : scene.nodes) {
        if (n.rect.isEmpty())
            continue;
        switch (n.type) {
        case NodeType::Account:
            accounts.insert(n.provider);
            break;
        case NodeType::Network:
            networks.insert(n.provider);
            break;
        case NodeType::Zone:
            zones = true;
            break;
        case NodeType::Subnet:
            tiers[std::clamp(n.tier, 0, 2)] = true;
            break;
        case NodeType::Service:
            (n.spanning ? bands : cards) = true;
            break;
        case NodeType::External:
            externals = true;
            break;
        }
    }
    std::vector<LegendItem> out;
    for (Provider p : accounts)
        out.push_back({ S::Box, NodeType::Account, -1, p,
            providerWord(p, "AWS account", "Azure subscription") });
    for (Provider p : networks)
        out.push_back(
            { S::Box, NodeType::Network, -1, p, providerWord(p, "VPC", "Virtual network") });
    if (zones)
        out.push_back(
            { S::Box, NodeType::Zone, -1, Provider::Aws, QStringLiteral("Availability zone") });
    const char *tierNames[3] = { "Public subnet", "Private subnet", "Isolated subnet" };
    for (int t = 0; t < 3; ++t)
        if (tiers[t])
            out.push_back(
                { S::Box, NodeType::Subnet, t, Provider::Aws, QString::fromUtf8(tierNames[t]) });
    if (cards)
        out.push_back({ S::Card, NodeType::Service, -1, Provider::Aws, QStringLiteral("Service") });
    if (bands)
        out.push_back({ S::Band, NodeType::Service, -1, Provider::Aws,
            QStringLiteral("Service across subnets") });
    if (externals)
        out.push_back(
            { S::Card, NodeType::External, -1, Provider::Aws, QStringLiteral("External system") });
    if (!scene.routes.empty())
        out.push_back({ S::Connection, NodeType::Service, -1, Provider::Aws,
            QStringLiteral("Connection (protocol and port)") });
    if (badges && !scene.badges.empty())
        out.push_back({ S::Badge, NodeType::Service, -1, Provider::Aws,
            QStringLiteral("Findings (worst severity)") });
    return out;
}

Picture::Picture(const Model &model, const layout::Geometry &geometry, const Badges &badges,
    PictureOptions options)
    : m_scene(buildScene(model, geometry, options.badges ? badges : Badges {}))
    , m_style(SceneStyle::light())
    , m_options(std::move(options))
{
    std::set<std::string> envs;
    for (const auto &a : model.accounts)
        envs.insert(std::string(toString(a.environment)));
    QStringList env;
    for (const auto &e : envs)
        env << QString::fromStdString(e);
    m_title = QString::fromStdString(model.name.empty() ? std::string("Architecture") : model.name);
    // What a reviewer needs to place the picture: which environments and which day. The model
    // has no version or owner of its own; the file format's version means nothing to them.
    m_details
        = (env.size() > 1 ? QStringLiteral("Environments: ") : QStringLiteral("Environment: "))
        + (env.isEmpty() ? QStringLiteral("none") : env.join(QStringLiteral(", ")))
        + (m_options.date.empty()
                ? QString()
                : QStringLiteral("   Date: ") + QString::fromStdString(m_options.date));

    // Badges poke out above and right of their node; the margin holds them.
    const QRectF b = m_scene.bounds.isNull() ? QRectF(0, 0, 1, 1) : m_scene.bounds;
    m_offset = QPointF(kMargin - b.x(), kMargin + kTitleH - b.y());
    const double w = std::ceil(std::max(b.width() + 2 * kMargin, 720.0));
    if (m_options.legend)
        m_legend = legendFor(m_scene, m_options.badges);
    m_legendColumns = std::max(1, int((w - 2 * kMargin) / kLegendCell));
    const int rows = (int(m_legend.size()) + m_legendColumns - 1) / m_legendColumns;
    m_legendY = kMargin + kTitleH + b.height() + kLegendGap;
    const double legendH = m_legend.empty() ? 0 : kLegendHead + rows * kLegendRow;
    m_size = QSizeF(w, std::ceil(m_legendY + legendH + kMargin));
}

QRectF Picture::pictureRect(const QString &id) const
{
    const int i = m_scene.find(id);
    if (i < 0 || m_scene.nodes[std::size_t(i)].rect.isNull())
        return {};
    return m_scene.nodes[std::size_t(i)].rect.translated(m_offset);
}

void Picture::paint(QPainter &p, bool vectorIcons, std::vector<int> *cutNames) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    // Pictures sit on white (documents, slides); the boxes keep the canvas's colours.
    p.fillRect(QRectF(QPointF(0, 0), m_size), m_style.card);
    paintTitle(p);
    p.save();
    p.translate(m_offset);
    PaintOptions o;
    o.grid = false;
    o.vectorIcons = vectorIcons;
    o.cosmeticPens = false;
    o.cutNames = cutNames;
    const QRectF area(-m_offset, m_size);
    paintScene(p, DescriptionSource(m_scene), area, 1.0, m_style, o);
    p.restore();
    paintLegend(p);
    p.restore();
}

void Picture::paintTitle(QPainter &p) const
{
    const double w = m_size.width() - 2 * kMargin;
    p.setPen(QPen(m_style.cardBorder, 1));
    p.setBrush(m_style.networkFill);
    p.drawRoundedRect(QRectF(kMargin, kMargin / 2, w, kTitleH - 16), 4, 4);
    if (QSvgRenderer *r = iconRenderer(QStringLiteral(":/icons/cloudwright.svg")))
        r->render(&p, QRectF(kMargin + 10, kMargin / 2 + 11, 40, 40));
    text(p, { kMargin + 60, kMargin / 2 + 6, w - 70, 28 }, m_title, font(20, true), m_style.text);
    text(p, { kMargin + 60, kMargin / 2 + 34, w - 70, 20 }, m_details, font(12), m_style.textDim);
}

void Picture::paintLegend(QPainter &p) const
{
    if (m_legend.empty())
        return;
    using S = LegendItem::Swatch;
    const SceneStyle &s = m_style;
    text(p, { kMargin, m_legendY, 200, 18 }, QStringLiteral("Legend"), font(12, true), s.text);
    for (std::size_t k = 0; k < m_legend.size(); ++k) {
        const LegendItem &it = m_legend[k];
        const double x = kMargin + double(int(k) % m_legendColumns) * kLegendCell;
        const double y = m_legendY + kLegendHead + double(int(k) / m_legendColumns) * kLegendRow;
        const QRectF sw(x, y, 26, 18);
        const NodeLook look = lookOf(s, it.type, it.tier, it.provider);
        QPen pen(look.edge, 1.3);
        if (look.dashed)
            pen.setStyle(Qt::DashLine);
        switch (it.swatch) {
        case S::Box:
            p.setPen(pen);
            p.setBrush(look.fill);
            p.drawRoundedRect(
                sw, it.type == NodeType::Subnet ? 4 : 1, it.type == NodeType::Subnet ? 4 : 1);
            if (it.type != NodeType::Zone) { // the title tab of containers
                p.setPen(Qt::NoPen);
                p.setBrush(look.edge);
                p.drawRect(QRectF(x, y, 8, 8));
            }
            break;
        case S::Card:
            p.setPen(pen);
            p.setBrush(look.fill);
            p.drawRoundedRect(
                sw, it.type == NodeType::External ? 4 : 3, it.type == NodeType::External ? 4 : 3);
            break;
        case S::Band:
            p.setPen(pen);
            p.setBrush(look.fill);
            p.drawRoundedRect(sw.adjusted(0, 3, 0, -3), 6, 6);
            break;
        case S::Connection: {
            p.setPen(QPen(s.line, 1.5));
            p.drawLine(QPointF(x, y + 9), QPointF(x + 20, y + 9));
            p.setPen(Qt::NoPen);
            p.setBrush(s.line);
            const QPointF tri[3] = { { x + 26, y + 9 }, { x + 19, y + 5 }, { x + 19, y + 13 } };
            p.drawPolygon(tri, 3);
            break;
        }
        case S::Badge:
            p.setPen(QPen(s.card, 1.5));
            p.setBrush(s.severity[3]);
            p.drawEllipse(QRectF(x + 4, y, 18, 18));
            text(p, QRectF(x + 4, y, 18, 18), QStringLiteral("2"), font(10, true), Qt::white,
                Qt::AlignCenter);
            break;
        }
        text(p, { x + 34, y - 1, kLegendCell - 40, 20 }, it.label, font(11), s.text);
    }
}

} // namespace cw::scene
