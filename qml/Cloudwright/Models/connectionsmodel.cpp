// SPDX-License-Identifier: MIT
#include "connectionsmodel.h"

#include "layout/layout.h"
#include "model/modelops.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::gui {
namespace {

/// The protocol label's box at 100 % (as the painter draws it: 10.5 px bold text), empty when
/// the connection has none.
QRectF labelBox(const Route &route)
{
    if (route.label.isEmpty())
        return {};
    const double w = 6.6 * double(route.label.size()) + 12, h = 16;
    return { route.labelPos.x() - w / 2, route.labelPos.y() - h / 2, w, h };
}

static_assert(int(NodeType::External) == int(cw::layout::NodeKind::External)
        && int(NodeType::Zone) == int(cw::layout::NodeKind::Zone),
    "scene node types mirror the layout's node kinds");

/// Points, label position and (never empty) bounds of a polyline.
} // namespace

ConnectionsModel::ConnectionsModel(SceneModel *scene, QObject *parent)
    : QAbstractListModel(parent)
    , m_index(768)
    , m_scene(scene)
{ }

ConnectionsModel::~ConnectionsModel()
{
    for (auto *w : std::as_const(m_pending))
        w->waitForFinished();
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &c = m_items[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return c.label;
    case KeyRole:
        return c.key;
    case FromRole:
        return c.from;
    case ToRole:
        return c.to;
    case ProtocolRole:
        return c.protocol;
    case PortRole:
        return c.port;
    case SelectedRole:
        return c.key == m_selected;
    }
    return {};
}

QHash<int, QByteArray> ConnectionsModel::roleNames() const
{
    return { { KeyRole, "key" }, { FromRole, "from" }, { ToRole, "to" },
        { ProtocolRole, "protocol" }, { PortRole, "port" }, { LabelRole, "label" },
        { SelectedRole, "selected" }, { Qt::DisplayRole, "display" } };
}

void ConnectionsModel::rebuild(const Model &model)
{
    beginResetModel();
    m_model = &model;
    m_routes.clear();
    m_ends.clear();
    const int before = count();
    m_items.clear();
    for (std::size_t i = 0; i < model.connections.size(); ++i) {
        const auto &c = model.connections[i];
        Item it;
        it.key = QString::fromStdString(connectionKey(model, i));
        it.from = QString::fromStdString(c.from);
        it.to = QString::fromStdString(c.to);
        it.protocol = QString::fromStdString(c.protocol);
        it.port = c.port;
        it.label = scene::connectionLabel(c);
        m_items.push_back(std::move(it));
    }
    endResetModel();
    if (before != count())
        emit countChanged();
    reroute();
}

void ConnectionsModel::reroute()
{
    ++m_generation; // a route still being computed for the old geometry is not wanted
    m_routes.resize(m_items.size());
    m_ends.resize(m_items.size());
    const bool preview = m_scene->hasPreview();
    const bool sync = !preview && m_model && count() <= kSyncRoutes;
    std::vector<std::pair<Rect, Rect>> requests;
    std::vector<int> rows;
    for (int r = 0; r < count(); ++r) {
        const int a = m_scene->indexOf(m_items[std::size_t(r)].from);
        const int b = m_scene->indexOf(m_items[std::size_t(r)].to);
        if (a < 0 || b < 0) {
            m_routes[std::size_t(r)] = Route {};
            continue;
        }
        // Routes whose ends did not move stay as they are until the engine's come in; the
        // others get quick elbows meanwhile (while dragging, or in a large design).
        const std::pair<QRectF, QRectF> ends { m_scene->rectOf(a), m_scene->rectOf(b) };
        const bool moved = ends != m_ends[std::size_t(r)];
        m_ends[std::size_t(r)] = ends;
        if (sync || (!moved && m_routes[std::size_t(r)].points.size() >= 2))
            continue;
        requests.emplace_back(fromQRect(ends.first), fromQRect(ends.second));
        rows.push_back(r);
    }
    if (sync) {
        applyEngine(cw::layout::route(*m_model, engineGeometry()));
    } else {
        auto routed = cw::layout::quickRoutes(requests);
        for (auto &r : routed)
            r.connection = std::size_t(rows[r.connection]);
        applyEngine(routed);
        if (!preview && m_model)
            startEngine();
    }
    reindex();
}

void ConnectionsModel::reindex()
{
    m_index.clear();
    for (int r = 0; r < count(); ++r) {
        const Route &route = m_routes[std::size_t(r)];
        // A label may sit beside a short segment: clicking it selects the connection too.
        m_index.set(r, route.points.size() >= 2 ? route.bounds.united(labelBox(route)) : QRectF());
    }
    emit routesChanged();
}

cw::layout::Geometry ConnectionsModel::engineGeometry() const
{
    // The scene's nodes (their current rects) as the layout's geometry: the same router as the
    // exported diagrams, which keeps off boxes and container titles and fans out parallel runs.
    cw::layout::Geometry g;
    g.nodes.reserve(std::size_t(m_scene->count()));
    for (int i = 0; i < m_scene->count(); ++i) {
        const SceneNode &n = m_scene->node(i);
        g.nodes.push_back({ n.id.toStdString(),
            n.parent >= 0 ? m_scene->node(n.parent).id.toStdString() : std::string(),
            cw::layout::NodeKind(int(n.type)), fromQRect(m_scene->rectOf(i)), true });
    }
    g.reindex();
    return g;
}

void ConnectionsModel::applyEngine(const std::vector<cw::layout::Route> &routes)
{
    for (const auto &route : routes) {
        if (route.connection >= m_routes.size() || route.points.size() < 2)
            continue;
        QVector<QPointF> points;
        points.reserve(qsizetype(route.points.size()));
        for (const auto &p : route.points)
            points.append(QPointF(p.x, p.y));
        m_routes[route.connection] = scene::makeRoute(std::move(points),
            { route.labelAt.x, route.labelAt.y }, m_items[route.connection].label);
        m_routes[route.connection].connection = int(route.connection);
    }
}

void ConnectionsModel::startEngine()
{
    // Large designs: the engine routes a copy on a worker thread; the newest result wins.
    auto model = std::make_shared<const Model>(*m_model);
    auto geometry = std::make_shared<const cw::layout::Geometry>(engineGeometry());
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<std::vector<cw::layout::Route>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_pending.removeOne(watcher);
        if (generation != m_generation)
            return;
        applyEngine(watcher->result());
        reindex();
    });
    m_pending << watcher;
    watcher->setFuture(
        QtConcurrent::run([model, geometry] { return cw::layout::route(*model, *geometry); }));
}

void ConnectionsModel::waitForRoutes()
{
    while (!m_pending.isEmpty()) {
        m_pending.front()->waitForFinished();
        QCoreApplication::processEvents();
    }
}

int ConnectionsModel::connectionAt(const QPointF &p, double tolerance) const
{
    int best = -1;
    double bestD = tolerance;
    const QRectF probe(p.x() - tolerance, p.y() - tolerance, 2 * tolerance, 2 * tolerance);
    for (int r : m_index.query(probe)) {
        const Route &route = m_routes[std::size_t(r)];
        const double d = labelBox(route).contains(p) ? 0.0 : distanceToRoute(route, p);
        if (d <= bestD) {
            bestD = d;
            best = r;
        }
    }
    return best;
}

int ConnectionsModel::rowOfKey(const QString &key) const
{
    for (int r = 0; r < count(); ++r)
        if (m_items[std::size_t(r)].key == key)
            return r;
    return -1;
}

void ConnectionsModel::setSelectedKey(const QString &key)
{
    if (key == m_selected)
        return;
    const int before = rowOfKey(m_selected);
    m_selected = key;
    const int after = rowOfKey(key);
    for (int r : { before, after })
        if (r >= 0)
            emit dataChanged(index(r), index(r), { SelectedRole });
    emit routesChanged();
}

} // namespace cw::gui
