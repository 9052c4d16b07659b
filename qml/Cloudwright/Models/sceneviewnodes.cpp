// SPDX-License-Identifier: MIT
// SceneView: the scene-graph side (tiles as image nodes, the connection preview, textures).
#include "sceneview.h"

#include <QQuickWindow>
#include <QRunnable>
#include <QSGImageNode>
#include <QSGRectangleNode>
#include <QSGTexture>
#include <QSGTransformNode>
#include <algorithm>
#include <cmath>

namespace cw::gui {
namespace {

/// Deletes textures on the render thread.
class Graveyard : public QRunnable
{
public:
    explicit Graveyard(QList<QSGTexture *> t)
        : m_textures(std::move(t))
    { }
    void run() override { qDeleteAll(m_textures); }

private:
    QList<QSGTexture *> m_textures;
};

} // namespace

void SceneView::dropTextures(Tiles &tiles)
{
    for (auto &t : tiles)
        if (t.texture) {
            m_graveyard << t.texture;
            t.texture = nullptr;
        }
}

QSGNode *SceneView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    // A transform node as root: Qt 6.4's software renderer gives children added later to a
    // plain QSGNode no parent transform or clip.
    QSGNode *root = old ? old : new QSGTransformNode;
    while (QSGNode *c = root->firstChild()) {
        root->removeChildNode(c);
        delete c;
    }
    qDeleteAll(m_graveyard);
    m_graveyard.clear();
    if (!m_editor || !window())
        return root;
    auto *background = window()->createRectangleNode();
    background->setRect(boundingRect());
    background->setColor(m_style.background);
    root->appendChildNode(background);
    const QRectF bounds = boundingRect();
    auto show = [&](Tiles &tiles, double level) {
        if (level <= 0)
            return;
        for (auto it = tiles.begin(); it != tiles.end(); ++it) {
            Tile &tile = it.value();
            if (tile.image.isNull())
                continue;
            const QRectF s = tileRect(it.key(), level);
            const QRectF r(s.left() * m_zoom + m_pan.x(), s.top() * m_zoom + m_pan.y(),
                s.width() * m_zoom, s.height() * m_zoom);
            if (!r.intersects(bounds))
                continue;
            if (tile.newImage || !tile.texture) {
                delete tile.texture;
                tile.texture = window()->createTextureFromImage(tile.image);
                tile.newImage = false;
            }
            auto *n = window()->createImageNode();
            n->setTexture(tile.texture);
            n->setOwnsTexture(false);
            n->setFiltering(
                qFuzzyCompare(level, m_zoom) ? QSGTexture::Nearest : QSGTexture::Linear);
            // Whole pixels at rest, so tiles meet without seams.
            n->setRect(qFuzzyCompare(level, m_zoom)
                    ? QRectF(std::round(r.x()), std::round(r.y()), kTile, kTile)
                    : r);
            root->appendChildNode(n);
        }
    };
    show(m_old, m_oldLevel);
    show(m_tiles, m_level);
    if (m_previewActive && m_previewFrom.isValid()) {
        const auto route
            = cw::layout::quickRoutes({ { fromQRect(m_previewFrom), fromQRect(m_previewTo) } })
                  .front();
        for (std::size_t k = 1; k < route.points.size(); ++k) {
            const QPointF a
                = QPointF(route.points[k - 1].x, route.points[k - 1].y) * m_zoom + m_pan,
                b = QPointF(route.points[k].x, route.points[k].y) * m_zoom + m_pan;
            auto *seg = window()->createRectangleNode();
            seg->setRect(QRectF(QPointF(std::min(a.x(), b.x()) - 1.2, std::min(a.y(), b.y()) - 1.2),
                QPointF(std::max(a.x(), b.x()) + 1.2, std::max(a.y(), b.y()) + 1.2)));
            seg->setColor(m_style.accent);
            root->appendChildNode(seg);
        }
    }
    return root;
}

void SceneView::releaseResources()
{
    dropTextures(m_tiles);
    dropTextures(m_old);
    if (m_graveyard.isEmpty())
        return;
    auto *job = new Graveyard(m_graveyard);
    m_graveyard.clear();
    if (window())
        window()->scheduleRenderJob(job, QQuickWindow::BeforeSynchronizingStage);
    else {
        job->run();
        delete job;
    }
}

} // namespace cw::gui
