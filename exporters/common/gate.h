// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"
#include "rules/finding.h"

#include <string>
#include <vector>

/// The constraint gate: designs the provider would reject are not exported unless forced.
namespace cw::exporters {

/// Unsuppressed findings of constraint rules (RuleKind::Constraint), in report order.
std::vector<rules::Finding> blockingFindings(const Model &model);

/// "file:line:column: error: [RULE] message" for a finding of model.
std::string formatFinding(const Model &model, const rules::Finding &finding);

/// When blocking findings exist and options.force is off, fills result.errors with them (plus a
/// closing line saying how to override) and returns false; otherwise returns true.
bool passGate(const Model &model, const ExportOptions &options, ExportResult &result);

} // namespace cw::exporters
