// SPDX-License-Identifier: MIT
#pragma once

#include "scenemodel.h"

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QTimer>
#include <QtQml/qqml.h>

namespace cw::gui {

/// An overview of the whole design with the visible area outlined. The design is painted once
/// into a cached image (again only after edits, at most every 200 ms); panning only repaints
/// the outline. Clicking or dragging in it asks the canvas to centre that point.
class Minimap : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cw::gui::SceneModel *scene READ scene WRITE setScene NOTIFY sceneChanged FINAL)
    Q_PROPERTY(QRectF viewport READ viewport WRITE setViewport NOTIFY viewportChanged FINAL)
    Q_PROPERTY(QColor background MEMBER m_background NOTIFY styleChanged FINAL)
    Q_PROPERTY(QColor accent MEMBER m_accent NOTIFY styleChanged FINAL)
    Q_PROPERTY(bool dark MEMBER m_dark NOTIFY styleChanged FINAL)

public:
    explicit Minimap(QQuickItem *parent = nullptr);

    SceneModel *scene() const { return m_scene; }
    void setScene(SceneModel *scene);
    QRectF viewport() const { return m_viewport; }
    void setViewport(const QRectF &r);

    /// The scene point shown at an item point.
    Q_INVOKABLE QPointF toScene(double x, double y) const;
    void paint(QPainter *painter) override;

signals:
    void sceneChanged();
    void viewportChanged();
    void styleChanged();

private:
    void invalidate();
    QTransform mapping() const;

    QPointer<SceneModel> m_scene;
    QRectF m_viewport;
    QImage m_cache;
    bool m_dirty = true;
    QTimer m_throttle;
    QColor m_background { Qt::white };
    QColor m_accent { 0x1f, 0x6f, 0xeb };
    bool m_dark = false;
};

} // namespace cw::gui
