// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"

/// PNG, SVG and PDF pictures of a design, painted with QPainter. Needs a QGuiApplication
/// (QT_QPA_PLATFORM=offscreen works headless).
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

private:
    Format m_format;
};

/// The PNG bytes of the input's diagram; errors (bad option values) go to *error.
std::string renderPng(const ExportInput &input, const ExportOptions &options, std::string *error);

} // namespace cw::exporters
