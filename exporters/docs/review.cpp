// SPDX-License-Identifier: MIT
#include "docs/mdtext.h"
#include "docs/sections.h"
#include "rules/engine.h"

#include <map>

namespace cw::exporters::docs {

std::string reviewSection(const rules::Report &report, const std::string &date)
{
    const auto &registry = rules::builtinRegistry();
    std::map<rules::Pillar, std::vector<const rules::Finding *>> byPillar;
    for (const auto &f : report.findings) {
        const rules::Rule *rule = registry.find(f.ruleId);
        byPillar[rule ? rule->meta().pillar : rules::Pillar::Operations].push_back(&f);
    }
    std::string out = "## Well-Architected review\n\n";
    out += "Findings of Cloudwright's rules engine on " + md(date)
        + ", by pillar. Waived findings "
          "carry the reason recorded in the design.\n\n";
    for (const rules::Pillar pillar : { rules::Pillar::Network, rules::Pillar::Reliability,
             rules::Pillar::Security, rules::Pillar::Operations, rules::Pillar::Cost,
             rules::Pillar::Performance, rules::Pillar::Sustainability }) {
        std::string name(rules::toString(pillar));
        if (!name.empty())
            name[0] = char(std::toupper(static_cast<unsigned char>(name[0])));
        out += "### " + name + "\n\n";
        const auto it = byPillar.find(pillar);
        if (it == byPillar.end()) {
            out += "No findings.\n\n";
            continue;
        }
        std::size_t open = 0;
        for (const auto *f : it->second)
            open += f->suppressed ? 0 : 1;
        out += std::to_string(open) + " open, " + std::to_string(it->second.size() - open)
            + " waived.\n\n";
        out += header({ "Rule", "Severity", "Element", "Finding", "Status" });
        for (const auto *f : it->second)
            out += row({ md(f->ruleId), md(std::string(rules::toString(f->severity))),
                md(f->target), md(f->message),
                f->suppressed ? "waived: " + md(f->justification) : std::string("open") });
        out += "\n";
    }
    return out;
}

} // namespace cw::exporters::docs
