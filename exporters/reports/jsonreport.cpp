// SPDX-License-Identifier: MIT
#include "reports/jsonreport.h"

#include <map>
#include <nlohmann/json.hpp>

namespace cw::reports {
namespace {

using nlohmann::ordered_json;

ordered_json metaJson(const rules::RuleMeta &m)
{
    ordered_json providers = ordered_json::array();
    for (auto p : m.providers)
        providers.push_back(std::string(toString(p)));
    return { { "id", m.id }, { "title", m.title }, { "pillar", rules::toString(m.pillar) },
        { "severity", rules::toString(m.severity) }, { "kind", rules::toString(m.kind) },
        { "providers", providers }, { "rationale", m.rationale }, { "remediation", m.remediation },
        { "references", m.references } };
}

} // namespace

std::string jsonReport(const ReportInput &input)
{
    ordered_json files = ordered_json::array();
    std::map<std::string, std::size_t> bySeverity;
    std::size_t total = 0;
    std::size_t waived = 0;
    for (const auto &fr : input.files) {
        ordered_json findings = ordered_json::array();
        for (const auto &f : fr.report.findings) {
            const rules::Rule *rule = input.registry ? input.registry->find(f.ruleId) : nullptr;
            ordered_json j { { "rule", f.ruleId }, { "severity", rules::toString(f.severity) },
                { "pillar", rule ? rules::toString(rule->meta().pillar) : "" },
                { "kind", rule ? rules::toString(rule->meta().kind) : "" }, { "target", f.target },
                { "related", f.related }, { "message", f.message }, { "fix", f.fix },
                { "line", f.loc.line }, { "column", f.loc.column },
                { "suppressed", f.suppressed } };
            if (f.suppressed) {
                j["justification"] = f.justification;
                ++waived;
            } else {
                ++bySeverity[std::string(rules::toString(f.severity))];
                ++total;
            }
            findings.push_back(std::move(j));
        }
        files.push_back({ { "file", fr.file }, { "findings", std::move(findings) } });
    }
    ordered_json counts = ordered_json::object();
    for (int s = 4; s >= 0; --s) {
        const std::string name(rules::toString(static_cast<rules::Severity>(s)));
        counts[name] = bySeverity[name];
    }
    ordered_json choices = ordered_json::array();
    if (input.config)
        for (const auto &c : configChoices(*input.config))
            choices.push_back({ { "choice", c.what }, { "origin", c.origin } });
    ordered_json doc { { "tool", "cloudwright" }, { "configuration", std::move(choices) },
        { "files", std::move(files) },
        { "summary",
            { { "findings", total }, { "suppressed", waived }, { "bySeverity", counts } } } };
    // Invalid UTF-8 from a model must not abort the report: replace it.
    return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + '\n';
}

std::string jsonRuleList(const rules::RuleRegistry &registry)
{
    ordered_json out = ordered_json::array();
    for (const auto &r : registry.rules())
        out.push_back(metaJson(r->meta()));
    return out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + '\n';
}

} // namespace cw::reports
