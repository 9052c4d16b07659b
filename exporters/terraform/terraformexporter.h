// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"

namespace cw::exporters {

/// AWS accounts to Terraform: one root module per account (folder <account-id>/) with
/// versions.tf, providers.tf, variables.tf, one file per concern, outputs.tf and README.md.
class TerraformExporter : public Exporter
{
public:
    std::string id() const override { return "terraform"; }
    std::string displayName() const override { return "Terraform (AWS)"; }
    std::string description() const override
    {
        return "One Terraform root module per AWS account (hashicorp/aws ~> 6.0), fmt-clean";
    }
    std::vector<std::string> outputFiles(const Model &model) const override;
    ExportResult generate(const ExportInput &input, const ExportOptions &options) const override;

private:
    /// The files, without the gate (outputFiles lists them whatever the findings).
    void buildFiles(const Model &model, ExportResult &result) const;
};

} // namespace cw::exporters
