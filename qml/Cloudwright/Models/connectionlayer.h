// SPDX-License-Identifier: MIT
#pragma once

#include "connectionsmodel.h"

#include <QColor>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqml.h>

class QSGTexture;

namespace cw::gui {

/// Draws the routed connections inside the viewport as scene-graph rectangles (orthogonal
/// segments), arrow heads and protocol labels: no QML object per connection, so thousands of
/// connections cost nothing while panning. Lives in scene coordinates (a child of the
/// zoomed world item); line widths stay constant on screen.
class ConnectionLayer : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cw::gui::ConnectionsModel *model READ model WRITE setModel NOTIFY modelChanged FINAL)
    Q_PROPERTY(QRectF viewport READ viewport WRITE setViewport NOTIFY viewportChanged FINAL)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY zoomChanged FINAL)
    Q_PROPERTY(QColor lineColor MEMBER m_lineColor NOTIFY styleChanged FINAL)
    Q_PROPERTY(QColor selectedColor MEMBER m_selectedColor NOTIFY styleChanged FINAL)
    Q_PROPERTY(QColor labelColor MEMBER m_labelColor NOTIFY styleChanged FINAL)
    Q_PROPERTY(QColor labelBackground MEMBER m_labelBackground NOTIFY styleChanged FINAL)
    Q_PROPERTY(bool previewActive MEMBER m_previewActive NOTIFY previewChanged FINAL)
    Q_PROPERTY(QRectF previewFrom MEMBER m_previewFrom NOTIFY previewChanged FINAL)
    Q_PROPERTY(QRectF previewTo MEMBER m_previewTo NOTIFY previewChanged FINAL)
    Q_PROPERTY(int drawnCount READ drawnCount FINAL)

public:
    explicit ConnectionLayer(QQuickItem *parent = nullptr);
    ~ConnectionLayer() override;

    ConnectionsModel *model() const { return m_model; }
    void setModel(ConnectionsModel *model);
    QRectF viewport() const { return m_viewport; }
    void setViewport(const QRectF &r);
    double zoom() const { return m_zoom; }
    void setZoom(double z);
    /// Connections drawn in the last frame (read after rendering; no change signal because it is
    /// set on the render thread).
    int drawnCount() const { return m_drawn; }

signals:
    void modelChanged();
    void viewportChanged();
    void zoomChanged();
    void styleChanged();
    void previewChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void releaseResources() override;

private:
    QSGTexture *texture(const QString &key, const std::function<QImage()> &make);
    void addRoute(
        QSGNode *root, const Route &route, const QColor &color, double width, const QString &label);
    void releaseTextures();

    QPointer<ConnectionsModel> m_model;
    QRectF m_viewport;
    QRectF m_covered; ///< the area last drawn (viewport plus margin)
    double m_zoom = 1;
    QColor m_lineColor { 0x55, 0x60, 0x70 };
    QColor m_selectedColor { 0x1f, 0x6f, 0xeb };
    QColor m_labelColor { 0x33, 0x3b, 0x45 };
    QColor m_labelBackground { Qt::white };
    bool m_previewActive = false;
    QRectF m_previewFrom;
    QRectF m_previewTo;
    QHash<QString, QSGTexture *> m_textures;
    int m_drawn = 0;
};

} // namespace cw::gui
