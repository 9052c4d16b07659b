// SPDX-License-Identifier: MIT
#include "common/gate.h"

#include "rules/engine.h"

namespace cw::exporters {

std::vector<rules::Finding> blockingFindings(const rules::Report &report)
{
    const auto &registry = rules::builtinRegistry();
    std::vector<rules::Finding> out;
    for (const auto &f : report.findings) {
        if (f.suppressed)
            continue;
        const rules::Rule *rule = registry.find(f.ruleId);
        if (rule && rule->meta().kind == rules::RuleKind::Constraint)
            out.push_back(f);
    }
    return out;
}

std::string formatFinding(const Model &model, const rules::Finding &finding)
{
    std::string out = model.sourceFile.empty() ? std::string("<model>") : model.sourceFile;
    if (finding.loc.valid())
        out += ':' + std::to_string(finding.loc.line) + ':' + std::to_string(finding.loc.column);
    out += ": error: [" + finding.ruleId + "] " + finding.message;
    return out;
}

bool passGate(const ExportInput &input, const ExportOptions &options, ExportResult &result)
{
    if (options.force)
        return true;
    const auto blocking = blockingFindings(input.report);
    if (blocking.empty())
        return true;
    for (const auto &f : blocking)
        result.errors.push_back(formatFinding(input.model, f));
    result.errors.push_back(std::to_string(blocking.size())
        + " constraint finding(s): the provider would reject this design");
    result.gated = true;
    return false;
}

} // namespace cw::exporters
