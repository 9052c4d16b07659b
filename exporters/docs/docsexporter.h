// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"

namespace cw::exporters {

/// The architecture document: README.md generated from the model (environment structure,
/// network design with CIDR tables, compute, data, edge and security, Well-Architected review
/// from the input's findings) plus the high-level diagram it embeds (architecture.png) and the
/// same design as a Mermaid flowchart that GitHub renders.
/// Options: "date" (title block, default today; the caller runs the rules with the same date),
/// "scale" for the PNG.
class DocsExporter : public Exporter
{
public:
    std::string id() const override { return "markdown"; }
    std::string displayName() const override { return "Architecture document (Markdown)"; }
    std::string description() const override;
    std::vector<std::string> outputFiles(const Model &model) const override;
    std::vector<ExportOptionSpec> optionSpecs() const override;
    ExportResult generate(const ExportInput &input, const ExportOptions &options) const override;
};

/// The README.md text alone (no picture), for golden tests: the overview embeds the Mermaid
/// exporter's flowchart of input, the review lists input.report's findings.
std::string architectureDocument(const ExportInput &input, const std::string &date);

} // namespace cw::exporters
