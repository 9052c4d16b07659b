// SPDX-License-Identifier: MIT
#include "reports/rulereference.h"

#include "reports/textescape.h"

#include <sstream>

namespace cw::reports {
namespace {

std::string capitalised(std::string_view s)
{
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = static_cast<char>(out[0] - 32);
    return out;
}

std::string anchor(const std::string &id)
{
    std::string out;
    for (char c : id)
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return out;
}

} // namespace

std::string ruleReferenceMarkdown(const rules::RuleRegistry &registry)
{
    std::ostringstream out;
    out << "# Rule reference\n\nGenerated from the rules' metadata by `cloudwright-cli rules "
           "--format markdown`; a test keeps this file in sync.\n\n"
           "Kinds: a **constraint** is something the provider would reject (export is refused "
           "unless forced, and it cannot be waived); a **best-practice** may be waived with a "
           "suppression that has a reason and, optionally, an expiry. Options are set as "
           "`<ID>.<option>` in a project file or the document's `rules:` section.\n\n"
        << registry.rules().size() << " rules.\n";
    for (int p = 0; p <= static_cast<int>(rules::Pillar::Sustainability); ++p) {
        const auto pillar = static_cast<rules::Pillar>(p);
        std::vector<const rules::RuleMeta *> metas;
        for (const auto &r : registry.rules())
            if (r->meta().pillar == pillar)
                metas.push_back(&r->meta());
        if (metas.empty())
            continue;
        out << "\n## " << capitalised(rules::toString(pillar)) << "\n\n"
            << "| Id | Severity | Kind | Title |\n|---|---|---|---|\n";
        for (const auto *m : metas)
            out << "| [" << m->id << "](#" << anchor(m->id) << ") | "
                << rules::toString(m->severity) << " | " << rules::toString(m->kind) << " | "
                << markdownEscape(m->title) << " |\n";
        for (const auto *m : metas) {
            out << "\n### " << m->id << "\n\n**" << markdownEscape(m->title) << "**  \n"
                << capitalised(rules::toString(m->severity)) << ", " << rules::toString(m->kind)
                << ", providers: ";
            if (m->providers.empty())
                out << "all";
            for (std::size_t i = 0; i < m->providers.size(); ++i)
                out << (i ? ", " : "") << toString(m->providers[i]);
            out << ".\n\n"
                << markdownEscape(m->rationale) << "\n\n*Fix:* " << markdownEscape(m->remediation)
                << '\n';
            if (!m->options.empty()) {
                out << "\n| Option | Default | Meaning |\n|---|---|---|\n";
                for (const auto &o : m->options)
                    out << "| `" << m->id << '.' << o.name << "` | " << o.defaultValue << " | "
                        << markdownEscape(o.doc) << " |\n";
            }
            if (!m->references.empty()) {
                out << "\n*References:* ";
                for (std::size_t i = 0; i < m->references.size(); ++i)
                    out << (i ? "; " : "") << markdownEscape(m->references[i]);
                out << '\n';
            }
        }
    }
    return out.str();
}

} // namespace cw::reports
