// SPDX-License-Identifier: MIT
// EditorGestures: moving, re-parenting, resizing, nudging and aligning; containers grow to hold.
#include "commands/fieldcommands.h"
#include "commands/structurecommands.h"
#include "connectionsmodel.h"
#include "editorgestures.h"
#include "editorselection.h"
#include "fields.h"
#include "geometryedits.h"
#include "layout/metrics.h"
#include "scenemodel.h"

#include <algorithm>
#include <cmath>

namespace cw::gui {
namespace {

QSizeF minSize(const SceneNode &n)
{
    switch (n.type) {
    case NodeType::Account:
        return { layout::kMinAccountW, layout::kMinAccountH };
    case NodeType::Network:
        return { layout::kMinNetworkW, layout::kMinNetworkH };
    case NodeType::Subnet:
        return { layout::kMinSubnetW, layout::kMinSubnetH };
    default:
        return n.spanning ? QSizeF(96, 40) : QSizeF(64, 48);
    }
}

} // namespace

EditorGestures::EditorGestures(SceneModel *scene, ConnectionsModel *connections,
    EditorSelection *selection, const GeometryEdits *geometry, DesignActions *actions,
    QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_connections(connections)
    , m_sel(selection)
    , m_geometry(geometry)
    , m_actions(actions)
{ }

bool EditorGestures::commitGeometry(const std::map<std::string, Rect> &rects, const QString &text,
    QUndoCommand *parent, int session)
{
    return m_geometry->commit(rects, text, parent, session);
}

QStringList EditorGestures::overlappedSubnets(int node, const QRectF &rect) const
{
    int net = m_scene->node(node).parent;
    while (net >= 0 && m_scene->node(net).type != NodeType::Network)
        net = m_scene->node(net).parent;
    // Subnets on the row of the service's own subnet count when the box reaches across them:
    // the layout lines a row up, and a shorter neighbour may end above the box.
    const int own = m_scene->node(node).parent;
    const double rowTop = own >= 0 && m_scene->node(own).type == NodeType::Subnet
        ? m_scene->rectOf(own).top()
        : qQNaN();
    const QRectF probe(rect.left(), std::min(rect.top(), std::isnan(rowTop) ? rect.top() : rowTop),
        rect.width(), rect.height());
    QList<QPair<double, QString>> hits;
    for (int i : m_scene->nodesIn(probe)) {
        const SceneNode &s = m_scene->node(i);
        if (s.type != NodeType::Subnet || s.parent != net)
            continue;
        const QRectF r = m_scene->rectOf(i);
        const QRectF o = r.intersected(rect);
        const bool sameRow = !std::isnan(rowTop) && std::abs(r.top() - rowTop) < 0.5
            && std::min(r.right(), rect.right()) - std::max(r.left(), rect.left()) >= 24;
        if (sameRow || (o.width() >= 24 && o.height() >= std::min(rect.height(), r.height()) * 0.3))
            hits << qMakePair(r.x(), s.id);
    }
    std::sort(hits.begin(), hits.end());
    QStringList out;
    for (const auto &h : hits)
        out << h.second;
    return out;
}

bool EditorGestures::planMove(
    int node, const QRectF &rect, const QSet<int> &moving, MovePlan *plan, QString *error) const
{
    const SceneNode &n = m_scene->node(node);
    const Model &m = m_doc->model();
    const auto path = findPath(m, n.id.toStdString());
    plan->node = node;
    if (!path || n.type == NodeType::Account || n.type == NodeType::External)
        return true;
    const DropTarget t = targetAt(rect.center(), moving);
    const QString key = paletteKeyOf(m, n.id.toStdString());
    const DropPlan drop = planDrop(m, key, t);
    if (!drop.ok) {
        *error = drop.reason;
        return false;
    }
    const QString account = QString::fromStdString(m.accounts[std::size_t(path->account)].id);
    const QString network = path->network >= 0
        ? QString::fromStdString(
            m.accounts[std::size_t(path->account)].networks[std::size_t(path->network)].id)
        : QString();
    plan->account = drop.accountId;
    plan->network = drop.networkId;
    plan->container = m_scene->indexOf(drop.containerId());
    if (n.type == NodeType::Network) {
        plan->reparent = drop.accountId != account;
        return true;
    }
    if (n.type == NodeType::Subnet) {
        plan->zone = drop.zone;
        plan->reparent = drop.networkId != network;
        const auto &sub = m.accounts[std::size_t(path->account)]
                              .networks[std::size_t(path->network)]
                              .subnets[std::size_t(path->index)];
        plan->setZone = !plan->reparent && drop.zone.toStdString() != sub.zone;
        return true;
    }
    // Services: a box over several subnets spans them; otherwise its centre decides.
    const Service svc = std::get<Service>(valueAt(m, *path));
    QStringList subnets = drop.subnets;
    if (drop.parent == DropPlan::Parent::Subnet && drop.networkId == network) {
        const QStringList over = overlappedSubnets(node, rect);
        if (over.size() > 1 || n.spanning)
            subnets = over.isEmpty() ? drop.subnets : over;
        if (subnets.size() > 1)
            plan->container = m_scene->indexOf(drop.networkId);
    }
    plan->subnets = subnets;
    QStringList current;
    for (const auto &s : svc.subnets)
        current << QString::fromStdString(s);
    plan->reparent = drop.networkId != network || drop.accountId != account;
    plan->setSubnets = !plan->reparent && subnets != current;
    return true;
}

void EditorGestures::executeMove(const MovePlan &p)
{
    const Model &m = m_doc->model();
    const std::string id = m_scene->node(p.node).id.toStdString();
    const auto from = findPath(m, id);
    if (!from)
        return;
    auto *stack = m_doc->undoStack();
    if (!p.reparent) {
        if (p.setZone)
            stack->push(new SetFieldCommand(m_doc, id, QStringLiteral("zone"), p.zone));
        if (p.setSubnets)
            stack->push(new SetFieldCommand(m_doc, id, QStringLiteral("subnets"), p.subnets));
        return;
    }
    ElemValue v = valueAt(m, *from);
    ElemPath to { from->type, -1, -1, 0 };
    const auto acc = findPath(m, p.account.toStdString());
    const auto net = p.network.isEmpty() ? std::nullopt : findPath(m, p.network.toStdString());
    if (from->type == ElemType::Network && acc) {
        to = { ElemType::Network, acc->index,
            int(m.accounts[std::size_t(acc->index)].networks.size()), 0 };
        to.index = to.network;
    } else if (from->type == ElemType::Subnet && net) {
        std::get<Subnet>(v).zone = p.zone.toStdString();
        to = { ElemType::Subnet, net->account, net->index,
            int(m.accounts[std::size_t(net->account)]
                    .networks[std::size_t(net->index)]
                    .subnets.size()) };
    } else if (from->type == ElemType::Service) {
        auto &svc = std::get<Service>(v);
        svc.subnets.clear();
        for (const auto &s : p.subnets)
            svc.subnets.push_back(s.toStdString());
        if (net)
            to = { ElemType::Service, net->account, net->index,
                int(m.accounts[std::size_t(net->account)]
                        .networks[std::size_t(net->index)]
                        .services.size()) };
        else if (acc)
            to = { ElemType::Service, acc->index, -1,
                int(m.accounts[std::size_t(acc->index)].services.size()) };
        else
            return;
    } else {
        return;
    }
    stack->push(new ReparentCommand(m_doc, *from, to, std::move(v)));
}

void EditorGestures::beginDrag(double x, double y)
{
    m_gesture = {};
    m_gesture.kind = Gesture::Move;
    m_gesture.start = { x, y };
    m_gesture.roots = m_sel->roots();
    for (int r : m_gesture.roots) {
        m_gesture.startRects.insert(r, m_scene->rectOf(r));
        for (int d : m_scene->descendants(r))
            m_gesture.startRects.insert(d, m_scene->rectOf(d));
    }
    const int hit = m_scene->nodeAt({ x, y }, false);
    m_gesture.primary = m_gesture.roots.contains(hit)
        ? hit
        : (m_gesture.roots.isEmpty() ? -1 : m_gesture.roots.front());
    for (int p = hit; p >= 0 && m_gesture.primary != p; p = m_scene->node(p).parent)
        if (m_gesture.roots.contains(p))
            m_gesture.primary = p;
}

void EditorGestures::dragTo(double x, double y)
{
    if (m_gesture.kind != Gesture::Move || m_gesture.primary < 0)
        return;
    const QPointF raw = QPointF(x, y) - m_gesture.start;
    const QPointF origin = m_gesture.startRects.value(m_gesture.primary).topLeft();
    m_gesture.delta = snap(origin + raw) - origin;
    QHash<int, QRectF> preview;
    for (auto it = m_gesture.startRects.begin(); it != m_gesture.startRects.end(); ++it)
        preview.insert(it.key(), it.value().translated(m_gesture.delta));
    m_scene->setPreview(preview);
    m_connections->reroute();
    const QSet<int> moving(m_gesture.startRects.keyBegin(), m_gesture.startRects.keyEnd());
    MovePlan plan;
    QString error;
    const bool ok
        = planMove(m_gesture.primary, preview.value(m_gesture.primary), moving, &plan, &error);
    m_scene->setDropTarget(
        ok && plan.reparent && plan.container >= 0 ? m_scene->node(plan.container).id : QString());
}

void EditorGestures::cancelGesture()
{
    m_gesture = {};
    const bool moved = m_scene->hasPreview();
    m_scene->setPreview({});
    m_scene->setDropTarget({});
    if (moved)
        m_connections->reroute();
}

bool EditorGestures::endDrag()
{
    Gesture g = m_gesture;
    cancelGesture();
    if (g.kind != Gesture::Move || g.delta.isNull() || g.roots.isEmpty())
        return false;
    const QSet<int> moving(g.startRects.keyBegin(), g.startRects.keyEnd());
    std::map<std::string, Rect> rects;
    for (auto it = g.startRects.begin(); it != g.startRects.end(); ++it)
        if (m_scene->node(it.key()).type != NodeType::Zone)
            rects[m_scene->node(it.key()).id.toStdString()]
                = fromQRect(it.value().translated(g.delta));
    std::vector<MovePlan> plans;
    for (int r : g.roots) {
        MovePlan plan;
        QString error;
        if (!planMove(r, g.startRects.value(r).translated(g.delta), moving, &plan, &error)) {
            emit message(error, true);
            return false;
        }
        plans.push_back(plan);
    }
    // Geometry first: the scene keeps its node indices until the structure changes.
    m_doc->undoStack()->beginMacro(g.roots.size() == 1
            ? tr("Move %1").arg(m_scene->node(g.roots.front()).id)
            : tr("Move %n elements", nullptr, int(g.roots.size())));
    commitGeometry(rects, tr("Move"));
    QStringList ids;
    for (const auto &p : plans)
        ids << m_scene->node(p.node).id;
    for (const auto &p : plans) {
        MovePlan q = p;
        q.node = m_scene->indexOf(ids[int(&p - plans.data())]);
        if (q.node >= 0)
            executeMove(q);
    }
    m_doc->undoStack()->endMacro();
    return true;
}

void EditorGestures::beginResize(const QString &id, const QString &handle, double x, double y)
{
    m_gesture = {};
    const int i = m_scene->indexOf(id);
    if (i < 0)
        return;
    m_gesture.kind = Gesture::Resize;
    m_gesture.primary = i;
    m_gesture.handle = handle;
    m_gesture.start = { x, y };
    m_gesture.resized = m_scene->rectOf(i);
    m_gesture.startRects.insert(i, m_scene->rectOf(i));
}

void EditorGestures::resizeTo(double x, double y)
{
    if (m_gesture.kind != Gesture::Resize)
        return;
    const int i = m_gesture.primary;
    QRectF r = m_gesture.startRects.value(i);
    const QPointF p = snap(QPointF(x, y));
    const QString &h = m_gesture.handle;
    // Never smaller than the node's minimum nor than what its children need.
    QRectF kids;
    for (int d : m_scene->descendants(i))
        if (m_scene->node(d).type != NodeType::Zone)
            kids = kids.isNull() ? m_scene->rectOf(d) : kids.united(m_scene->rectOf(d));
    const QSizeF min = minSize(m_scene->node(i));
    if (h.contains(QLatin1Char('r')))
        r.setRight(
            std::max({ p.x(), r.left() + min.width(), kids.isNull() ? 0.0 : kids.right() + 8 }));
    if (h.contains(QLatin1Char('b')))
        r.setBottom(
            std::max({ p.y(), r.top() + min.height(), kids.isNull() ? 0.0 : kids.bottom() + 8 }));
    if (h.contains(QLatin1Char('l')))
        r.setLeft(
            std::min({ p.x(), r.right() - min.width(), kids.isNull() ? 1e300 : kids.left() - 8 }));
    if (h.contains(QLatin1Char('t')))
        r.setTop(
            std::min({ p.y(), r.bottom() - min.height(), kids.isNull() ? 1e300 : kids.top() - 8 }));
    m_gesture.resized = r;
    m_scene->setPreview({ { i, r } });
    m_connections->reroute();
}

bool EditorGestures::endResize()
{
    Gesture g = m_gesture;
    cancelGesture();
    if (g.kind != Gesture::Resize || g.resized == g.startRects.value(g.primary))
        return false;
    const SceneNode &n = m_scene->node(g.primary);
    std::map<std::string, Rect> rects { { n.id.toStdString(), fromQRect(g.resized) } };
    m_doc->undoStack()->beginMacro(tr("Resize %1").arg(n.id));
    const QString id = n.id;
    QStringList span;
    if (n.type == NodeType::Service && n.parent >= 0
        && m_scene->node(n.parent).type != NodeType::Account)
        span = overlappedSubnets(g.primary, g.resized);
    commitGeometry(rects, tr("Resize"));
    if (!span.isEmpty()) {
        const QVariant current
            = fieldValue(m_doc->model(), id.toStdString(), QStringLiteral("subnets"));
        if (current.toStringList() != span)
            m_doc->undoStack()->push(
                new SetFieldCommand(m_doc, id.toStdString(), QStringLiteral("subnets"), span));
    }
    m_doc->undoStack()->endMacro();
    return true;
}

void EditorGestures::nudge(double dx, double dy)
{
    const QList<int> roots = m_sel->roots();
    if (roots.isEmpty())
        return;
    if (!m_nudgeSession)
        m_nudgeSession = ++m_session;
    std::map<std::string, Rect> rects;
    for (int r : roots) {
        rects[m_scene->node(r).id.toStdString()] = fromQRect(m_scene->rectOf(r).translated(dx, dy));
        for (int d : m_scene->descendants(r))
            if (m_scene->node(d).type != NodeType::Zone)
                rects[m_scene->node(d).id.toStdString()]
                    = fromQRect(m_scene->rectOf(d).translated(dx, dy));
    }
    const int session = m_nudgeSession;
    commitGeometry(rects, tr("Nudge"), nullptr, session);
    m_nudgeSession = session; // onChanged resets it for other edits, not for this one
}

} // namespace cw::gui
