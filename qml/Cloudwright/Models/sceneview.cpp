// SPDX-License-Identifier: MIT
// SceneView: view state, tile cache, invalidation and painting (sceneviewnodes.cpp: the
// scene-graph side).
#include "sceneview.h"

#include "canvassource.h"

#include <QPainter>
#include <QSGTexture>
#include <algorithm>
#include <cmath>

namespace cw::gui {
namespace {

constexpr int kMaxTiles = 400; // ~100 MB of 256-px tiles at most

} // namespace

SceneView::SceneView(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    m_zoomRest.setSingleShot(true);
    m_zoomRest.setInterval(140);
    connect(&m_zoomRest, &QTimer::timeout, this, [this] {
        polish();
        update();
    });
    connect(this, &SceneView::previewChanged, this, &QQuickItem::update);
}

SceneView::~SceneView()
{
    releaseResources();
}

void SceneView::setEditor(Editor *editor)
{
    if (editor == m_editor)
        return;
    if (m_editor) {
        disconnect(m_editor->scene(), nullptr, this, nullptr);
        disconnect(m_editor->connections(), nullptr, this, nullptr);
    }
    m_editor = editor;
    if (m_editor) {
        connect(m_editor->scene(), &SceneModel::rebuilt, this, [this] {
            invalidateAll();
            snapshot();
        });
        connect(m_editor->scene(), &SceneModel::nodesUpdated, this, &SceneView::onNodesUpdated);
        connect(m_editor->connections(), &ConnectionsModel::routesChanged, this,
            &SceneView::onRoutesChanged);
        snapshot();
    }
    invalidateAll();
    emit editorChanged();
}

void SceneView::setZoom(double z)
{
    if (z <= 0 || qFuzzyCompare(z, m_zoom))
        return;
    m_zoom = z;
    // Scale what we have while the zoom moves; repaint crisp when it rests.
    if (m_level > 0)
        m_zoomRest.start();
    setSettled(false);
    emit viewChanged();
    changed();
}

void SceneView::setPanX(double x)
{
    if (qFuzzyCompare(x + 1, m_pan.x() + 1))
        return;
    m_pan.setX(x);
    emit viewChanged();
    changed();
}

void SceneView::setPanY(double y)
{
    if (qFuzzyCompare(y + 1, m_pan.y() + 1))
        return;
    m_pan.setY(y);
    emit viewChanged();
    changed();
}

void SceneView::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_style = dark ? scene::SceneStyle::dark() : scene::SceneStyle::light();
    invalidateAll();
    emit styleChanged();
}

void SceneView::setGrid(bool grid)
{
    if (grid == m_grid)
        return;
    m_grid = grid;
    invalidateAll();
    emit styleChanged();
}

void SceneView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    changed();
}

void SceneView::changed()
{
    polish();
    update();
}

void SceneView::setSettled(bool s)
{
    if (s == m_settled)
        return;
    m_settled = s;
    emit settledChanged();
}

QRectF SceneView::tileRect(QPoint t, double level) const
{
    const double size = kTile / level;
    return QRectF(t.x() * size, t.y() * size, size, size);
}

QList<QPoint> SceneView::visibleTiles(double level) const
{
    QList<QPoint> out;
    if (level <= 0 || width() <= 0 || height() <= 0)
        return out;
    const double size = kTile / level;
    const QRectF view(
        -m_pan.x() / m_zoom, -m_pan.y() / m_zoom, width() / m_zoom, height() / m_zoom);
    const int x0 = int(std::floor(view.left() / size)), x1 = int(std::floor(view.right() / size));
    const int y0 = int(std::floor(view.top() / size)), y1 = int(std::floor(view.bottom() / size));
    const QPointF c((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    for (int x = x0; x <= x1; ++x)
        for (int y = y0; y <= y1; ++y)
            out << QPoint(x, y);
    // The middle of the screen first, so partial frames show what the user looks at.
    std::sort(out.begin(), out.end(), [&](QPoint a, QPoint b) {
        return std::hypot(a.x() - c.x(), a.y() - c.y()) < std::hypot(b.x() - c.x(), b.y() - c.y());
    });
    return out;
}

void SceneView::snapshot()
{
    if (!m_editor)
        return;
    const SceneModel *s = m_editor->scene();
    m_nodeRects.resize(std::size_t(s->count()));
    for (int i = 0; i < s->count(); ++i)
        m_nodeRects[std::size_t(i)] = s->rectOf(i);
    const ConnectionsModel *c = m_editor->connections();
    m_routeBounds.resize(std::size_t(c->count()));
    m_selectedRoute = QRectF();
    for (int r = 0; r < c->count(); ++r) {
        m_routeBounds[std::size_t(r)] = c->route(r).bounds;
        if (c->isSelected(r))
            m_selectedRoute = c->route(r).bounds;
    }
}

void SceneView::invalidate(const QRectF &sceneRect, double margin)
{
    if (sceneRect.isNull())
        return;
    // Badges and selection frames reach a little outside a node.
    const double m = std::max(margin, 24 / std::min(m_zoom, 1.0));
    const QRectF r = sceneRect.adjusted(-m, -m, m, m);
    for (Tiles *tiles : { &m_tiles, &m_old })
        for (auto it = tiles->begin(); it != tiles->end(); ++it)
            if (!it->dirty
                && tileRect(it.key(), tiles == &m_tiles ? m_level : m_oldLevel).intersects(r))
                it->dirty = true;
    setSettled(false);
    changed();
}

void SceneView::invalidateAll()
{
    for (Tiles *tiles : { &m_tiles, &m_old })
        for (auto &t : *tiles)
            t.dirty = true;
    setSettled(false);
    changed();
}

void SceneView::onNodesUpdated(const QList<int> &nodes, const QList<int> &)
{
    const SceneModel *s = m_editor->scene();
    if (m_nodeRects.size() != std::size_t(s->count()))
        m_nodeRects.resize(std::size_t(s->count()));
    for (int i : nodes) {
        QRectF &known = m_nodeRects[std::size_t(i)];
        const QRectF now = s->rectOf(i);
        invalidate(known.isNull() ? now : known.united(now));
        known = now;
    }
}

void SceneView::onRoutesChanged()
{
    const ConnectionsModel *c = m_editor->connections();
    // Labels and arrow heads reach beyond a route's bounds; at any zoom the tiles were painted at.
    const double reach = scene::connectionReach(
        std::min({ m_zoom, m_level > 0 ? m_level : m_zoom, m_oldLevel > 0 ? m_oldLevel : m_zoom }));
    if (m_routeBounds.size() != std::size_t(c->count())) {
        for (const auto &b : m_routeBounds)
            invalidate(b, reach);
        m_routeBounds.assign(std::size_t(c->count()), QRectF());
    }
    QRectF selected;
    for (int r = 0; r < c->count(); ++r) {
        const QRectF b = c->route(r).bounds;
        QRectF &known = m_routeBounds[std::size_t(r)];
        if (b != known) {
            invalidate(known.isNull() ? b : known.united(b), reach);
            known = b;
        }
        if (c->isSelected(r))
            selected = b;
    }
    // A selection change repaints the route that lost it and the one that got it.
    if (selected != m_selectedRoute) {
        invalidate(m_selectedRoute, reach);
        invalidate(selected, reach);
        m_selectedRoute = selected;
    }
    changed();
}

void SceneView::paintTile(QPoint t, Tile &tile)
{
    if (tile.image.isNull())
        tile.image = QImage(kTile, kTile, QImage::Format_ARGB32_Premultiplied);
    tile.image.fill(m_style.background);
    const QRectF area = tileRect(t, m_level);
    QPainter p(&tile.image);
    p.scale(m_level, m_level);
    p.translate(-area.topLeft());
    scene::PaintOptions options;
    options.grid = m_grid;
    scene::paintScene(p, CanvasSource(*m_editor->scene(), m_editor->connections()), area, m_level,
        m_style, options);
    tile.dirty = false;
    tile.newImage = true;
    ++m_painted;
}

void SceneView::updatePolish()
{
    if (!m_editor || width() <= 0 || height() <= 0)
        return;
    // A new zoom level once the zoom rests (or at the very start), or at once when the zoom
    // has moved so far that the tiles would be blurred or many times too many (a fit from
    // close up, a jump to an element far away).
    const double ratio = m_level > 0 ? m_zoom / m_level : 0;
    const bool far = ratio > 2 || ratio < 0.5;
    if ((!m_zoomRest.isActive() || far) && !qFuzzyCompare(m_level, m_zoom)) {
        dropTextures(m_old);
        m_old = std::move(m_tiles);
        m_oldLevel = m_level;
        m_tiles.clear();
        m_level = m_zoom;
    }
    QElapsedTimer clock;
    clock.start();
    bool done = true;
    for (const QPoint t : visibleTiles(m_level)) {
        Tile &tile = m_tiles[t];
        if (!tile.dirty && !tile.image.isNull())
            continue;
        if (clock.nsecsElapsed() / 1e6 > m_budgetMs) {
            done = false;
            break;
        }
        paintTile(t, tile);
    }
    // Forget tiles far from view when the cache grows.
    if (m_tiles.size() > kMaxTiles) {
        const auto keep = visibleTiles(m_level);
        for (auto it = m_tiles.begin(); it != m_tiles.end();)
            if (!keep.contains(it.key())) {
                if (it->texture)
                    m_graveyard << it->texture;
                it = m_tiles.erase(it);
            } else {
                ++it;
            }
    }
    if (done && !m_zoomRest.isActive()) {
        dropTextures(m_old);
        m_old.clear();
        m_oldLevel = 0;
    }
    setSettled(done && !m_zoomRest.isActive());
    if (!done)
        polish(); // the rest next frame
    update();
}

} // namespace cw::gui
