// SPDX-License-Identifier: MIT
#include "scene.h"

#include "model/modelops.h"

#include <QFile>
#include <algorithm>

namespace cw::gui {
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

constexpr int kDepth[] = { 1, 2, 3, 4, 6, 6 }; // by NodeType; spanning services get 5

void describe(SceneNode &n, const Account &a)
{
    n.type = NodeType::Account;
    n.azure = a.provider == Provider::Azure;
    n.kind = qs(toString(a.provider));
    n.label = nameOr(a.name, a.id);
    n.subLabel = (n.azure ? QStringLiteral("Azure subscription") : QStringLiteral("AWS account"))
        + QStringLiteral(" \u00b7 ") + qs(toString(a.environment)) + QStringLiteral(" \u00b7 ")
        + qs(toString(a.role));
    n.icon = iconUrl(n.azure ? QStringLiteral("account-azure") : QStringLiteral("account-aws"));
}

void describe(SceneNode &n, const Network &net, bool azure)
{
    n.type = NodeType::Network;
    n.azure = azure;
    n.kind = azure ? QStringLiteral("azure") : QStringLiteral("aws");
    n.label = nameOr(net.name, net.id);
    QStringList parts { azure ? QStringLiteral("VNet") : QStringLiteral("VPC") };
    if (!net.region.empty())
        parts << qs(net.region);
    for (const auto &c : net.cidrs)
        parts << qs(c);
    n.subLabel = parts.join(QStringLiteral(" \u00b7 "));
    n.icon = iconUrl(azure ? QStringLiteral("network-azure") : QStringLiteral("network-aws"));
}

void describe(SceneNode &n, const Subnet &s)
{
    n.type = NodeType::Subnet;
    n.tier = int(s.tier);
    n.kind = qs(toString(s.tier));
    n.label = nameOr(s.name, s.id);
    n.subLabel = qs(s.cidr)
        + (s.ipv6Cidr.empty() ? QString() : QStringLiteral(" \u00b7 ") + qs(s.ipv6Cidr));
    n.icon = iconUrl(QStringLiteral("subnet-") + n.kind);
}

void describe(SceneNode &n, const Service &s, const Catalog &catalog)
{
    n.type = NodeType::Service;
    n.kind = qs(s.kind);
    n.label = nameOr(s.name, s.id);
    const auto *k = catalog.find(s.kind);
    n.subLabel = k ? qs(k->label) : qs(s.kind);
    n.category = k ? qs(k->category) : QString();
    n.azure = k && k->provider == Provider::Azure;
    n.icon = k ? iconUrl(qs(k->icon)) : QString();
    n.initials = initialsFor(k ? qs(k->label) : n.label);
}

void describe(SceneNode &n, const External &e)
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

QRectF toQRect(const Rect &r)
{
    return { r.x, r.y, r.w, r.h };
}
Rect fromQRect(const QRectF &r)
{
    return { r.x(), r.y(), r.width(), r.height() };
}

QString iconUrl(const QString &stem)
{
    static QHash<QString, QString> cache;
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

void describeNode(const Model &model, SceneNode &n, const Catalog &catalog)
{
    const auto path = findPath(model, n.id.toStdString());
    if (!path)
        return;
    const auto *acc = accountOf(model, *path);
    switch (path->type) {
    case ElemType::Account:
        describe(n, *acc);
        break;
    case ElemType::Network:
        describe(n, acc->networks[path->index], acc->provider == Provider::Azure);
        break;
    case ElemType::Subnet:
        describe(n, acc->networks[path->network].subnets[path->index]);
        break;
    case ElemType::Service:
        describe(n,
            path->network < 0 ? acc->services[path->index]
                              : acc->networks[path->network].services[path->index],
            catalog);
        break;
    case ElemType::External:
        describe(n, model.externals[path->index]);
        break;
    case ElemType::Connection:
        break;
    }
}

Scene buildScene(const Model &model, const cw::layout::Geometry &geometry, const Catalog &catalog)
{
    Scene scene;
    auto add = [&](SceneNode n, const std::string &id, int parent) {
        n.id = qs(id);
        n.parent = parent;
        n.depth = kDepth[int(n.type)];
        if (const auto *g = geometry.find(id))
            n.rect = toQRect(g->rect);
        scene.index.insert(n.id, int(scene.nodes.size()));
        scene.nodes.push_back(std::move(n));
        return int(scene.nodes.size()) - 1;
    };
    for (const auto &acc : model.accounts) {
        SceneNode an;
        describe(an, acc);
        const int ai = add(an, acc.id, -1);
        const bool azure = acc.provider == Provider::Azure;
        for (const auto &net : acc.networks) {
            SceneNode nn;
            describe(nn, net, azure);
            const int ni = add(nn, net.id, ai);
            for (const auto &zone : layout::columnZones(net)) {
                if (zone.empty())
                    continue; // a regional network has no zone column to draw
                SceneNode z;
                z.type = NodeType::Zone;
                z.label = qs(zone);
                z.kind = z.label;
                z.fixedGeometry = true;
                z.icon = iconUrl(QStringLiteral("zone"));
                add(z, layout::zoneNodeId(net, zone), ni);
            }
            QHash<QString, int> subnetNodes;
            for (const auto &s : net.subnets) {
                SceneNode sn;
                describe(sn, s);
                subnetNodes.insert(qs(s.id), add(sn, s.id, ni));
            }
            for (const auto &s : net.services) {
                SceneNode sv;
                describe(sv, s, catalog);
                int known = 0, single = -1;
                for (const auto &r : s.subnets)
                    if (auto it = subnetNodes.find(qs(r)); it != subnetNodes.end()) {
                        ++known;
                        single = *it;
                    }
                sv.spanning = known > 1;
                const int i = add(sv, s.id, known == 1 ? single : ni);
                if (sv.spanning)
                    scene.nodes[i].depth = 5;
            }
        }
        for (const auto &s : acc.services) {
            SceneNode sv;
            describe(sv, s, catalog);
            add(sv, s.id, ai);
        }
    }
    for (const auto &e : model.externals) {
        SceneNode en;
        describe(en, e);
        add(en, e.id, -1);
    }
    for (const auto &n : scene.nodes)
        scene.bounds = scene.bounds.isNull() ? n.rect : scene.bounds.united(n.rect);
    return scene;
}

} // namespace cw::gui
