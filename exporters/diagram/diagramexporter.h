// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"
#include "layout/layout.h"
#include "scene/picture.h"

#include <optional>

/// PNG, SVG and PDF pictures of a design, painted with the canvas's painter (cw_scene). Needs a
/// QGuiApplication (QT_QPA_PLATFORM=offscreen works headless).
namespace cw::exporters {

/// One picture format, drawn at the input's geometry with badges from the input's report.
/// Options: "date" (title block, default today), "badges" ("1": finding badges), "legend" ("0":
/// none); PNG also "scale" (default 1) and "dpi" (default 96 x scale); PDF also "paper" ("fit":
/// the page is the picture; a4, a3, a2, letter, legal, tabloid: scaled onto that sheet).
class DiagramExporter : public Exporter
{
public:
    enum class Format { Png, Svg, Pdf };
    explicit DiagramExporter(Format format)
        : m_format(format)
    { }

    std::string id() const override;
    std::string displayName() const override;
    std::string description() const override;
    std::vector<std::string> outputFiles(const Model &model) const override;
    std::vector<ExportOptionSpec> optionSpecs() const override;
    ExportResult generate(const ExportInput &input, const ExportOptions &options) const override;

    /// The file's bytes from what every exporter is given: the model, its one geometry and the
    /// findings (badges). Errors (bad option values, no QGuiApplication) go to result.errors.
    ExportResult generate(const Model &model, const layout::Geometry &geometry,
        const scene::Badges &findings, const ExportOptions &options) const;

private:
    Format m_format;
};

/// The picture the image formats paint for these options (title date, legend, badges); tests
/// compare its scene with the canvas's.
scene::Picture diagramPicture(const Model &model, const layout::Geometry &geometry,
    const scene::Badges &findings, const ExportOptions &options);

/// The PNG bytes of a picture; errors (bad option values) go to *error.
std::string renderPng(const Model &model, const layout::Geometry &geometry,
    const scene::Badges &findings, const ExportOptions &options, std::string *error);

/// The PNG bytes of the input's diagram (badges from its report); errors go to *error.
std::string renderPng(const ExportInput &input, const ExportOptions &options, std::string *error);

} // namespace cw::exporters
