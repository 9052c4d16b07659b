// SPDX-License-Identifier: MIT
#include "reports/documentreport.h"
#include "reports/scorecard.h"
#include "reports/textescape.h"

#include <sstream>

namespace cw::reports {
namespace {

const char *kStyle
    = R"(body{font:14px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#1f2933;padding:0 1rem}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #d9e2ec}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d9e2ec;padding:.3rem .7rem;text-align:right}
th:first-child,td:first-child{text-align:left}.finding{border-left:4px solid #9aa5b1;padding:.3rem 1rem;margin:1rem 0;background:#f5f7fa}
.critical{border-color:#b42318}.high{border-color:#dd6b20}.medium{border-color:#b7820c}.low{border-color:#1770a6}.info{border-color:#56677a}
.waived{opacity:.7}.sev{font-weight:600;text-transform:uppercase;font-size:.8rem}code{background:#eef2f7;padding:0 .2rem})";

} // namespace

std::string htmlReport(const ReportInput &input)
{
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
           "'unsafe-inline'\"/>\n<title>Cloudwright validation report</title>\n<style>"
        << kStyle << "</style>\n</head>\n<body>\n<h1>Cloudwright validation report</h1>\n";
    out << "<h2>Scorecard</h2>\n<table>\n<tr><th>Pillar</th><th>Critical</th><th>High</th>"
           "<th>Medium</th><th>Low</th><th>Info</th><th>Waived</th></tr>\n";
    for (const auto &row : scorecard(input)) {
        out << "<tr><td>" << rules::toString(row.pillar) << "</td>";
        for (int s = 4; s >= 0; --s)
            out << "<td>" << row.bySeverity[s] << "</td>";
        out << "<td>" << row.waived << "</td></tr>\n";
    }
    out << "</table>\n";
    if (input.config && !configChoices(*input.config).empty()) {
        out << "<h2>Configuration</h2>\n<table>\n<tr><th>Choice</th><th>Set in</th></tr>\n";
        for (const auto &c : configChoices(*input.config))
            out << "<tr><td>" << xmlEscape(c.what) << "</td><td>" << xmlEscape(c.origin)
                << "</td></tr>\n";
        out << "</table>\n";
    }
    for (const auto &fr : input.files) {
        out << "<h2>" << xmlEscape(fr.name.empty() ? fr.file : fr.name) << "</h2>\n<p>File: <code>"
            << xmlEscape(fr.file) << "</code></p>\n";
        if (fr.report.findings.empty())
            out << "<p>No findings.</p>\n";
        for (int waived = 0; waived < 2; ++waived)
            for (int s = 4; s >= 0; --s)
                for (const auto &f : fr.report.findings) {
                    if (int(f.suppressed) != waived || int(f.severity) != s)
                        continue;
                    const rules::Rule *r
                        = input.registry ? input.registry->find(f.ruleId) : nullptr;
                    const std::string sev(rules::toString(f.severity));
                    out << "<div class=\"finding " << sev << (f.suppressed ? " waived" : "")
                        << "\">\n<p><span class=\"sev\">" << (f.suppressed ? "waived " : "") << sev
                        << "</span> <strong>" << xmlEscape(f.ruleId) << "</strong> "
                        << xmlEscape(r ? r->meta().title : f.ruleId) << "</p>\n<p>Element <code>"
                        << xmlEscape(f.target) << "</code> at <code>" << xmlEscape(fr.file) << ':'
                        << f.loc.line << ':' << f.loc.column << "</code>: " << xmlEscape(f.message)
                        << "</p>\n";
                    if (r)
                        out << "<p><em>Why it matters:</em> " << xmlEscape(r->meta().rationale)
                            << "</p>\n";
                    out << "<p><em>How to fix:</em> " << xmlEscape(f.fix) << "</p>\n";
                    if (f.suppressed)
                        out << "<p><em>Waived because:</em> " << xmlEscape(f.justification)
                            << "</p>\n";
                    out << "</div>\n";
                }
    }
    out << "</body>\n</html>\n";
    return out.str();
}

} // namespace cw::reports
