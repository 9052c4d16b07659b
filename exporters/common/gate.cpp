// SPDX-License-Identifier: MIT
#include "common/gate.h"

#include "rules/engine.h"

namespace cw::exporters {

std::vector<rules::Finding> blockingFindings(const Model &model)
{
    const rules::Engine engine;
    const auto &registry = rules::builtinRegistry();
    std::vector<rules::Finding> out;
    for (auto &f : engine.run(model).findings) {
        if (f.suppressed)
            continue;
        const rules::Rule *rule = registry.find(f.ruleId);
        if (rule && rule->meta().kind == rules::RuleKind::Constraint)
            out.push_back(std::move(f));
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

bool passGate(const Model &model, const ExportOptions &options, ExportResult &result)
{
    if (options.force)
        return true;
    const auto blocking = blockingFindings(model);
    if (blocking.empty())
        return true;
    for (const auto &f : blocking)
        result.errors.push_back(formatFinding(model, f));
    result.errors.push_back(std::to_string(blocking.size())
        + " constraint finding(s): the provider would reject this design; "
          "fix them or export with --force");
    return false;
}

} // namespace cw::exporters
