// SPDX-License-Identifier: MIT
#include "reports/documentreport.h"
#include "reports/scorecard.h"
#include "reports/textescape.h"

#include <algorithm>
#include <sstream>

namespace cw::reports {
namespace {

const rules::RuleMeta *metaOf(const ReportInput &input, const std::string &id)
{
    const rules::Rule *r = input.registry ? input.registry->find(id) : nullptr;
    return r ? &r->meta() : nullptr;
}

/// Findings of one file, most severe first, waived last.
std::vector<const rules::Finding *> ordered(const FileReport &fr)
{
    std::vector<const rules::Finding *> out;
    for (const auto &f : fr.report.findings)
        out.push_back(&f);
    std::stable_sort(out.begin(), out.end(), [](auto *a, auto *b) {
        if (a->suppressed != b->suppressed)
            return !a->suppressed;
        return a->severity > b->severity;
    });
    return out;
}

} // namespace

std::string markdownReport(const ReportInput &input)
{
    std::ostringstream out;
    out << "# Cloudwright validation report\n\n";
    out << "## Scorecard\n\n| Pillar | Critical | High | Medium | Low | Info | Waived |\n"
           "|---|---:|---:|---:|---:|---:|---:|\n";
    for (const auto &row : scorecard(input)) {
        std::string pillar(rules::toString(row.pillar));
        pillar[0] = static_cast<char>(pillar[0] - 32);
        out << "| " << pillar;
        for (int s = 4; s >= 0; --s)
            out << " | " << row.bySeverity[s];
        out << " | " << row.waived << " |\n";
    }
    if (input.config && !configChoices(*input.config).empty()) {
        out << "\n## Configuration\n\n| Choice | Set in |\n|---|---|\n";
        for (const auto &c : configChoices(*input.config))
            out << "| " << markdownEscape(c.what) << " | " << markdownEscape(c.origin) << " |\n";
    }
    for (const auto &fr : input.files) {
        out << "\n## " << markdownEscape(fr.name.empty() ? fr.file : fr.name)
            << "\n\nFile: " << markdownEscape(fr.file) << "\n\n";
        const auto findings = ordered(fr);
        if (findings.empty())
            out << "No findings.\n";
        for (const auto *f : findings) {
            const auto *meta = metaOf(input, f->ruleId);
            out << "### " << (f->suppressed ? "Waived: " : "") << markdownEscape(f->ruleId) << ' '
                << markdownEscape(meta ? meta->title : f->ruleId) << "\n\n";
            out << "- **Severity:** " << rules::toString(f->severity);
            if (meta)
                out << " (" << rules::toString(meta->pillar) << ", " << rules::toString(meta->kind)
                    << ')';
            out << "\n- **Element:** " << markdownEscape(f->target) << " at "
                << markdownEscape(fr.file) << ':' << f->loc.line << ':' << f->loc.column << '\n';
            out << "- **Finding:** " << markdownEscape(f->message) << '\n';
            if (meta)
                out << "- **Why it matters:** " << markdownEscape(meta->rationale) << '\n';
            out << "- **How to fix:** " << markdownEscape(f->fix) << '\n';
            if (f->suppressed)
                out << "- **Waived because:** " << markdownEscape(f->justification) << '\n';
            out << '\n';
        }
    }
    return out.str();
}

} // namespace cw::reports
