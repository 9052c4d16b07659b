// SPDX-License-Identifier: MIT
#pragma once

#include "scenemodel.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqml.h>

namespace cw::gui {

/// The nodes of a SceneModel that intersect the viewport, so the canvas creates delegates only
/// for what can be seen. Panning adds and removes rows incrementally (delegates on screen are
/// kept); nodes smaller than a few pixels at the current zoom are left out (level of detail);
/// large batches of new rows are spread over several passes so no frame stalls.
class VisibleNodesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("VisibleNodesModel belongs to an Editor")
    Q_PROPERTY(QRectF viewport READ viewport WRITE setViewport NOTIFY viewportChanged FINAL)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY zoomChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)
    Q_PROPERTY(bool settled READ settled NOTIFY settledChanged FINAL)
    Q_PROPERTY(int batchSize READ batchSize WRITE setBatchSize NOTIFY batchSizeChanged FINAL)

public:
    explicit VisibleNodesModel(SceneModel *scene, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QRectF viewport() const { return m_viewport; }
    void setViewport(const QRectF &r);
    double zoom() const { return m_zoom; }
    void setZoom(double z);
    int count() const { return int(m_rows.size()); }
    bool settled() const { return m_pending.empty(); }
    int batchSize() const { return m_batch; }
    void setBatchSize(int n);

    /// Scene node of a row.
    int nodeAt(int row) const { return m_rows[std::size_t(row)]; }
    /// Row of a scene node, or -1 when it is not visible.
    int rowOf(int node) const;
    /// Smallest on-screen size (px) at which a node gets a row: smaller ones cannot be read or
    /// pointed at, and leaving them out keeps far-out views of large designs light.
    static constexpr double kMinScreenSize = 40;

signals:
    void viewportChanged();
    void zoomChanged();
    void countChanged();
    void settledChanged();
    void batchSizeChanged();

private:
    void refresh();
    void insertPending();
    void onRebuilt();
    void onNodesUpdated(const QList<int> &nodes, const QList<int> &roles);
    bool wanted(int node) const;

    SceneModel *m_scene;
    QRectF m_viewport;
    double m_zoom = 1;
    std::vector<int> m_rows;
    std::vector<QString> m_rowIds;
    std::vector<int> m_rowOfNode; ///< node -> row, -1
    std::vector<int> m_pending; ///< nodes waiting for a row
    QTimer m_passTimer;
    int m_batch = 400;
};

} // namespace cw::gui
