// SPDX-License-Identifier: MIT
#pragma once

#include "scene/description.h"
#include "scene/style.h"

#include <QPointF>
#include <QSizeF>
#include <string>
#include <vector>

class QPainter;

namespace cw::scene {

/// What a picture shows besides the design.
struct PictureOptions
{
    std::string date; ///< title block date (YYYY-MM-DD); from the caller for determinism
    bool legend = true;
    bool badges = false; ///< finding badges on the elements
};

/// One legend entry: a swatch drawn like the boxes it stands for, and its words.
struct LegendItem
{
    enum class Swatch { Box, Card, Band, Connection, Badge };
    Swatch swatch = Swatch::Box;
    NodeType type = NodeType::Account; ///< Box/Card: the look of this node type...
    int tier = -1; ///< ...tier (subnets)...
    Provider provider = Provider::Aws; ///< ...and provider
    QString label;
};

/// A design as an exported picture at scale 1 (units = pixels at 96 DPI): title block on top,
/// the scene painted like the canvas (no grid, no selection), and a legend of what it uses.
class Picture
{
public:
    Picture(const Model &model, const layout::Geometry &geometry, const Badges &badges,
        PictureOptions options);

    /// Size of the whole picture.
    QSizeF size() const { return m_size; }
    /// Where the diagram sits: picture point = scene point + diagramOffset().
    QPointF diagramOffset() const { return m_offset; }
    /// The scene painted (badges only with PictureOptions::badges).
    const Scene &scene() const { return m_scene; }
    /// Rect of the element or zone column id in picture coordinates; null when not drawn.
    QRectF pictureRect(const QString &id) const;
    /// The legend entries, in order: only kinds of boxes and lines the picture shows.
    const std::vector<LegendItem> &legend() const { return m_legend; }
    const SceneStyle &style() const { return m_style; }

    /// Paints the picture with its top-left corner at the painter's origin; vector icons for
    /// SVG and PDF output, images otherwise.
    /// cutNames, when given, receives the nodes whose name could not be shown in full.
    void paint(QPainter &painter, bool vectorIcons, std::vector<int> *cutNames = nullptr) const;
    /// The design's name (the title block's title).
    QString title() const { return m_title; }

private:
    void paintTitle(QPainter &p) const;
    void paintLegend(QPainter &p) const;

    Scene m_scene;
    SceneStyle m_style;
    PictureOptions m_options;
    QString m_title, m_details;
    std::vector<LegendItem> m_legend;
    QPointF m_offset;
    double m_legendY = 0;
    int m_legendColumns = 1;
    QSizeF m_size;
};

/// The legend entries for a scene: each provider's accounts and networks, zone columns, the
/// subnet tiers, cards, bands, externals and connections it has, and badges when shown.
std::vector<LegendItem> legendFor(const Scene &scene, bool badges);

} // namespace cw::scene
