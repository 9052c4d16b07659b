// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"
#include "rules/finding.h"

#include <string>
#include <vector>

/// The constraint gate: designs the provider would reject are not exported unless forced.
namespace cw::exporters {

/// Unsuppressed findings of constraint rules (RuleKind::Constraint) in report, in report order.
/// A constraint cannot be waived or disabled (SUP-003), so these are all constraint findings.
std::vector<rules::Finding> blockingFindings(const rules::Report &report);

/// "file:line:column: error: [RULE] message" for a finding of model.
std::string formatFinding(const Model &model, const rules::Finding &finding);

/// When input.report has blocking findings and options.force is off, fills result.errors with
/// them plus a closing count, sets result.gated and returns false; otherwise returns true. The
/// text names no command-line flag: each front end says how to override in its own terms.
bool passGate(const ExportInput &input, const ExportOptions &options, ExportResult &result);

} // namespace cw::exporters
