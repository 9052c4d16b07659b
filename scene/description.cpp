// SPDX-License-Identifier: MIT
#include "scene/description.h"

#include "model/modelindex.h"
#include "rules/engine.h"

#include <QFile>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <mutex>

namespace cw::scene {
namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
QString nameOr(const std::string &name, const std::string &id)
{
    return qs(name.empty() ? id : name);
}

const QString kDot = QStringLiteral(" \u00b7 ");

constexpr int kDepth[] = { 1, 2, 3, 4, 6, 6 }; // by NodeType; spanning services get 5

void describeAccount(SceneNode &n, const Account &a)
{
    n.type = NodeType::Account;
    n.provider = a.provider;
    n.kind = qs(toString(a.provider));
    n.label = nameOr(a.name, a.id);
    n.subLabel = (n.azure() ? QStringLiteral("Azure subscription") : QStringLiteral("AWS account"))
        + kDot + qs(toString(a.environment)) + kDot + qs(toString(a.role));
    n.icon = iconUrl(n.azure() ? QStringLiteral("account-azure") : QStringLiteral("account-aws"));
}

void describeNetwork(SceneNode &n, const Network &net, Provider provider)
{
    n.type = NodeType::Network;
    n.provider = provider;
    n.kind = qs(toString(provider));
    n.label = nameOr(net.name, net.id);
    QStringList parts { n.azure() ? QStringLiteral("VNet") : QStringLiteral("VPC") };
    if (!net.region.empty())
        parts << qs(net.region);
    for (const auto &c : net.cidrs)
        parts << qs(c);
    n.subLabel = parts.join(kDot);
    n.icon = iconUrl(n.azure() ? QStringLiteral("network-azure") : QStringLiteral("network-aws"));
}

void describeSubnet(SceneNode &n, const Subnet &s, Provider provider)
{
    n.type = NodeType::Subnet;
    n.provider = provider;
    n.tier = int(s.tier);
    n.kind = qs(toString(s.tier));
    n.label = nameOr(s.name, s.id);
    n.subLabel = qs(s.cidr) + (s.ipv6Cidr.empty() ? QString() : kDot + qs(s.ipv6Cidr));
    n.icon = iconUrl(QStringLiteral("subnet-") + n.kind);
}

void describeService(SceneNode &n, const Service &s, Provider provider, const Catalog &catalog)
{
    n.type = NodeType::Service;
    n.kind = qs(s.kind);
    n.label = nameOr(s.name, s.id);
    const auto *k = catalog.find(s.kind);
    n.subLabel = k ? qs(k->label) : qs(s.kind);
    n.category = k ? qs(k->category) : QString();
    n.provider = k ? k->provider : provider;
    n.icon = k ? iconUrl(qs(k->icon)) : QString();
    n.initials = initialsFor(k ? qs(k->label) : n.label);
}

void describeExternal(SceneNode &n, const External &e)
{
    n.type = NodeType::External;
    n.kind = qs(toString(e.kind));
    n.label = nameOr(e.name, e.id);
    static const QHash<QString, QString> labels { { "internet", "Internet" },
        { "on-premises", "On-premises" }, { "saas", "SaaS" } };
    n.subLabel = labels.value(n.kind, n.kind);
    const bool users = e.kind == ExternalKind::Internet
        && (n.label.contains(QLatin1String("user"), Qt::CaseInsensitive)
            || qs(e.id).contains(QLatin1String("user")));
    n.icon = iconUrl(users ? QStringLiteral("users") : n.kind);
    n.initials = initialsFor(n.subLabel);
}

} // namespace

QString iconUrl(const QString &stem)
{
    // Called from the canvas and from export threads alike.
    static std::mutex lock;
    static QHash<QString, QString> cache;
    std::lock_guard guard(lock);
    auto it = cache.find(stem);
    if (it == cache.end()) {
        const QString path = QStringLiteral(":/icons/") + stem + QStringLiteral(".svg");
        it = cache.insert(stem, QFile::exists(path) ? QStringLiteral("qrc") + path : QString());
    }
    return *it;
}

QString initialsFor(const QString &label)
{
    QString out;
    for (const auto &word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (word[0].isLetterOrNumber() && out.size() < 2)
            out += word[0].toUpper();
    return out.isEmpty() ? QStringLiteral("?") : out;
}

QString connectionLabel(const Connection &c)
{
    QString label = qs(c.protocol).toUpper();
    if (c.port > 0)
        label += (label.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(c.port);
    return label;
}

void describeNode(const Model &model, SceneNode &n, const Catalog &catalog)
{
    const ModelIndex index(model);
    const ElementRef *ref = index.find(n.id.toStdString());
    if (!ref)
        return;
    const Provider provider = ref->account ? ref->account->provider : Provider::Aws;
    switch (ref->type) {
    case ElementType::Account:
        describeAccount(n, *ref->account);
        break;
    case ElementType::Network:
        describeNetwork(n, *ref->network, provider);
        break;
    case ElementType::Subnet:
        describeSubnet(n, *ref->subnet, provider);
        break;
    case ElementType::Service:
        describeService(n, *ref->service, provider, catalog);
        break;
    case ElementType::External:
        describeExternal(n, *ref->external);
        break;
    }
}

QRectF toQRect(const Rect &r)
{
    return { r.x, r.y, r.w, r.h };
}

Rect fromQRect(const QRectF &r)
{
    return { r.x(), r.y(), r.width(), r.height() };
}

SceneRoute makeRoute(QVector<QPointF> points, QPointF labelPos, QString label)
{
    SceneRoute r;
    r.points = std::move(points);
    r.labelPos = labelPos;
    r.label = std::move(label);
    if (r.points.isEmpty())
        return r;
    double x0 = r.points.front().x(), y0 = r.points.front().y(), x1 = x0, y1 = y0;
    for (const QPointF &p : std::as_const(r.points)) {
        x0 = std::min(x0, p.x());
        y0 = std::min(y0, p.y());
        x1 = std::max(x1, p.x());
        y1 = std::max(y1, p.y());
    }
    r.bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1)).adjusted(-6, -6, 6, 6);
    return r;
}

double distanceToRoute(const SceneRoute &route, const QPointF &p)
{
    double best = 1e300;
    for (qsizetype k = 1; k < route.points.size(); ++k) {
        const QPointF a = route.points[k - 1], d = route.points[k] - a;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        const double t = len2 > 0
            ? std::clamp(((p - a).x() * d.x() + (p - a).y() * d.y()) / len2, 0.0, 1.0)
            : 0.0;
        const QPointF q = a + t * d - p;
        best = std::min(best, std::sqrt(q.x() * q.x() + q.y() * q.y()));
    }
    return best;
}

Badges badgesFrom(const rules::Report &report)
{
    Badges out;
    for (const auto &f : report.findings) {
        if (f.suppressed)
            continue;
        Badge &b = out[f.target];
        b.count += 1;
        b.severity = std::max(b.severity, int(f.severity));
    }
    return out;
}

Scene buildScene(const Model &model, const layout::Geometry &geometry, const Badges &badges,
    const Catalog &catalog)
{
    Scene scene;
    scene.badges = badges;
    auto add = [&](SceneNode n, const std::string &id, int parent) {
        n.id = QString::fromStdString(id);
        n.parent = parent;
        n.depth = kDepth[int(n.type)];
        if (const layout::Node *g = geometry.find(id))
            n.rect = toQRect(g->rect);
        scene.index.insert(n.id, int(scene.nodes.size()));
        scene.nodes.push_back(std::move(n));
        return int(scene.nodes.size()) - 1;
    };
    for (const auto &acc : model.accounts) {
        SceneNode an;
        describeAccount(an, acc);
        const int ai = add(an, acc.id, -1);
        for (const auto &net : acc.networks) {
            SceneNode nn;
            describeNetwork(nn, net, acc.provider);
            const int ni = add(nn, net.id, ai);
            // Zone columns are drawn where the geometry places them (not for regional networks).
            for (const auto &zone : layout::columnZones(net)) {
                const std::string zid = layout::zoneNodeId(net, zone);
                if (!geometry.find(zid))
                    continue;
                SceneNode z;
                z.type = NodeType::Zone;
                z.provider = acc.provider;
                z.label = zone.empty() ? QStringLiteral("(no zone)") : QString::fromStdString(zone);
                z.kind = z.label;
                z.fixedGeometry = true;
                z.icon = iconUrl(QStringLiteral("zone"));
                add(z, zid, ni);
            }
            QHash<QString, int> subnetNodes;
            for (const auto &s : net.subnets) {
                SceneNode sn;
                describeSubnet(sn, s, acc.provider);
                subnetNodes.insert(QString::fromStdString(s.id), add(sn, s.id, ni));
            }
            for (const auto &s : net.services) {
                SceneNode sv;
                describeService(sv, s, acc.provider, catalog);
                int known = 0, single = -1;
                for (const auto &r : s.subnets)
                    if (auto it = subnetNodes.find(QString::fromStdString(r));
                        it != subnetNodes.end()) {
                        ++known;
                        single = *it;
                    }
                sv.spanning = known > 1;
                const int i = add(sv, s.id, known == 1 ? single : ni);
                if (sv.spanning)
                    scene.nodes[std::size_t(i)].depth = 5;
            }
        }
        for (const auto &s : acc.services) {
            SceneNode sv;
            describeService(sv, s, acc.provider, catalog);
            add(sv, s.id, ai);
        }
    }
    for (const auto &e : model.externals) {
        SceneNode en;
        describeExternal(en, e);
        add(en, e.id, -1);
    }
    for (const auto &r : geometry.routes) {
        if (r.points.size() < 2 || r.connection >= model.connections.size())
            continue;
        QVector<QPointF> points;
        points.reserve(qsizetype(r.points.size()));
        for (const auto &p : r.points)
            points.append(QPointF(p.x, p.y));
        SceneRoute route = makeRoute(std::move(points), QPointF(r.labelAt.x, r.labelAt.y),
            connectionLabel(model.connections[r.connection]));
        route.connection = int(r.connection);
        scene.routes.push_back(std::move(route));
    }
    for (const auto &n : scene.nodes)
        if (!n.rect.isNull())
            scene.bounds = scene.bounds.isNull() ? n.rect : scene.bounds.united(n.rect);
    for (const auto &r : scene.routes)
        scene.bounds = scene.bounds.isNull() ? r.bounds : scene.bounds.united(r.bounds);
    return scene;
}

} // namespace cw::scene
