// SPDX-License-Identifier: MIT
#pragma once

#include "scene.h"
#include "spatialindex.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QtQml/qqml.h>

namespace cw::gui {

/// Every drawable node of the design (accounts, networks, zone columns, subnets, services,
/// externals) with geometry, labels, badge counts and selection state. The canvas does not
/// draw from this model directly but from VisibleNodesModel, which culls it to the viewport.
class SceneModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SceneModel belongs to an Editor")
    Q_PROPERTY(QRectF bounds READ bounds NOTIFY boundsChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TypeRole,
        ParentIdRole,
        DepthRole,
        XRole,
        YRole,
        WidthRole,
        HeightRole,
        KindRole,
        LabelRole,
        SubLabelRole,
        IconRole,
        InitialsRole,
        CategoryRole,
        TierRole,
        SpanningRole,
        AzureRole,
        BadgeCountRole,
        BadgeSeverityRole,
        SelectedRole,
        HighlightedRole,
        DropTargetRole,
    };
    Q_ENUM(Roles)
    /// Mirrors NodeType for QML.
    enum NodeKind { Account, Network, Zone, Subnet, Service, External };
    Q_ENUM(NodeKind)

    explicit SceneModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The value of role for node i (shared with VisibleNodesModel).
    QVariant nodeData(int i, int role) const;

    int count() const { return int(m_scene.nodes.size()); }
    QRectF bounds() const { return m_scene.bounds; }
    const Scene &scene() const { return m_scene; }
    const SceneNode &node(int i) const { return m_scene.nodes[std::size_t(i)]; }
    int indexOf(const QString &id) const { return m_scene.find(id); }
    /// Effective rect of node i, drag/resize preview included.
    QRectF rectOf(int i) const;

    /// Rebuilds every node from the model (structure changed or a new design).
    void rebuild(const Model &model);
    /// Lays the model out again after a pure geometry edit and updates the nodes that moved.
    void applyGeometry(const Model &model);
    /// Refreshes labels of ids after field edits that do not change the structure.
    void applyLabels(const Model &model, const QStringList &ids);

    /// Temporary rects while dragging or resizing (node -> rect); empty clears.
    void setPreview(const QHash<int, QRectF> &rects);
    bool hasPreview() const { return !m_preview.isEmpty(); }
    /// Node i has a preview rect (it is being dragged or resized).
    bool isPreviewed(int i) const { return m_preview.contains(i); }

    void setSelected(const QSet<QString> &ids);
    void setHighlighted(const QSet<QString> &ids);
    void setDropTarget(const QString &id);
    /// Per target id: (count, worst severity) of unsuppressed findings.
    void setBadges(const QHash<QString, QPair<int, int>> &badges);

    /// Nodes intersecting r, ascending.
    std::vector<int> nodesIn(const QRectF &r) const { return m_index.query(r); }
    /// The topmost node at p (highest depth, then latest); -1 when none. Skips nodes in
    /// exclude and, when containersOnly, services and externals.
    int nodeAt(const QPointF &p, bool containersOnly = false, const QSet<int> &exclude = {}) const;
    /// Indices of node i's descendants.
    std::vector<int> descendants(int i) const;
    bool isAncestor(int ancestor, int node) const;

signals:
    void boundsChanged();
    void countChanged();
    /// The node list was rebuilt: indices changed.
    void rebuilt();
    /// Data of these nodes changed (geometry, labels, badges, selection).
    void nodesUpdated(const QList<int> &nodes, const QList<int> &roles);

private:
    void emitUpdated(const QList<int> &nodes, const QList<int> &roles);
    void recomputeBounds();

    Scene m_scene;
    SpatialIndex m_index;
    QHash<int, QRectF> m_preview;
    std::vector<std::vector<int>> m_children;
    QSet<QString> m_selected;
    QSet<QString> m_highlighted;
    QString m_dropTarget;
    QHash<QString, QPair<int, int>> m_badges;
};

} // namespace cw::gui
