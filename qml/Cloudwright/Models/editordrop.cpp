// SPDX-License-Identifier: MIT
// EditorGestures: dropping palette entries (new elements) onto the canvas.
#include "addressing.h"
#include "commands/structurecommands.h"
#include "editorgestures.h"
#include "editorselection.h"
#include "geometryedits.h"
#include "layout/metrics.h"
#include "scenemodel.h"

#include <cmath>

namespace cw::gui {

QRectF EditorGestures::boundsOf(const QString &id) const
{
    const int i = m_scene->indexOf(id);
    return i < 0 ? QRectF() : m_scene->rectOf(i);
}

QPointF EditorGestures::snap(const QPointF &p) const
{
    return { snap(p.x()), snap(p.y()) };
}

double EditorGestures::snap(double v) const
{
    return m_gridSnap && m_gridSize > 1 ? std::round(v / m_gridSize) * m_gridSize : v;
}

DropTarget EditorGestures::targetAt(const QPointF &p, const QSet<int> &exclude) const
{
    DropTarget t;
    for (int i = m_scene->nodeAt(p, true, exclude); i >= 0; i = m_scene->node(i).parent) {
        const SceneNode &n = m_scene->node(i);
        switch (n.type) {
        case NodeType::Account:
            t.accountId = n.id;
            break;
        case NodeType::Network:
            t.networkId = n.id;
            break;
        case NodeType::Zone:
            t.zone = n.kind;
            break;
        case NodeType::Subnet:
            t.subnetId = n.id;
            if (t.zone.isEmpty()) {
                const auto path = findPath(m_doc->model(), n.id.toStdString());
                if (path)
                    t.zone = QString::fromStdString(m_doc->model()
                                                        .accounts[path->account]
                                                        .networks[path->network]
                                                        .subnets[path->index]
                                                        .zone);
            }
            break;
        default:
            break;
        }
    }
    // A point in a network but outside every column belongs to the nearest column.
    if (!t.networkId.isEmpty() && t.zone.isEmpty()) {
        const int net = m_scene->indexOf(t.networkId);
        double best = 1e300;
        for (int i = net + 1; i < m_scene->count() && m_scene->node(i).parent == net; ++i)
            if (m_scene->node(i).type == NodeType::Zone) {
                const double d = std::abs(m_scene->rectOf(i).center().x() - p.x());
                if (d < best) {
                    best = d;
                    t.zone = m_scene->node(i).kind;
                }
            }
    }
    return t;
}

QVariantMap EditorGestures::canDrop(const QString &key, double x, double y)
{
    if (!m_doc)
        return { { "ok", false } };
    const DropPlan plan = planDrop(m_doc->model(), key, targetAt({ x, y }));
    m_scene->setDropTarget(plan.ok ? plan.containerId() : QString());
    return { { "ok", plan.ok }, { "reason", plan.reason }, { "note", plan.note },
        { "target", plan.containerId() } };
}

void EditorGestures::clearDropTarget()
{
    m_scene->setDropTarget({});
}

bool EditorGestures::drop(const QString &key, double x, double y)
{
    clearDropTarget();
    if (!m_doc)
        return false;
    const DropPlan plan = planDrop(m_doc->model(), key, targetAt({ x, y }));
    if (!plan.ok) {
        emit message(plan.reason, true);
        return false;
    }
    if (!createElement(key, plan, { x, y }))
        return false;
    if (!plan.note.isEmpty())
        emit message(plan.note, false);
    return true;
}

bool EditorGestures::createElement(const QString &key, const DropPlan &plan, const QPointF &p)
{
    using namespace layout;
    const Model &m = m_doc->model();
    Fragment f;
    ElemPath path;
    std::string id;
    QRectF rect;
    const QPointF at = snap(p);
    const auto acc
        = plan.accountId.isEmpty() ? std::nullopt : findPath(m, plan.accountId.toStdString());
    const auto net
        = plan.networkId.isEmpty() ? std::nullopt : findPath(m, plan.networkId.toStdString());
    if (key.startsWith(QLatin1String("account:"))) {
        Account a;
        a.provider = *providerFromString(key.mid(8).toStdString());
        const bool azure = a.provider == Provider::Azure;
        id = uniqueId(m, azure ? "azure-subscription" : "aws-account");
        a.id = id;
        a.name = azure ? "Azure subscription" : "AWS account";
        path = { ElemType::Account, int(m.accounts.size()), -1, int(m.accounts.size()) };
        f.elements.emplace_back(path, a);
        rect = QRectF(at - QPointF(40, 24), QSizeF(1180, 520));
    } else if (key.startsWith(QLatin1String("external:"))) {
        External e;
        e.kind = *externalKindFromString(key.mid(9).toStdString());
        id = uniqueId(m, std::string(toString(e.kind)));
        e.id = id;
        path = { ElemType::External, -1, -1, int(m.externals.size()) };
        f.elements.emplace_back(path, e);
        rect = QRectF(at - QPointF(kExternalW / 2, kExternalH / 2), QSizeF(kExternalW, kExternalH));
    } else if (key == QLatin1String("network")) {
        const Account &a = m.accounts[std::size_t(acc->index)];
        const bool azure = a.provider == Provider::Azure;
        Network n;
        id = uniqueId(m, azure ? "vnet" : "vpc");
        n.id = id;
        n.region = azure ? "westeurope" : "eu-west-1";
        for (const auto &other : a.networks)
            if (!other.region.empty()) {
                n.region = other.region;
                break;
            }
        n.zones = azure
            ? std::vector<std::string> { "1", "2", "3" }
            : std::vector<std::string> { n.region + "a", n.region + "b", n.region + "c" };
        n.cidrs = { freeNetworkBlock(m) };
        path = { ElemType::Network, acc->index, int(a.networks.size()), int(a.networks.size()) };
        f.elements.emplace_back(path, n);
        const double colW = 2 * kSubnetPad + 2 * kServiceW + kGap + 2 * kColumnPad;
        rect = QRectF(
            at - QPointF(40, 24), QSizeF(2 * kNetworkPad + 3 * colW + 2 * kColumnGap, 300));
    } else if (key.startsWith(QLatin1String("subnet:"))) {
        const Network &n = m.accounts[std::size_t(net->account)].networks[std::size_t(net->index)];
        Subnet s;
        s.tier = *tierFromString(key.mid(7).toStdString());
        s.zone = plan.zone.toStdString();
        id = uniqueId(m, std::string(toString(s.tier)) + "-" + zoneSuffix(s.zone));
        s.id = id;
        s.cidr = freeSubnetBlock(n);
        path = { ElemType::Subnet, net->account, net->index, int(n.subnets.size()) };
        f.elements.emplace_back(path, s);
        const int column = m_scene->indexOf(plan.networkId + QLatin1Char('/') + plan.zone);
        const QRectF col
            = column >= 0 ? m_scene->rectOf(column) : QRectF(at.x() - 150, at.y(), 300, 0);
        double top = std::max(at.y() - 20, col.top() + kColumnTitle);
        // Into its tier's row when another zone has that tier (the picture reads as zone
        // columns x tier rows), otherwise where it was dropped; never over this column's subnets.
        double below = col.top() + kColumnTitle;
        for (const auto &other : n.subnets) {
            const int o = m_scene->indexOf(QString::fromStdString(other.id));
            if (o < 0)
                continue;
            if (other.zone == s.zone)
                below = std::max(below, m_scene->rectOf(o).bottom() + kGap);
            else if (other.tier == s.tier)
                top = m_scene->rectOf(o).top();
        }
        top = std::max(top, below);
        rect = QRectF(col.left() + kColumnPad, snap(top), col.width() - 2 * kColumnPad, 136);
    } else {
        const auto *kind = Catalog::builtin().find(key.toStdString());
        Service s;
        s.kind = key.toStdString();
        id = uniqueId(m, shortKind(s.kind));
        s.id = id;
        for (const auto &sub : plan.subnets)
            s.subnets.push_back(sub.toStdString());
        if (plan.parent == DropPlan::Parent::Account) {
            const Account &a = m.accounts[std::size_t(acc->index)];
            const bool regional
                = std::find(kind->placements.begin(), kind->placements.end(), Placement::Region)
                != kind->placements.end();
            if (regional && !a.networks.empty())
                s.region = a.networks.front().region;
            path = { ElemType::Service, acc->index, -1, int(a.services.size()) };
        } else {
            const Network &n
                = m.accounts[std::size_t(net->account)].networks[std::size_t(net->index)];
            path = { ElemType::Service, net->account, net->index, int(n.services.size()) };
        }
        f.elements.emplace_back(path, s);
        rect = QRectF(at - QPointF(kServiceW / 2, kServiceH / 2), QSizeF(kServiceW, kServiceH));
        if (plan.subnets.size() > 1) {
            double left = 1e300, right = -1e300;
            for (const auto &sub : plan.subnets) {
                const QRectF r = boundsOf(sub);
                left = std::min(left, r.left() + kSubnetPad);
                right = std::max(right, r.right() - kSubnetPad);
            }
            rect = QRectF(left, at.y() - kSpanH / 2, right - left, kSpanH);
        } else if (plan.subnets.size() == 1) {
            // Keep it inside the subnet, below its title.
            const QRectF sub = boundsOf(plan.subnets.front());
            rect.moveLeft(std::clamp(rect.left(), sub.left() + kSubnetPad,
                std::max(sub.left() + kSubnetPad, sub.right() - kSubnetPad - rect.width())));
            rect.moveTop(std::max(rect.top(), sub.top() + kSubnetTitle));
        }
    }
    // Geometry is model data: the new rect, and the current layout of everything else if the
    // design had none stored yet. The layout grows containers to hold it.
    std::map<std::string, Rect> rects;
    rects[id] = fromQRect(rect);
    auto *macro = new QUndoCommand(tr("Add %1").arg(QString::fromStdString(id)));
    new FragmentCommand(m_doc, f, FragmentCommand::Mode::Insert, macro->text(), macro);
    commitGeometry(rects, macro->text(), macro);
    m_doc->undoStack()->push(macro);
    m_sel->select(QString::fromStdString(id), 0);
    return true;
}

} // namespace cw::gui
