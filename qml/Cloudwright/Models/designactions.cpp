// SPDX-License-Identifier: MIT
#include "designactions.h"

#include "addressing.h"
#include "commands/fieldcommands.h"
#include "commands/structurecommands.h"
#include "editorselection.h"
#include "geometryedits.h"
#include "layout/metrics.h"
#include "net/cidr.h"
#include "net/planner.h"
#include "scenemodel.h"

namespace cw::gui {
namespace {

/// A sensible first protocol and port for traffic to a kind; the inspector edits it.
std::pair<std::string, int> defaultTraffic(const std::string &kind)
{
    if (kind.find("postgresql") != std::string::npos)
        return { "tcp", 5432 };
    if (kind.find("redis") != std::string::npos)
        return { "tcp", 6380 };
    if (kind == "aws.eks" || kind == "azure.aks" || kind == "aws.ecs-fargate" || kind == "aws.ec2")
        return { "http", 8080 };
    return { "https", 443 };
}

} // namespace

DesignActions::DesignActions(
    SceneModel *scene, EditorSelection *selection, const GeometryEdits *geometry, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_selection(selection)
    , m_geometry(geometry)
{ }

bool DesignActions::connectable(NodeType t)
{
    return t == NodeType::Service || t == NodeType::External;
}

QRectF DesignActions::boundsOfNode(const QString &id) const
{
    const int i = m_scene->indexOf(id);
    return i < 0 ? QRectF() : m_scene->rectOf(i);
}

bool DesignActions::connectElements(const QString &from, const QString &to)
{
    const int a = m_scene->indexOf(from), b = m_scene->indexOf(to);
    if (!m_doc || a < 0 || b < 0)
        return false;
    if (!connectable(m_scene->node(a).type) || !connectable(m_scene->node(b).type)) {
        emit message(tr("Connections join services and external elements."), true);
        return false;
    }
    if (a == b) {
        emit message(tr("A service cannot connect to itself."), true);
        return false;
    }
    const Model &m = m_doc->model();
    for (const auto &c : m.connections)
        if (QString::fromStdString(c.from) == from && QString::fromStdString(c.to) == to) {
            emit message(tr("%1 already connects to %2.").arg(from, to), true);
            return false;
        }
    Connection c;
    c.from = from.toStdString();
    c.to = to.toStdString();
    c.id = uniqueId(m, c.from + "-to-" + c.to);
    std::tie(c.protocol, c.port) = defaultTraffic(m_scene->node(b).kind.toStdString());
    Fragment f;
    f.elements.emplace_back(
        ElemPath { ElemType::Connection, -1, -1, int(m.connections.size()) }, c);
    m_doc->undoStack()->push(new FragmentCommand(
        m_doc, std::move(f), FragmentCommand::Mode::Insert, tr("Connect %1 to %2").arg(from, to)));
    m_selection->selectConnection(QString::fromStdString(c.id));
    return true;
}

bool DesignActions::suppress(
    const QString &rule, const QString &target, const QString &reason, const QString &expires)
{
    if (!m_doc || rule.isEmpty() || reason.trimmed().isEmpty()) {
        emit message(tr("A suppression needs a reason."), true);
        return false;
    }
    Suppression s;
    s.rule = rule.toStdString();
    s.target = target.toStdString();
    s.reason = reason.trimmed().toStdString();
    s.expires = expires.trimmed().toStdString();
    Fragment f;
    f.suppressions.emplace_back(int(m_doc->model().suppressions.size()), s);
    m_doc->undoStack()->push(new FragmentCommand(m_doc, std::move(f), FragmentCommand::Mode::Insert,
        tr("Suppress %1 on %2").arg(rule, target)));
    return true;
}

bool DesignActions::unsuppress(const QString &rule, const QString &target)
{
    const auto &list = m_doc->model().suppressions;
    for (int i = 0; i < int(list.size()); ++i)
        if (QString::fromStdString(list[std::size_t(i)].rule) == rule
            && QString::fromStdString(list[std::size_t(i)].target) == target) {
            Fragment f;
            f.suppressions.emplace_back(i, list[std::size_t(i)]);
            m_doc->undoStack()->push(new FragmentCommand(m_doc, std::move(f),
                FragmentCommand::Mode::Remove, tr("Remove waiver of %1 on %2").arg(rule, target)));
            return true;
        }
    return false;
}

QVariantMap DesignActions::previewPlan(const QString &networkId, const QVariantList &tiers) const
{
    if (!m_doc)
        return { { "ok", false } };
    const auto path = findPath(m_doc->model(), networkId.toStdString());
    if (!path || path->type != ElemType::Network)
        return { { "ok", false }, { "error", tr("%1 is not a network.").arg(networkId) } };
    const Account &acc = m_doc->model().accounts[std::size_t(path->account)];
    const Network &n = acc.networks[std::size_t(path->index)];
    if (n.cidrs.empty())
        return { { "ok", false }, { "error", tr("Give the network an address block first.") } };
    const auto block = net::Cidr::parse(n.cidrs.front());
    if (!block)
        return { { "ok", false },
            { "error",
                tr("%1 is not a valid block.").arg(QString::fromStdString(n.cidrs.front())) } };
    net::PlanRequest req;
    req.network = block->canonical();
    req.zones = layout::columnZones(n);
    req.provider = acc.provider;
    for (const auto &t : tiers) {
        const auto map = t.toMap();
        req.tiers.push_back({ map.value(QStringLiteral("name")).toString().toStdString(),
            map.value(QStringLiteral("prefix")).toInt() });
    }
    std::string error;
    const auto plan = net::planSubnets(req, &error);
    if (!plan)
        return { { "ok", false }, { "error", QString::fromStdString(error) } };
    QVariantList rows;
    for (const auto &r : plan->rows)
        rows << QVariantMap { { "tier", QString::fromStdString(r.tier) },
            { "zone", QString::fromStdString(r.zone) }, { "role", QString::fromStdString(r.role) },
            { "cidr", QString::fromStdString(r.cidr.toString()) }, { "usable", r.usable } };
    return { { "ok", true }, { "rows", rows } };
}

bool DesignActions::applyPlan(const QString &networkIdRef, const QVariantList &tiers)
{
    const QString networkId = networkIdRef; // a copy: callers may pass a scene string that the
                                            // rebuilds below replace
    const QVariantMap preview = previewPlan(networkId, tiers);
    if (!preview.value(QStringLiteral("ok")).toBool()) {
        emit message(preview.value(QStringLiteral("error")).toString(), true);
        return false;
    }
    const bool placed = m_geometry->fullyPlaced();
    m_doc->undoStack()->beginMacro(tr("Plan subnets of %1").arg(networkId));
    for (const auto &rowV : preview.value(QStringLiteral("rows")).toList()) {
        const auto row = rowV.toMap();
        if (row.value(QStringLiteral("role")).toString() != QLatin1String("subnet"))
            continue;
        const auto tier
            = tierFromString(row.value(QStringLiteral("tier")).toString().toStdString());
        const std::string zone = row.value(QStringLiteral("zone")).toString().toStdString();
        const std::string cidr = row.value(QStringLiteral("cidr")).toString().toStdString();
        const Model &m = m_doc->model();
        const auto path = findPath(m, networkId.toStdString());
        const Network &n
            = m.accounts[std::size_t(path->account)].networks[std::size_t(path->index)];
        const Subnet *existing = nullptr;
        for (const auto &s : n.subnets)
            if (tier && s.tier == *tier && s.zone == zone) {
                existing = &s;
                break;
            }
        if (existing) {
            if (existing->cidr != cidr)
                m_doc->undoStack()->push(new SetFieldCommand(
                    m_doc, existing->id, QStringLiteral("cidr"), QString::fromStdString(cidr)));
            continue;
        }
        Subnet s;
        s.tier = tier.value_or(Tier::Private);
        s.zone = zone;
        s.cidr = cidr;
        s.id = uniqueId(m, std::string(toString(s.tier)) + "-" + zoneSuffix(zone));
        Fragment f;
        f.elements.emplace_back(
            ElemPath { ElemType::Subnet, path->account, path->index, int(n.subnets.size()) }, s);
        if (placed) {
            // Below the last subnet of its zone column.
            const int col
                = m_scene->indexOf(networkId + QLatin1Char('/') + QString::fromStdString(zone));
            const QRectF c = col >= 0 ? m_scene->rectOf(col) : boundsOfNode(networkId);
            double y = c.top() + layout::kColumnTitle;
            for (int i = 0; i < m_scene->count(); ++i)
                if (m_scene->node(i).type == NodeType::Subnet
                    && m_scene->node(m_scene->node(i).parent).id == networkId
                    && c.contains(m_scene->rectOf(i).center()))
                    y = std::max(y, m_scene->rectOf(i).bottom() + layout::kGap);
            const QRectF r(
                c.left() + layout::kColumnPad, y, c.width() - 2 * layout::kColumnPad, 110);
            f.geometry[s.id] = fromQRect(r); // the layout grows the network to hold it
        }
        m_doc->undoStack()->push(new FragmentCommand(
            m_doc, std::move(f), FragmentCommand::Mode::Insert, tr("Add subnet")));
    }
    m_doc->undoStack()->endMacro();
    return true;
}

void DesignActions::align(const QString &mode)
{
    const QList<int> roots = m_selection->roots();
    if (roots.size() < 2)
        return;
    QRectF box;
    for (int r : roots)
        box = box.isNull() ? m_scene->rectOf(r) : box.united(m_scene->rectOf(r));
    std::map<std::string, Rect> rects;
    for (int r : roots) {
        const QRectF cur = m_scene->rectOf(r);
        QPointF d;
        if (mode == QLatin1String("left"))
            d.setX(box.left() - cur.left());
        else if (mode == QLatin1String("right"))
            d.setX(box.right() - cur.right());
        else if (mode == QLatin1String("hcenter"))
            d.setX(box.center().x() - cur.center().x());
        else if (mode == QLatin1String("top"))
            d.setY(box.top() - cur.top());
        else if (mode == QLatin1String("bottom"))
            d.setY(box.bottom() - cur.bottom());
        else if (mode == QLatin1String("vcenter"))
            d.setY(box.center().y() - cur.center().y());
        if (d.isNull())
            continue;
        rects[m_scene->node(r).id.toStdString()] = fromQRect(cur.translated(d));
        for (int c : m_scene->descendants(r))
            if (m_scene->node(c).type != NodeType::Zone)
                rects[m_scene->node(c).id.toStdString()]
                    = fromQRect(m_scene->rectOf(c).translated(d));
    }
    m_geometry->commit(rects, tr("Align %1").arg(mode));
}

} // namespace cw::gui
