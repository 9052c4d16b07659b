// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"
#include "cli/commands.h"

#include "reports/jsonreport.h"
#include "reports/textreport.h"

namespace cw::cli {

int runRules(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the registered rules."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json (default text)"),
                      QStringLiteral("format"), QStringLiteral("text")});
    if (!parseOrComplain(parser, args))
        return kExitUsage;
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kExitOk;
    }
    if (!checkChoice(parser, QStringLiteral("format"), {QStringLiteral("text"), QStringLiteral("json")}))
        return kExitUsage;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("cloudwright-cli rules: unexpected argument '%1'")
                     .arg(parser.positionalArguments().first()));
        return kExitUsage;
    }
    const auto &registry = rules::builtinRegistry();
    const std::string text = parser.value(QStringLiteral("format")) == QLatin1String("json")
        ? reports::jsonRuleList(registry)
        : reports::textRuleList(registry);
    return writeOut(text, {}) ? kExitOk : kExitUsage;
}

} // namespace cw::cli
