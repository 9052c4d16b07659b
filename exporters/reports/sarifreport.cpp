// SPDX-License-Identifier: MIT
#include "reports/sarifreport.h"

#include <cstdint>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

namespace cw::reports {
namespace {

using nlohmann::ordered_json;

std::string level(rules::Severity s)
{
    switch (s) {
    case rules::Severity::Critical:
    case rules::Severity::High:
        return "error";
    case rules::Severity::Medium:
        return "warning";
    default:
        return "note";
    }
}

/// GitHub's security-severity scale: > 9 critical, 7–8.9 high, 4–6.9 medium, else low.
std::string securitySeverity(rules::Severity s)
{
    static const char *kScores[] = { "1.0", "3.0", "5.5", "8.0", "9.5" };
    return kScores[static_cast<int>(s)];
}

/// "NET-003" + "subnet overlap title" -> "SubnetsOfANetworkDoNotOverlap"-style name.
std::string pascalName(const std::string &title)
{
    std::string out;
    bool upper = true;
    for (char c : title) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
            upper = false;
        } else {
            upper = true;
        }
    }
    return out;
}

std::string fnv1a(const std::string &text)
{
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

/// A relative path as a URI reference: forward slashes, percent-encoding what URIs forbid.
std::string toUri(const std::string &path)
{
    std::string out;
    const bool absolute = !path.empty() && path.front() == '/';
    if (absolute)
        out = "file://";
    for (unsigned char c : path) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || std::string_view("-._~/").find(static_cast<char>(c)) != std::string_view::npos) {
            out += static_cast<char>(c);
        } else if (c == '\\') {
            out += '/';
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

ordered_json ruleJson(const rules::RuleMeta &m)
{
    std::string helpText = m.remediation;
    std::string helpMarkdown = m.remediation;
    if (!m.references.empty()) {
        helpText += "\nReferences:";
        helpMarkdown += "\n\n**References:**";
        for (const auto &r : m.references) {
            helpText += "\n- " + r;
            helpMarkdown += "\n- " + r;
        }
    }
    // GitHub shows security-severity for rules tagged "security"; the pillar tag is that tag.
    ordered_json tags = ordered_json::array({ rules::toString(m.pillar), rules::toString(m.kind) });
    return { { "id", m.id }, { "name", pascalName(m.title) },
        { "shortDescription", { { "text", m.title } } },
        { "fullDescription", { { "text", m.rationale } } },
        { "help", { { "text", helpText }, { "markdown", helpMarkdown } } },
        { "defaultConfiguration", { { "level", level(m.severity) } } },
        { "properties",
            { { "tags", tags }, { "precision", "very-high" },
                { "problem.severity",
                    level(m.severity) == "note" ? "recommendation" : level(m.severity) },
                { "security-severity", securitySeverity(m.severity) } } } };
}

ordered_json configJson(const rules::RuleConfig &config)
{
    ordered_json out = ordered_json::array();
    for (const auto &c : configChoices(config))
        out.push_back({ { "choice", c.what }, { "origin", c.origin } });
    return out;
}

} // namespace

std::string sarifReport(const ReportInput &input)
{
    ordered_json rulesJson = ordered_json::array();
    std::map<std::string, std::size_t> ruleIndex;
    if (input.registry)
        for (const auto &r : input.registry->rules()) {
            ruleIndex[r->meta().id] = rulesJson.size();
            rulesJson.push_back(ruleJson(r->meta()));
        }

    ordered_json results = ordered_json::array();
    for (const auto &fr : input.files) {
        std::map<std::string, int> seen; // disambiguates repeated rule+target+message
        for (const auto &f : fr.report.findings) {
            const std::string key = f.ruleId + ':' + f.target + ':' + fnv1a(f.message);
            const int n = seen[key]++;
            ordered_json region { { "startLine", std::max(1, f.loc.line) },
                { "startColumn", std::max(1, f.loc.column) } };
            ordered_json result { { "ruleId", f.ruleId }, { "level", level(f.severity) },
                { "message", { { "text", f.message + " Fix: " + f.fix } } },
                { "locations",
                    ordered_json::array(
                        { { { "physicalLocation",
                                { { "artifactLocation", { { "uri", toUri(fr.file) } } },
                                    { "region", region } } },
                            { "logicalLocations",
                                ordered_json::array({ { { "fullyQualifiedName", f.target },
                                    { "kind", "resource" } } }) } } }) },
                { "partialFingerprints",
                    { { "primaryLocationLineHash", key + (n ? ':' + std::to_string(n) : "") } } } };
            if (auto it = ruleIndex.find(f.ruleId); it != ruleIndex.end())
                result["ruleIndex"] = it->second;
            if (f.suppressed)
                result["suppressions"] = ordered_json::array({ { { "kind", "inSource" },
                    { "status", "accepted" }, { "justification", f.justification } } });
            results.push_back(std::move(result));
        }
    }

    ordered_json run {
        { "tool",
            { { "driver",
                { { "name", "Cloudwright" }, { "semanticVersion", CLOUDWRIGHT_VERSION },
                    { "rules", rulesJson } } } } },
        { "automationDetails", { { "id", "cloudwright/validate/" } } },
        { "columnKind", "unicodeCodePoints" }, { "results", std::move(results) }
    };
    if (input.config)
        run["properties"] = { { "configuration", configJson(*input.config) } };
    ordered_json doc { { "$schema", "https://json.schemastore.org/sarif-2.1.0.json" },
        { "version", "2.1.0" }, { "runs", ordered_json::array({ std::move(run) }) } };
    return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + '\n';
}

} // namespace cw::reports
