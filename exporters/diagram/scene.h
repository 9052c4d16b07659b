// SPDX-License-Identifier: MIT
#pragma once

#include "layout/layout.h"
#include "model/model.h"
#include "rules/engine.h"

#include <QSizeF>
#include <map>
#include <string>

class QPainter;

/// Paints a model the way the canvas shows it, for the PNG, SVG and PDF exporters.
namespace cw::exporters::diagram {

/// What a painted diagram shows besides the model.
struct SceneOptions
{
    std::string date; ///< title block date (YYYY-MM-DD); from the caller for determinism
    bool badges = false; ///< finding badges on the elements
    bool legend = true;
    std::map<std::string, std::pair<int, int>> findings; ///< id -> (count, worst severity 0..4)
};

/// A model laid out and ready to paint at scale 1 (scene units = pixels at 96 DPI).
class Scene
{
public:
    /// geometry is the caller's layout::layout(model), shared with the other formats.
    Scene(const Model &model, const layout::Geometry &geometry, SceneOptions options);

    /// Size of the whole picture: title block, diagram, legend.
    QSizeF size() const { return m_size; }
    /// Paints the picture with its top-left corner at the painter's origin.
    void paint(QPainter &painter) const;

private:
    void paintTitle(QPainter &p) const;
    void paintNodes(QPainter &p) const;
    void paintRoutes(QPainter &p) const;
    void paintLegend(QPainter &p) const;

    const Model &m_model;
    SceneOptions m_options;
    layout::Geometry m_geometry;
    double m_dx = 0; ///< scene -> picture offset of the diagram area
    double m_dy = 0;
    double m_legendY = 0;
    QSizeF m_size;
};

/// A report's findings per target, for badges (unsuppressed only).
std::map<std::string, std::pair<int, int>> findingCounts(const rules::Report &report);

} // namespace cw::exporters::diagram
