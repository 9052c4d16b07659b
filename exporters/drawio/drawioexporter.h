// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"

namespace cw::exporters {

/// Uncompressed, pretty-printed diagrams.net file: nested containers (account, network, zone
/// column, subnet) with geometry relative to their parent, AWS4 group and resource-icon styles
/// (Azure in Azure blue), and orthogonal edges labelled with protocol and port.
class DrawioExporter : public Exporter
{
public:
    std::string id() const override { return "drawio"; }
    std::string displayName() const override { return "draw.io diagram"; }
    std::string description() const override;
    std::vector<std::string> outputFiles(const Model &model) const override;
    ExportResult generate(const ExportInput &input, const ExportOptions &options) const override;
};

/// The .drawio document for model (one page), laid out by cw::layout.
std::string drawioDocument(const Model &model, const layout::Geometry &geometry);

} // namespace cw::exporters
