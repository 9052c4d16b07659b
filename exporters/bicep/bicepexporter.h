// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"

namespace cw::exporters {

/// Azure subscriptions to Bicep: per subscription a folder <account-id>/ with main.bicep,
/// modules/<concern>.bicep, main.<environment>.bicepparam and README.md.
class BicepExporter : public Exporter
{
public:
    std::string id() const override { return "bicep"; }
    std::string displayName() const override { return "Bicep (Azure)"; }
    std::string description() const override
    {
        return "One Bicep deployment per Azure subscription (main.bicep, modules, .bicepparam), "
               "AVM style";
    }
    std::vector<std::string> outputFiles(const Model &model) const override;
    ExportResult generate(const ExportInput &input, const ExportOptions &options) const override;

private:
    /// The files, without the gate (outputFiles lists them whatever the findings).
    void buildFiles(const Model &model, ExportResult &result) const;
};

} // namespace cw::exporters
