// SPDX-License-Identifier: MIT
#include "connectionsmodel.h"

#include "modelops.h"

namespace cw::gui {

ConnectionsModel::ConnectionsModel(SceneModel *scene, QObject *parent)
    : QAbstractListModel(parent)
    , m_index(768)
    , m_scene(scene)
{ }

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
        it.label = it.protocol.toUpper();
        if (c.port > 0)
            it.label
                += (it.label.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(c.port);
        m_items.push_back(std::move(it));
    }
    endResetModel();
    if (before != count())
        emit countChanged();
    reroute();
}

void ConnectionsModel::reroute()
{
    std::vector<RouteRequest> requests;
    std::vector<int> rows;
    for (int r = 0; r < count(); ++r) {
        const int a = m_scene->indexOf(m_items[std::size_t(r)].from);
        const int b = m_scene->indexOf(m_items[std::size_t(r)].to);
        if (a < 0 || b < 0)
            continue;
        requests.push_back({ m_scene->rectOf(a), m_scene->rectOf(b) });
        rows.push_back(r);
    }
    const auto routed = routeAll(requests);
    m_routes.assign(m_items.size(), Route {});
    m_index.clear();
    for (std::size_t k = 0; k < rows.size(); ++k)
        m_routes[std::size_t(rows[k])] = routed[k];
    for (int r = 0; r < count(); ++r)
        m_index.set(r,
            m_routes[std::size_t(r)].points.size() >= 2 ? m_routes[std::size_t(r)].bounds
                                                        : QRectF());
    emit routesChanged();
}

int ConnectionsModel::connectionAt(const QPointF &p, double tolerance) const
{
    int best = -1;
    double bestD = tolerance;
    const QRectF probe(p.x() - tolerance, p.y() - tolerance, 2 * tolerance, 2 * tolerance);
    for (int r : m_index.query(probe)) {
        const double d = distanceToRoute(m_routes[std::size_t(r)], p);
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
