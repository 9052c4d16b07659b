// SPDX-License-Identifier: MIT
#include "reports/junitreport.h"

#include "reports/textescape.h"

#include <map>
#include <set>
#include <sstream>

namespace cw::reports {
namespace {

std::string upper(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 32);
    return out;
}

std::string titleOf(const ReportInput &input, const std::string &id)
{
    const rules::Rule *r = input.registry ? input.registry->find(id) : nullptr;
    return r ? r->meta().title : id;
}

} // namespace

std::string junitReport(const ReportInput &input)
{
    std::ostringstream suites;
    std::size_t allTests = 0, allFailures = 0, allSkipped = 0;
    for (const auto &fr : input.files) {
        // Group findings by (rule, element): one test case each.
        std::map<std::pair<std::string, std::string>, std::vector<const rules::Finding *>> cases;
        std::set<std::string> rulesWithFindings;
        for (const auto &f : fr.report.findings) {
            cases[{ f.ruleId, f.target }].push_back(&f);
            rulesWithFindings.insert(f.ruleId);
        }
        std::ostringstream body;
        std::size_t tests = 0, failures = 0, skipped = 0;
        const std::string file = xmlEscape(fr.file);
        for (const auto &[key, findings] : cases) {
            const auto &[ruleId, target] = key;
            const rules::Finding &first = *findings.front();
            bool allWaived = true;
            for (const auto *f : findings)
                allWaived = allWaived && f->suppressed;
            ++tests;
            body << "    <testcase name=\"[" << upper(rules::toString(first.severity)) << "]["
                 << xmlEscape(ruleId) << "] " << xmlEscape(titleOf(input, ruleId))
                 << "\" classname=\"" << file << '.' << xmlEscape(target) << "\" file=\"" << file
                 << "\">\n";
            if (allWaived) {
                ++skipped;
                body << "      <skipped type=\"suppressed\" message=\""
                     << xmlEscape(first.justification) << "\"/>\n";
            } else {
                ++failures;
                body << "      <failure type=\"" << rules::toString(first.severity)
                     << "\" message=\"" << xmlEscape(first.message) << "\">";
                for (const auto *f : findings) {
                    if (f->suppressed)
                        continue;
                    body << xmlEscape(fr.file) << ':' << f->loc.line << ':' << f->loc.column << ": "
                         << xmlEscape(f->message) << "\nfix: " << xmlEscape(f->fix) << '\n';
                }
                body << "</failure>\n";
            }
            body << "    </testcase>\n";
        }
        if (input.registry)
            for (const auto &r : input.registry->rules()) {
                if (rulesWithFindings.count(r->meta().id))
                    continue;
                ++tests;
                body << "    <testcase name=\"[" << upper(rules::toString(r->meta().severity))
                     << "][" << xmlEscape(r->meta().id) << "] " << xmlEscape(r->meta().title)
                     << "\" classname=\"" << file << "\" file=\"" << file << "\"/>\n";
            }
        suites << "  <testsuite name=\"" << file << "\" tests=\"" << tests << "\" failures=\""
               << failures << "\" errors=\"0\" skipped=\"" << skipped << "\" time=\"0\">\n";
        if (input.config) {
            suites << "    <properties>\n";
            for (const auto &c : configChoices(*input.config))
                suites << "      <property name=\"" << xmlEscape(c.what) << "\" value=\""
                       << xmlEscape(c.origin) << "\"/>\n";
            suites << "    </properties>\n";
        }
        suites << body.str() << "  </testsuite>\n";
        allTests += tests;
        allFailures += failures;
        allSkipped += skipped;
    }
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cloudwright\" tests=\""
        << allTests << "\" failures=\"" << allFailures << "\" errors=\"0\" skipped=\"" << allSkipped
        << "\">\n"
        << suites.str() << "</testsuites>\n";
    return out.str();
}

} // namespace cw::reports
