// SPDX-License-Identifier: MIT
#include "minimap.h"

#include "scene/painter.h"

#include <QPainter>

namespace cw::gui {

Minimap::Minimap(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(200);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        m_dirty = true;
        update();
    });
    connect(this, &Minimap::styleChanged, this, [this] {
        m_dirty = true;
        update();
    });
    connect(this, &QQuickItem::widthChanged, this, &Minimap::invalidate);
    connect(this, &QQuickItem::heightChanged, this, &Minimap::invalidate);
}

void Minimap::setScene(SceneModel *scene)
{
    if (scene == m_scene)
        return;
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (m_scene) {
        connect(m_scene, &SceneModel::rebuilt, this, &Minimap::invalidate);
        connect(m_scene, &SceneModel::nodesUpdated, this,
            [this](const QList<int> &, const QList<int> &roles) {
                if (roles.contains(SceneModel::XRole)
                    || roles.contains(SceneModel::BadgeSeverityRole))
                    invalidate();
            });
    }
    emit sceneChanged();
    invalidate();
}

void Minimap::invalidate()
{
    if (!m_throttle.isActive())
        m_throttle.start();
}

void Minimap::setViewport(const QRectF &r)
{
    if (r == m_viewport)
        return;
    m_viewport = r;
    emit viewportChanged();
    update();
}

QTransform Minimap::mapping() const
{
    if (!m_scene || m_scene->bounds().isEmpty() || width() <= 8 || height() <= 8)
        return {};
    const QRectF b = m_scene->bounds().adjusted(-40, -40, 40, 40);
    const double s = std::min((width() - 8) / b.width(), (height() - 8) / b.height());
    const double ox = (width() - b.width() * s) / 2, oy = (height() - b.height() * s) / 2;
    return QTransform(s, 0, 0, s, ox - b.left() * s, oy - b.top() * s);
}

QPointF Minimap::toScene(double x, double y) const
{
    return mapping().inverted().map(QPointF(x, y));
}

void Minimap::paint(QPainter *p)
{
    const QSize size { int(width()), int(height()) };
    if (m_dirty || m_cache.size() != size) {
        m_dirty = false;
        m_cache = QImage(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        m_cache.fill(Qt::transparent);
        QPainter c(&m_cache);
        c.setRenderHint(QPainter::Antialiasing, false);
        if (m_scene) {
            const QTransform t = mapping();
            // The canvas's colours, so the overview reads like the view.
            const scene::SceneStyle style
                = m_dark ? scene::SceneStyle::dark() : scene::SceneStyle::light();
            for (const auto &n : m_scene->scene().nodes) {
                const QRectF r = t.mapRect(n.rect);
                if (n.type == NodeType::Zone || (r.width() < 0.6 && r.height() < 0.6))
                    continue;
                const scene::NodeLook look = scene::lookOf(style, n.type, n.tier, n.provider);
                switch (n.type) {
                case NodeType::Account:
                case NodeType::Network:
                    c.setPen(QPen(look.edge, 1));
                    c.setBrush(Qt::NoBrush);
                    break;
                case NodeType::Subnet: {
                    QColor f = look.edge;
                    f.setAlpha(90);
                    c.setPen(Qt::NoPen);
                    c.setBrush(f);
                    break;
                }
                default:
                    c.setPen(Qt::NoPen);
                    c.setBrush(style.line);
                    break;
                }
                c.drawRect(r);
            }
        }
    }
    p->drawImage(0, 0, m_cache);
    if (m_scene && m_viewport.isValid()) {
        const QRectF v = mapping().mapRect(m_viewport).intersected(QRectF(0, 0, width(), height()));
        QColor fill = m_accent;
        fill.setAlpha(40);
        p->setPen(QPen(m_accent, 1.5));
        p->setBrush(fill);
        p->drawRect(v);
    }
}

} // namespace cw::gui
