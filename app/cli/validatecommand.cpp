// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "io/document.h"
#include "reports/documentreport.h"
#include "reports/jsonreport.h"
#include "reports/junitreport.h"
#include "reports/sarifreport.h"
#include "reports/textreport.h"
#include "rules/configbuild.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace cw::cli {
namespace {

/// The project rules file for a design: cloudwright.rules.yaml (or .json) in its folder or the
/// nearest parent folder that has one; empty when there is none.
QString findProjectRules(const QString &design)
{
    QDir dir = QFileInfo(design).absoluteDir();
    while (true) {
        for (const char *name : { "cloudwright.rules.yaml", "cloudwright.rules.json" })
            if (dir.exists(QLatin1String(name)))
                return dir.filePath(QLatin1String(name));
        if (dir.exists(QStringLiteral(".git")) || !dir.cdUp())
            return {};
    }
}

/// Loads and checks a project rules file; prints its errors and returns false on any.
bool loadProjectConfig(const QString &path, rules::RuleConfig &config)
{
    const auto loaded = io::loadRuleSettingsFile(path.toStdString());
    for (const auto &e : loaded.errors)
        printErr(QString::fromStdString(e.format()));
    if (!loaded.settings)
        return false;
    std::vector<std::string> errors;
    config = rules::buildConfig(
        *loaded.settings, path.toStdString(), rules::builtinRegistry(), errors);
    for (const auto &e : errors)
        printErr(QString::fromStdString(e));
    return errors.empty();
}

} // namespace

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
    const rules::Engine engine;
    rules::RuleConfig shown; // every choice in force, for the report
    for (const auto &file : files) {
        const auto loaded = io::loadFile(file.toStdString());
        for (const auto &e : loaded.errors)
            printErr(QString::fromStdString(e.format()));
        if (!loaded.model) {
            inputErrors = true;
            continue;
        }
        rules::RunOptions options { .today = today.toStdString() };
        const QString project = parser.isSet(QStringLiteral("config"))
            ? parser.value(QStringLiteral("config"))
            : findProjectRules(file);
        if (!project.isEmpty() && !loadProjectConfig(project, options.config)) {
            inputErrors = true;
            continue;
        }
        std::vector<std::string> errors;
        options.config.merge(rules::buildConfig(
            loaded.model->rules, file.toStdString(), rules::builtinRegistry(), errors));
        for (const auto &e : errors)
            printErr(QString::fromStdString(e));
        if (!errors.empty()) {
            inputErrors = true;
            continue;
        }
        shown.merge(options.config);
        input.files.push_back(
            { file.toStdString(), engine.run(*loaded.model, options), loaded.model->name });
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
