// SPDX-License-Identifier: MIT
#include "scenemodel.h"

#include "layout/layout.h"

namespace cw::gui {

/// The canvas takes node rects from the layout; routes come from ConnectionsModel.
static const cw::layout::Options kPlacementOnly { .route = false };

static const QList<int> kGeometryRoles { SceneModel::XRole, SceneModel::YRole,
    SceneModel::WidthRole, SceneModel::HeightRole };

SceneModel::SceneModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_index(768)
{ }

int SceneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SceneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return nodeData(index.row(), role);
}

QHash<int, QByteArray> SceneModel::roleNames() const
{
    return { { IdRole, "nodeId" }, { TypeRole, "nodeType" }, { ParentIdRole, "parentId" },
        { DepthRole, "depth" }, { XRole, "nodeX" }, { YRole, "nodeY" }, { WidthRole, "nodeWidth" },
        { HeightRole, "nodeHeight" }, { KindRole, "kind" }, { LabelRole, "label" },
        { SubLabelRole, "subLabel" }, { IconRole, "icon" }, { InitialsRole, "initials" },
        { CategoryRole, "category" }, { TierRole, "tier" }, { SpanningRole, "spanning" },
        { AzureRole, "azure" }, { BadgeCountRole, "badgeCount" },
        { BadgeSeverityRole, "badgeSeverity" }, { SelectedRole, "selected" },
        { HighlightedRole, "highlighted" }, { DropTargetRole, "dropTarget" },
        { Qt::DisplayRole, "display" } };
}

QRectF SceneModel::rectOf(int i) const
{
    if (!m_preview.isEmpty())
        if (auto it = m_preview.constFind(i); it != m_preview.constEnd())
            return *it;
    return node(i).rect;
}

QVariant SceneModel::nodeData(int i, int role) const
{
    if (i < 0 || i >= count())
        return {};
    const SceneNode &n = node(i);
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return n.label;
    case IdRole:
        return n.id;
    case TypeRole:
        return int(n.type);
    case ParentIdRole:
        return n.parent < 0 ? QString() : node(n.parent).id;
    case DepthRole:
        return n.depth;
    case XRole:
        return rectOf(i).x();
    case YRole:
        return rectOf(i).y();
    case WidthRole:
        return rectOf(i).width();
    case HeightRole:
        return rectOf(i).height();
    case KindRole:
        return n.kind;
    case SubLabelRole:
        return n.subLabel;
    case IconRole:
        return n.icon;
    case InitialsRole:
        return n.initials;
    case CategoryRole:
        return n.category;
    case TierRole:
        return n.tier;
    case SpanningRole:
        return n.spanning;
    case AzureRole:
        return n.azure;
    case BadgeCountRole:
        return m_badges.value(n.id).first;
    case BadgeSeverityRole:
        return m_badges.contains(n.id) ? m_badges.value(n.id).second : -1;
    case SelectedRole:
        return m_selected.contains(n.id);
    case HighlightedRole:
        return m_highlighted.contains(n.id);
    case DropTargetRole:
        return !m_dropTarget.isEmpty() && m_dropTarget == n.id;
    }
    return {};
}

void SceneModel::rebuild(const Model &model)
{
    beginResetModel();
    const int before = count();
    m_preview.clear();
    m_scene = buildScene(model, cw::layout::layout(model, kPlacementOnly));
    m_index.clear();
    m_children.assign(m_scene.nodes.size(), {});
    for (int i = 0; i < count(); ++i) {
        m_index.set(i, node(i).rect);
        if (node(i).parent >= 0)
            m_children[std::size_t(node(i).parent)].push_back(i);
    }
    endResetModel();
    if (before != count())
        emit countChanged();
    emit boundsChanged();
    emit rebuilt();
}

void SceneModel::applyGeometry(const Model &model)
{
    // One stored rect may move others (pushed siblings, grown containers, re-stacked columns):
    // the whole placement runs again, as it does for the exporters, and changed nodes update.
    const cw::layout::Geometry g = cw::layout::layout(model, kPlacementOnly);
    QList<int> changed;
    for (int i = 0; i < count(); ++i) {
        const auto *n = g.find(m_scene.nodes[std::size_t(i)].id.toStdString());
        const QRectF r = n ? toQRect(n->rect) : QRectF();
        if (r == node(i).rect)
            continue;
        m_scene.nodes[std::size_t(i)].rect = r;
        m_index.set(i, r);
        changed << i;
    }
    recomputeBounds();
    emitUpdated(changed, kGeometryRoles);
}

void SceneModel::applyLabels(const Model &model, const QStringList &ids)
{
    QList<int> changed;
    for (const auto &id : ids) {
        const int i = indexOf(id);
        if (i < 0)
            continue;
        describeNode(model, m_scene.nodes[std::size_t(i)]);
        changed << i;
    }
    emitUpdated(changed, { LabelRole, SubLabelRole, IconRole, InitialsRole, KindRole, TierRole });
}

void SceneModel::setPreview(const QHash<int, QRectF> &rects)
{
    QList<int> changed = m_preview.keys();
    for (auto it = rects.begin(); it != rects.end(); ++it)
        if (!m_preview.contains(it.key()))
            changed << it.key();
    m_preview = rects;
    for (int i : changed)
        m_index.set(i, rectOf(i));
    emitUpdated(changed, kGeometryRoles);
}

void SceneModel::setSelected(const QSet<QString> &ids)
{
    QList<int> changed;
    for (const auto &id : (ids - m_selected) + (m_selected - ids))
        if (int i = indexOf(id); i >= 0)
            changed << i;
    m_selected = ids;
    emitUpdated(changed, { SelectedRole });
}

void SceneModel::setHighlighted(const QSet<QString> &ids)
{
    QList<int> changed;
    for (const auto &id : (ids - m_highlighted) + (m_highlighted - ids))
        if (int i = indexOf(id); i >= 0)
            changed << i;
    m_highlighted = ids;
    emitUpdated(changed, { HighlightedRole });
}

void SceneModel::setDropTarget(const QString &id)
{
    if (id == m_dropTarget)
        return;
    QList<int> changed;
    for (const auto &x : { m_dropTarget, id })
        if (int i = indexOf(x); i >= 0)
            changed << i;
    m_dropTarget = id;
    emitUpdated(changed, { DropTargetRole });
}

void SceneModel::setBadges(const QHash<QString, QPair<int, int>> &badges)
{
    QList<int> changed;
    QSet<QString> keys;
    for (auto it = badges.begin(); it != badges.end(); ++it)
        keys.insert(it.key());
    for (auto it = m_badges.begin(); it != m_badges.end(); ++it)
        keys.insert(it.key());
    for (const auto &id : keys)
        if (badges.value(id) != m_badges.value(id))
            if (int i = indexOf(id); i >= 0)
                changed << i;
    m_badges = badges;
    emitUpdated(changed, { BadgeCountRole, BadgeSeverityRole });
}

int SceneModel::nodeAt(const QPointF &p, bool containersOnly, const QSet<int> &exclude) const
{
    int best = -1;
    for (int i : m_index.query(QRectF(p - QPointF(0.5, 0.5), QSizeF(1, 1)))) {
        const SceneNode &n = node(i);
        if (exclude.contains(i) || !rectOf(i).contains(p))
            continue;
        if (containersOnly && (n.type == NodeType::Service || n.type == NodeType::External))
            continue;
        if (best < 0 || n.depth > node(best).depth || (n.depth == node(best).depth && i > best))
            best = i;
    }
    return best;
}

std::vector<int> SceneModel::descendants(int i) const
{
    std::vector<int> out;
    std::vector<int> stack { i };
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        for (int c : m_children[std::size_t(n)]) {
            out.push_back(c);
            stack.push_back(c);
        }
    }
    return out;
}

bool SceneModel::isAncestor(int ancestor, int n) const
{
    for (int p = node(n).parent; p >= 0; p = node(p).parent)
        if (p == ancestor)
            return true;
    return false;
}

void SceneModel::recomputeBounds()
{
    QRectF b;
    for (const auto &n : m_scene.nodes)
        b = b.isNull() ? n.rect : b.united(n.rect);
    if (b != m_scene.bounds) {
        m_scene.bounds = b;
        emit boundsChanged();
    }
}

void SceneModel::emitUpdated(const QList<int> &nodes, const QList<int> &roles)
{
    if (nodes.isEmpty())
        return;
    for (int i : nodes)
        emit dataChanged(index(i), index(i), roles);
    emit nodesUpdated(nodes, roles);
}

} // namespace cw::gui
