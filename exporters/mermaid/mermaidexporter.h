// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"

namespace cw::exporters {

/// Mermaid `flowchart` that GitHub renders: nested subgraphs account → network → tier →
/// subnet → services, externals outside, connections labelled with protocol and port. Mermaid
/// cannot draw one box across several zones, so each tier is a group whose note lists its
/// subnets (name, CIDR, zone): services spanning the tier's subnets sit in the group, services of
/// one subnet in that subnet's own subgraph. Subgraph titles are one line (details in a note
/// node), every subgraph has a class, services take a shape by category.
class MermaidExporter : public Exporter
{
public:
    std::string id() const override { return "mermaid"; }
    std::string displayName() const override { return "Mermaid flowchart"; }
    std::string description() const override;
    std::vector<std::string> outputFiles(const Model &model) const override;
    ExportResult generate(const ExportInput &input, const ExportOptions &options) const override;
};

/// The flowchart text for model.
std::string mermaidFlowchart(const Model &model);

/// Label text for a quoted Mermaid label: every character Mermaid could read as syntax
/// (" # < > & ` [ ] ( ) { } | and line breaks) as an entity code, so names stay text.
std::string mermaidLabel(const std::string &text);

} // namespace cw::exporters
