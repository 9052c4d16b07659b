// SPDX-License-Identifier: MIT
#pragma once

#include "layout/layout.h"
#include "scenemodel.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QtQml/qqml.h>

namespace cw::gui {

/// The design's connections with their orthogonal routes between scene nodes (the layout
/// engine's router, as in exported diagrams), a spatial index over the routes (culling, hit
/// tests) and the selection state.
class ConnectionsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ConnectionsModel belongs to an Editor")
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1, ///< id, or "#<index>" without one
        FromRole,
        ToRole,
        ProtocolRole,
        PortRole,
        LabelRole, ///< "HTTPS 443"
        SelectedRole,
    };
    Q_ENUM(Roles)

    explicit ConnectionsModel(SceneModel *scene, QObject *parent = nullptr);
    ~ConnectionsModel() override;

    /// Designs with more connections than this are routed by the engine on a worker thread
    /// (quick elbows meanwhile for the routes whose ends moved).
    static constexpr int kSyncRoutes = 150;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_items.size()); }

    /// Rebuilds the list from the model (kept for later routing) and routes it.
    void rebuild(const Model &model);
    /// Re-routes after nodes moved: every connection with the layout engine's router; during
    /// a drag or resize preview only those of the moving nodes, with quick elbows.
    void reroute();
    /// Blocks until the engine's routes of a large design are in (tests, screenshots).
    void waitForRoutes();

    /// Connection row nearest to p within tolerance (scene units), or -1.
    int connectionAt(const QPointF &p, double tolerance) const;
    int rowOfKey(const QString &key) const;
    /// Rows whose route bounds intersect r.
    std::vector<int> rowsIn(const QRectF &r) const { return m_index.query(r); }
    const Route &route(int row) const { return m_routes[std::size_t(row)]; }
    QString key(int row) const { return m_items[std::size_t(row)].key; }
    QString labelOf(int row) const { return m_items[std::size_t(row)].label; }
    QString fromOf(int row) const { return m_items[std::size_t(row)].from; }
    QString toOf(int row) const { return m_items[std::size_t(row)].to; }
    bool isSelected(int row) const { return m_items[std::size_t(row)].key == m_selected; }

    void setSelectedKey(const QString &key);
    QString selectedKey() const { return m_selected; }

signals:
    void countChanged();
    /// Routes or selection changed: the layer redraws.
    void routesChanged();

private:
    cw::layout::Geometry engineGeometry() const;
    void applyEngine(const std::vector<cw::layout::Route> &routes);
    void startEngine();
    void reindex();

    struct Item
    {
        QString key, from, to, protocol, label;
        int port = 0;
    };
    std::vector<Item> m_items;
    std::vector<Route> m_routes;
    SpatialIndex m_index;
    SceneModel *m_scene;
    const Model *m_model = nullptr; ///< the document's model, for the engine's router
    std::vector<std::pair<QRectF, QRectF>> m_ends; ///< end rects each route was made for
    int m_generation = 0;
    QList<QFutureWatcher<std::vector<cw::layout::Route>> *> m_pending;
    QString m_selected;
};

} // namespace cw::gui
