// SPDX-License-Identifier: MIT
#include "visiblenodesmodel.h"

#include <algorithm>

namespace cw::gui {

VisibleNodesModel::VisibleNodesModel(SceneModel *scene, QObject *parent)
    : QAbstractListModel(parent)
    , m_scene(scene)
{
    m_passTimer.setSingleShot(true);
    m_passTimer.setInterval(0);
    connect(&m_passTimer, &QTimer::timeout, this, &VisibleNodesModel::insertPending);
    connect(scene, &SceneModel::rebuilt, this, &VisibleNodesModel::onRebuilt);
    connect(scene, &SceneModel::nodesUpdated, this, &VisibleNodesModel::onNodesUpdated);
}

int VisibleNodesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant VisibleNodesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_scene->nodeData(nodeAt(index.row()), role);
}

QHash<int, QByteArray> VisibleNodesModel::roleNames() const
{
    return m_scene->roleNames();
}

int VisibleNodesModel::rowOf(int node) const
{
    return node >= 0 && node < int(m_rowOfNode.size()) ? m_rowOfNode[std::size_t(node)] : -1;
}

void VisibleNodesModel::setViewport(const QRectF &r)
{
    if (r == m_viewport)
        return;
    m_viewport = r;
    emit viewportChanged();
    refresh();
}

void VisibleNodesModel::setZoom(double z)
{
    if (qFuzzyCompare(z, m_zoom) || z <= 0)
        return;
    m_zoom = z;
    emit zoomChanged();
    refresh();
}

void VisibleNodesModel::setBatchSize(int n)
{
    if (n < 1 || n == m_batch)
        return;
    m_batch = n;
    emit batchSizeChanged();
}

bool VisibleNodesModel::wanted(int node) const
{
    const SceneNode &n = m_scene->node(node);
    const QRectF r = m_scene->rectOf(node);
    Q_UNUSED(n);
    return r.intersects(m_viewport) && std::max(r.width(), r.height()) * m_zoom >= kMinScreenSize;
}

void VisibleNodesModel::refresh()
{
    const int n = m_scene->count();
    m_rowOfNode.resize(std::size_t(n), -1);
    std::vector<char> want(std::size_t(n), 0);
    if (m_viewport.isValid())
        for (int i : m_scene->nodesIn(m_viewport))
            if (wanted(i))
                want[std::size_t(i)] = 1;
    // Remove rows no longer wanted: contiguous runs, last first, so earlier rows keep indices.
    for (int row = count() - 1; row >= 0;) {
        if (want[std::size_t(m_rows[std::size_t(row)])]) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !want[std::size_t(m_rows[std::size_t(first - 1)])])
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r)
            m_rowOfNode[std::size_t(m_rows[std::size_t(r)])] = -1;
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        m_rowIds.erase(m_rowIds.begin() + first, m_rowIds.begin() + row + 1);
        for (int r = first; r < count(); ++r)
            m_rowOfNode[std::size_t(m_rows[std::size_t(r)])] = r;
        endRemoveRows();
        row = first - 1;
    }
    const bool wasSettled = settled();
    m_pending.clear();
    for (int i = 0; i < n; ++i)
        if (want[std::size_t(i)] && m_rowOfNode[std::size_t(i)] < 0)
            m_pending.push_back(i);
    // Containers first so a new area shows its structure before its contents.
    std::stable_sort(m_pending.begin(), m_pending.end(),
        [this](int a, int b) { return m_scene->node(a).depth < m_scene->node(b).depth; });
    insertPending();
    if (wasSettled != settled())
        emit settledChanged();
}

void VisibleNodesModel::insertPending()
{
    const bool wasSettled = settled();
    if (!m_pending.empty()) {
        const int take = std::min<int>(m_batch, int(m_pending.size()));
        const int first = count();
        beginInsertRows({}, first, first + take - 1);
        for (int k = 0; k < take; ++k) {
            const int node = m_pending[std::size_t(k)];
            m_rowOfNode[std::size_t(node)] = int(m_rows.size());
            m_rows.push_back(node);
            m_rowIds.push_back(m_scene->node(node).id);
        }
        m_pending.erase(m_pending.begin(), m_pending.begin() + take);
        endInsertRows();
        emit countChanged();
    }
    if (!m_pending.empty())
        m_passTimer.start();
    if (wasSettled != settled())
        emit settledChanged();
}

void VisibleNodesModel::onRebuilt()
{
    // Keep the rows (and their delegates) of nodes that still exist, under their new index.
    std::vector<int> rows(m_rows.size());
    m_rowOfNode.assign(std::size_t(m_scene->count()), -1);
    std::vector<char> gone(m_rows.size(), 0);
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        rows[r] = m_scene->indexOf(m_rowIds[r]);
        gone[r] = rows[r] < 0;
    }
    m_rows = rows;
    const auto goneCount = std::count(gone.begin(), gone.end(), char(1));
    if (goneCount * 2 > std::ptrdiff_t(gone.size())) {
        // Mostly new nodes (another design): one reset instead of row-by-row removals.
        beginResetModel();
        m_rows.clear();
        m_rowIds.clear();
        m_pending.clear();
        endResetModel();
        emit countChanged();
        refresh();
        return;
    }
    for (int row = count() - 1; row >= 0; --row) {
        if (!gone[std::size_t(row)])
            continue;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        m_rowIds.erase(m_rowIds.begin() + row);
        endRemoveRows();
    }
    for (int r = 0; r < count(); ++r)
        m_rowOfNode[std::size_t(m_rows[std::size_t(r)])] = r;
    if (count() > 0)
        emit dataChanged(index(0), index(count() - 1));
    emit countChanged();
    refresh();
}

void VisibleNodesModel::onNodesUpdated(const QList<int> &nodes, const QList<int> &roles)
{
    bool visibilityMayChange = false;
    for (int node : nodes) {
        const int row = rowOf(node);
        if (row >= 0)
            emit dataChanged(index(row), index(row), roles);
        if (roles.contains(SceneModel::XRole) && (row >= 0) != wanted(node))
            visibilityMayChange = true;
    }
    if (visibilityMayChange)
        refresh();
}

} // namespace cw::gui
