// SPDX-License-Identifier: MIT
#include "bicep/bicepexporter.h"
#include "common/exporter.h"
#include "diagram/diagramexporter.h"
#include "docs/docsexporter.h"
#include "drawio/drawioexporter.h"
#include "mermaid/mermaidexporter.h"
#include "terraform/terraformexporter.h"

namespace cw::exporters {

void registerBuiltinExporters(ExporterRegistry &registry)
{
    registry.add(std::make_unique<TerraformExporter>());
    registry.add(std::make_unique<BicepExporter>());
    registry.add(std::make_unique<DrawioExporter>());
    registry.add(std::make_unique<MermaidExporter>());
    registry.add(std::make_unique<DiagramExporter>(DiagramExporter::Format::Png));
    registry.add(std::make_unique<DiagramExporter>(DiagramExporter::Format::Svg));
    registry.add(std::make_unique<DiagramExporter>(DiagramExporter::Format::Pdf));
    registry.add(std::make_unique<DocsExporter>());
}

} // namespace cw::exporters
