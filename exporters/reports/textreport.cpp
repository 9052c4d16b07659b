// SPDX-License-Identifier: MIT
#include "reports/textreport.h"

#include <array>
#include <sstream>

namespace cw::reports {
namespace {

/// Keeps one finding on one line: control characters from model names become spaces.
std::string oneLine(std::string s)
{
    for (char &c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            c = ' ';
    return s;
}

} // namespace

std::string textReport(const ReportInput &input)
{
    std::ostringstream out;
    std::array<std::size_t, 5> counts {};
    std::size_t waived = 0;
    for (const auto &fr : input.files) {
        for (const auto &f : fr.report.findings) {
            if (f.suppressed) {
                ++waived;
                if (!input.showSuppressed)
                    continue;
            } else {
                ++counts[static_cast<std::size_t>(f.severity)];
            }
            out << fr.file << ':' << f.loc.line << ':' << f.loc.column << ": "
                << rules::toString(f.severity) << ": [" << f.ruleId << "] " << oneLine(f.message)
                << (f.suppressed ? " (suppressed: " + oneLine(f.justification) + ")" : "")
                << "\n    fix: " << oneLine(f.fix) << '\n';
        }
    }
    std::size_t total = 0;
    for (auto c : counts)
        total += c;
    out << total << (total == 1 ? " finding" : " findings");
    if (total) {
        out << " (";
        bool first = true;
        for (int s = 4; s >= 0; --s) {
            if (!counts[s])
                continue;
            out << (first ? "" : ", ") << counts[s] << ' '
                << rules::toString(static_cast<rules::Severity>(s));
            first = false;
        }
        out << ')';
    }
    out << ", " << waived << " suppressed, in " << input.files.size()
        << (input.files.size() == 1 ? " file\n" : " files\n");
    if (input.config)
        for (const auto &c : configChoices(*input.config))
            out << "configuration: " << oneLine(c.what) << " (" << oneLine(c.origin) << ")\n";
    return out.str();
}

std::string textRuleList(const rules::RuleRegistry &registry)
{
    std::ostringstream out;
    for (const auto &r : registry.rules()) {
        const auto &m = r->meta();
        std::string sev(rules::toString(m.severity));
        std::string kind(rules::toString(m.kind));
        std::string pillar(rules::toString(m.pillar));
        sev.resize(9, ' ');
        kind.resize(14, ' ');
        pillar.resize(15, ' ');
        out << m.id << "  " << sev << kind << pillar << m.title << '\n';
    }
    return out.str();
}

} // namespace cw::reports
