// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"

namespace cw::exporters {

/// The architecture document: README.md generated from the model (environment structure,
/// network design with CIDR tables, compute, data, edge and security, Well-Architected review
/// from the rules engine) plus the high-level diagram it embeds (architecture.png).
/// Options: "date" (title block and rule expiries, default today), "scale" for the PNG.
class DocsExporter : public Exporter
{
public:
    std::string id() const override { return "markdown"; }
    std::string displayName() const override { return "Architecture document (Markdown)"; }
    std::string description() const override;
    std::vector<std::string> outputFiles(const Model &model) const override;
    ExportResult generate(const Model &model, const ExportOptions &options) const override;
};

/// The README.md text alone (no picture), for golden tests.
std::string architectureDocument(const Model &model, const std::string &date);

/// Registers drawio, mermaid, png, svg, pdf and markdown.
void registerDiagramExportersInto(ExporterRegistry &registry);

} // namespace cw::exporters
