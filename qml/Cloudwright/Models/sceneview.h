// SPDX-License-Identifier: MIT
#pragma once

#include "editor.h"
#include "scene/painter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPoint>
#include <QPointer>
#include <QQuickItem>
#include <QTimer>
#include <QtQml/qqml.h>

class QSGTexture;

namespace cw::gui {

/// The canvas's drawing: the scene painted into cached 256-px tiles at the current zoom and
/// shown as a handful of image nodes. Panning only moves tiles (new ones are painted as they
/// come into view); zooming first scales the tiles it has and repaints them crisp once the zoom
/// rests; edits repaint only the tiles they touch. Thousands of elements therefore cost the
/// scene graph a few dozen nodes, which keeps frames short even with the software renderer.
/// Lives in screen coordinates: screen = scene * zoom + pan.
class SceneView : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cw::gui::Editor *editor READ editor WRITE setEditor NOTIFY editorChanged FINAL)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY viewChanged FINAL)
    Q_PROPERTY(double panX READ panX WRITE setPanX NOTIFY viewChanged FINAL)
    Q_PROPERTY(double panY READ panY WRITE setPanY NOTIFY viewChanged FINAL)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY styleChanged FINAL)
    Q_PROPERTY(bool grid READ grid WRITE setGrid NOTIFY styleChanged FINAL)
    Q_PROPERTY(bool previewActive MEMBER m_previewActive NOTIFY previewChanged FINAL)
    Q_PROPERTY(QRectF previewFrom MEMBER m_previewFrom NOTIFY previewChanged FINAL)
    Q_PROPERTY(QRectF previewTo MEMBER m_previewTo NOTIFY previewChanged FINAL)
    Q_PROPERTY(bool settled READ settled NOTIFY settledChanged FINAL)
    Q_PROPERTY(int tilesPainted READ tilesPainted NOTIFY settledChanged FINAL)

public:
    static constexpr int kTile = 256;

    explicit SceneView(QQuickItem *parent = nullptr);
    ~SceneView() override;

    Editor *editor() const { return m_editor; }
    void setEditor(Editor *editor);
    double zoom() const { return m_zoom; }
    void setZoom(double z);
    double panX() const { return m_pan.x(); }
    void setPanX(double x);
    double panY() const { return m_pan.y(); }
    void setPanY(double y);
    bool dark() const { return m_dark; }
    void setDark(bool dark);
    bool grid() const { return m_grid; }
    void setGrid(bool grid);
    /// Every visible tile is painted at the current zoom.
    bool settled() const { return m_settled; }
    /// Tiles painted so far (for tests and the benchmark).
    int tilesPainted() const { return m_painted; }
    /// Milliseconds of tile painting allowed per frame before the rest waits a frame.
    void setPaintBudget(double ms) { m_budgetMs = ms; }

signals:
    void editorChanged();
    void viewChanged();
    void styleChanged();
    void previewChanged();
    void settledChanged();

protected:
    void updatePolish() override;
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void releaseResources() override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    struct Tile
    {
        QImage image;
        QSGTexture *texture = nullptr;
        bool dirty = true; ///< content changed since painted
        bool newImage = false; ///< texture must be made again
    };
    using Tiles = QHash<QPoint, Tile>;

    QRectF tileRect(QPoint t, double level) const;
    QList<QPoint> visibleTiles(double level) const;
    /// Marks the tiles under sceneRect (grown by margin, scene units) for repainting.
    void invalidate(const QRectF &sceneRect, double margin = 0);
    void invalidateAll();
    void paintTile(QPoint t, Tile &tile);
    void snapshot();
    void onNodesUpdated(const QList<int> &nodes, const QList<int> &roles);
    void onRoutesChanged();
    void changed();
    void setSettled(bool s);
    void dropTextures(Tiles &tiles);

    QPointer<Editor> m_editor;
    double m_zoom = 1;
    QPointF m_pan;
    bool m_dark = false;
    bool m_grid = true;
    scene::SceneStyle m_style = scene::SceneStyle::light();
    double m_level = 0; ///< zoom the tiles in m_tiles are painted at (0 = none yet)
    Tiles m_tiles;
    double m_oldLevel = 0; ///< the previous level, shown scaled until repainted
    Tiles m_old;
    QList<QSGTexture *> m_graveyard; ///< textures to delete on the render thread
    QTimer m_zoomRest;
    std::vector<QRectF> m_nodeRects; ///< rects as last painted, to repaint where nodes were
    std::vector<QRectF> m_routeBounds;
    QRectF m_selectedRoute; ///< bounds of the selected route as last painted
    bool m_settled = false;
    int m_painted = 0;
    double m_budgetMs = 10;
    bool m_previewActive = false;
    QRectF m_previewFrom;
    QRectF m_previewTo;
};

} // namespace cw::gui
