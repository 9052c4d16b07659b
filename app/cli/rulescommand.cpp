// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "reports/jsonreport.h"
#include "reports/rulereference.h"
#include "reports/textreport.h"

namespace cw::cli {

int runRules(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the registered rules."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("format"),
        QStringLiteral("text, json or markdown (the docs/rules.md reference; default text)"),
        QStringLiteral("format"), QStringLiteral("text") });
    if (!parseOrComplain(parser, args))
        return kExitUsage;
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kExitOk;
    }
    if (!checkChoice(parser, QStringLiteral("format"),
            { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown") }))
        return kExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("cloudwright-cli rules: unexpected argument '%1'")
                     .arg(parser.positionalArguments().first()));
        return kExitUsage;
    }
    const auto &registry = rules::builtinRegistry();
    const QString format = parser.value(QStringLiteral("format"));
    const std::string text = format == QLatin1String("json") ? reports::jsonRuleList(registry)
        : format == QLatin1String("markdown") ? reports::ruleReferenceMarkdown(registry)
                                              : reports::textRuleList(registry);
    return writeOut(text, {}) ? kExitOk : kExitUsage;
}

} // namespace cw::cli
