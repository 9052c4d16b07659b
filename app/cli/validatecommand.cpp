// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "io/document.h"
#include "reports/documentreport.h"
#include "reports/jsonreport.h"
#include "reports/junitreport.h"
#include "reports/sarifreport.h"
#include "reports/textreport.h"
#include "rules/runcontext.h"

#include <QRegularExpression>

namespace cw::cli {

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check designs against the rules."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QStringLiteral("designs to check"), QStringLiteral("FILE..."));
    parser.addOption({ QStringLiteral("format"),
        QStringLiteral("text, json, sarif, junit, markdown or html (default text)"),
        QStringLiteral("format"), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("fail-on"),
        QStringLiteral("exit 1 when an unsuppressed finding is at or above this: "
                       "critical, high, medium, low, info or never (default high)"),
        QStringLiteral("level"), QStringLiteral("high") });
    parser.addOption({ QStringLiteral("output"), QStringLiteral("write the report here"),
        QStringLiteral("path") });
    parser.addOption({ QStringLiteral("show-suppressed"),
        QStringLiteral("also list waived findings (text format)") });
    parser.addOption({ QStringLiteral("config"),
        QStringLiteral("project rules file (default: cloudwright.rules.yaml in the "
                       "design's folder or a parent)"),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("today"),
        QStringLiteral("date for suppression expiry, YYYY-MM-DD (default: today)"),
        QStringLiteral("date") });
    if (!parseOrComplain(parser, args))
        return kExitUsage;
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kExitOk;
    }
    if (!checkChoice(parser, QStringLiteral("format"),
            { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif"),
                QStringLiteral("junit"), QStringLiteral("markdown"), QStringLiteral("html") })
        || !checkChoice(parser, QStringLiteral("fail-on"),
            { QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                QStringLiteral("low"), QStringLiteral("info"), QStringLiteral("never") }))
        return kExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printErr(QStringLiteral("cloudwright-cli validate: no FILE given"));
        return kExitUsage;
    }
    const QString today = parser.value(QStringLiteral("today"));
    if (!today.isEmpty()
        && !QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(today).hasMatch()) {
        printErr(QStringLiteral("cloudwright-cli validate: --today must be YYYY-MM-DD"));
        return kExitUsage;
    }

    reports::ReportInput input;
    input.registry = &rules::builtinRegistry();
    input.showSuppressed = parser.isSet(QStringLiteral("show-suppressed"));
    bool inputErrors = false;
    rules::RuleConfig shown; // every choice in force, for the report
    for (const auto &file : files) {
        const auto loaded = io::loadFile(file.toStdString());
        for (const auto &e : loaded.errors)
            printErr(QString::fromStdString(e.format()));
        if (!loaded.model) {
            inputErrors = true;
            continue;
        }
        // The run context decides the configuration, as for export and the designer.
        auto run = rules::runRules(*loaded.model,
            { .designPath = file.toStdString(),
                .configFile = parser.value(QStringLiteral("config")).toStdString(),
                .today = today.toStdString() });
        for (const auto &e : run.effective.errors)
            printErr(QString::fromStdString(e));
        if (!run.effective.ok()) {
            inputErrors = true;
            continue;
        }
        shown.merge(run.effective.config);
        input.files.push_back({ file.toStdString(), std::move(run.report), loaded.model->name });
    }
    input.config = &shown;

    const QString format = parser.value(QStringLiteral("format"));
    const std::string text = format == QLatin1String("json") ? reports::jsonReport(input)
        : format == QLatin1String("sarif")                   ? reports::sarifReport(input)
        : format == QLatin1String("junit")                   ? reports::junitReport(input)
        : format == QLatin1String("markdown")                ? reports::markdownReport(input)
        : format == QLatin1String("html")                    ? reports::htmlReport(input)
                                                             : reports::textReport(input);
    if (!writeOut(text, parser.value(QStringLiteral("output"))))
        return kExitUsage;
    if (inputErrors)
        return kExitUsage;

    const QString failOn = parser.value(QStringLiteral("fail-on"));
    if (failOn == QLatin1String("never"))
        return kExitOk;
    const auto threshold = *rules::severityFromString(failOn.toStdString());
    for (const auto &fr : input.files)
        if (fr.report.countAtLeast(threshold) > 0)
            return kExitFindings;
    return kExitOk;
}

} // namespace cw::cli
