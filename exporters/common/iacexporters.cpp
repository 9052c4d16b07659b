// SPDX-License-Identifier: MIT
#include "bicep/bicepexporter.h"
#include "common/exporter.h"
#include "terraform/terraformexporter.h"

namespace cw::exporters {

void registerIacExporters(ExporterRegistry &registry)
{
    registry.add(std::make_unique<TerraformExporter>());
    registry.add(std::make_unique<BicepExporter>());
}

} // namespace cw::exporters
