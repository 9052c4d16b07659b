// SPDX-License-Identifier: MIT
#include "connectionlayer.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QQuickWindow>
#include <QRunnable>
#include <QSGImageNode>
#include <QSGRectangleNode>
#include <QSGTexture>
#include <QSGTransformNode>
#include <cmath>

namespace cw::gui {
namespace {

/// Deletes textures on the render thread.
class TextureCleanup : public QRunnable
{
public:
    explicit TextureCleanup(QList<QSGTexture *> t)
        : m_textures(std::move(t))
    { }
    void run() override { qDeleteAll(m_textures); }

private:
    QList<QSGTexture *> m_textures;
};

constexpr double kLabelScale = 2.0; // label images are drawn at 2x for crisp zoom-in

QImage arrowImage(const QColor &color, int dir)
{
    QImage img(32, 32, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(16, 16);
    p.rotate(90.0 * dir);
    QPainterPath path;
    path.moveTo(14, 0);
    path.lineTo(-12, -11);
    path.lineTo(-12, 11);
    path.closeSubpath();
    p.fillPath(path, color);
    return img;
}

QImage labelImage(const QString &text, const QColor &fg, const QColor &bg)
{
    QFont font;
    font.setPixelSize(int(10.5 * kLabelScale));
    font.setWeight(QFont::DemiBold);
    const QFontMetricsF fm(font);
    const QSizeF size(fm.horizontalAdvance(text) + 12 * kLabelScale, fm.height() + 4 * kLabelScale);
    QImage img(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(fg.lighter(170), 1.2));
    p.setBrush(bg);
    p.drawRoundedRect(QRectF(QPointF(1, 1), size - QSizeF(2, 2)), 4 * kLabelScale, 4 * kLabelScale);
    p.setFont(font);
    p.setPen(fg);
    p.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter, text);
    return img;
}

} // namespace

ConnectionLayer::ConnectionLayer(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    connect(this, &ConnectionLayer::styleChanged, this, [this] {
        releaseTextures();
        update();
    });
    connect(this, &ConnectionLayer::previewChanged, this, &QQuickItem::update);
}

ConnectionLayer::~ConnectionLayer()
{
    releaseTextures();
}

void ConnectionLayer::setModel(ConnectionsModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &ConnectionsModel::routesChanged, this, &QQuickItem::update);
    emit modelChanged();
    update();
}

void ConnectionLayer::setViewport(const QRectF &r)
{
    if (r == m_viewport)
        return;
    m_viewport = r;
    emit viewportChanged();
    // Panning inside the area already drawn costs nothing: the world item moves.
    if (!m_covered.contains(r))
        update();
}

void ConnectionLayer::setZoom(double z)
{
    if (qFuzzyCompare(z, m_zoom) || z <= 0)
        return;
    m_zoom = z;
    emit zoomChanged();
    update();
}

void ConnectionLayer::releaseResources()
{
    releaseTextures();
}

void ConnectionLayer::releaseTextures()
{
    if (m_textures.isEmpty())
        return;
    auto *job = new TextureCleanup(m_textures.values());
    m_textures.clear();
    if (window())
        window()->scheduleRenderJob(job, QQuickWindow::BeforeSynchronizingStage);
    else {
        job->run();
        delete job;
    }
}

QSGTexture *ConnectionLayer::texture(const QString &key, const std::function<QImage()> &make)
{
    if (auto *t = m_textures.value(key))
        return t;
    QSGTexture *t = window()->createTextureFromImage(make());
    t->setFiltering(QSGTexture::Linear);
    m_textures.insert(key, t);
    return t;
}

void ConnectionLayer::addRoute(
    QSGNode *root, const Route &route, const QColor &color, double width, const QString &label)
{
    const auto &pts = route.points;
    for (int k = 1; k < pts.size(); ++k) {
        const QPointF a = pts[k - 1], b = pts[k];
        QRectF seg(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
            QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
        seg.adjust(-width / 2, -width / 2, width / 2, width / 2);
        auto *n = window()->createRectangleNode();
        n->setRect(seg);
        n->setColor(color);
        root->appendChildNode(n);
    }
    // Arrow head on the last segment, pointing into the target.
    const QPointF end = pts.back(), prev = pts[pts.size() - 2];
    const int dir = std::abs(end.x() - prev.x()) > std::abs(end.y() - prev.y())
        ? (end.x() > prev.x() ? 0 : 2)
        : (end.y() > prev.y() ? 1 : 3);
    const double s = 11 / m_zoom;
    auto *arrow = window()->createImageNode();
    arrow->setTexture(texture(QStringLiteral("arrow:%1:%2").arg(dir).arg(color.name()),
        [&] { return arrowImage(color, dir); }));
    arrow->setOwnsTexture(false);
    const QPointF back = dir == 0 ? QPointF(-s / 2, 0)
        : dir == 2                ? QPointF(s / 2, 0)
        : dir == 1                ? QPointF(0, -s / 2)
                                  : QPointF(0, s / 2);
    arrow->setRect(QRectF(end + back - QPointF(s / 2, s / 2), QSizeF(s, s)));
    root->appendChildNode(arrow);
    if (!label.isEmpty() && m_zoom >= 0.45) {
        QSGTexture *t = texture(QStringLiteral("label:") + color.name() + label, [&] {
            return labelImage(
                label, color == m_selectedColor ? color : m_labelColor, m_labelBackground);
        });
        const QSizeF size = QSizeF(t->textureSize()) / kLabelScale;
        auto *n = window()->createImageNode();
        n->setTexture(t);
        n->setOwnsTexture(false);
        n->setRect(QRectF(route.labelPos - QPointF(size.width() / 2, size.height() / 2), size));
        root->appendChildNode(n);
    }
}

QSGNode *ConnectionLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    // A transform node (identity) rather than a plain QSGNode: the software renderer of Qt 6.4
    // gives children added later to a plain node no parent transform or clip.
    QSGNode *root = old ? old : new QSGTransformNode;
    while (QSGNode *c = root->firstChild()) {
        root->removeChildNode(c);
        delete c;
    }
    m_drawn = 0;
    if (!m_model || !window())
        return root;
    const double mx = m_viewport.width() * 0.5, my = m_viewport.height() * 0.5;
    m_covered = m_viewport.adjusted(-mx, -my, mx, my);
    const double width = 1.6 / m_zoom;
    int selectedRow = -1;
    for (int row : m_model->rowsIn(m_covered)) {
        const Route &r = m_model->route(row);
        if (r.points.size() < 2)
            continue;
        if (m_model->isSelected(row)) {
            selectedRow = row; // drawn last, on top
            continue;
        }
        addRoute(root, r, m_lineColor, width, m_model->labelOf(row));
        ++m_drawn;
    }
    if (selectedRow >= 0) {
        addRoute(root, m_model->route(selectedRow), m_selectedColor, 2.8 / m_zoom,
            m_model->labelOf(selectedRow));
        ++m_drawn;
    }
    if (m_previewActive && m_previewFrom.isValid()) {
        const auto routes = routeAll({ { m_previewFrom, m_previewTo } });
        addRoute(root, routes.front(), m_selectedColor, 2.2 / m_zoom, QString());
    }
    return root;
}

} // namespace cw::gui
