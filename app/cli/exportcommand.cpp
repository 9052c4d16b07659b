// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "common/exporter.h"
#include "common/gate.h"
#include "common/safepath.h"
#include "io/document.h"
#include "layout/layout.h"
#include "rules/runcontext.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <cstdio>

namespace cw::cli {

namespace {

void printOut(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, bytes.size(), stdout);
}

/// Generated files of the same kinds left in the written folders by earlier exports: Terraform
/// or Bicep would pick them up, so say so (they are never deleted here).
void reportStrangers(const exporters::ExportResult &result, const QString &dir)
{
    QSet<QString> written;
    QSet<QString> folders;
    for (const auto &f : result.files) {
        const QString path = QDir(dir).filePath(QString::fromStdString(f.path));
        written.insert(QFileInfo(path).absoluteFilePath());
        folders.insert(QFileInfo(path).absolutePath());
    }
    QStringList sorted(folders.begin(), folders.end());
    sorted.sort();
    for (const auto &folder : sorted) {
        const auto entries = QDir(folder).entryInfoList(
            { QStringLiteral("*.tf"), QStringLiteral("*.bicep"), QStringLiteral("*.bicepparam") },
            QDir::Files, QDir::Name);
        for (const auto &e : entries)
            if (!written.contains(e.absoluteFilePath()))
                printErr(
                    QStringLiteral("cloudwright-cli export: note: %1 is not part of this export; "
                                   "remove it if an earlier export left it")
                        .arg(e.filePath()));
    }
}

/// The --set keys of every format, for --help.
QString optionsHelp(const exporters::ExporterRegistry &registry)
{
    using Kind = exporters::ExportOptionSpec::Kind;
    QString out = QStringLiteral("\nOptions for --set key=value (unknown keys are refused):\n");
    auto line = [&](const exporters::ExportOptionSpec &o) {
        QString values = o.kind == Kind::Flag ? QStringLiteral("0 or 1")
            : o.kind == Kind::Number          ? QStringLiteral("%1 to %2").arg(o.min).arg(o.max)
            : o.kind == Kind::Choice          ? QString::fromStdString([&] {
                  std::string c;
                  for (const auto &x : o.choices)
                      c += (c.empty() ? "" : ", ") + x;
                  return c;
              }())
                                              : QStringLiteral("text");
        out += QStringLiteral("    %1  %2: %3 (default %4)\n")
                   .arg(QString::fromStdString(o.key).leftJustified(8),
                       QString::fromStdString(o.label), values,
                       QString::fromStdString(o.defaultValue));
    };
    out += QStringLiteral("  every format:\n");
    for (const auto &o : exporters::commonOptionSpecs())
        line(o);
    for (const auto &e : registry.all()) {
        const auto specs = e->optionSpecs();
        if (specs.empty())
            continue;
        out += QStringLiteral("  --to %1:\n").arg(QString::fromStdString(e->id()));
        for (const auto &o : specs)
            line(o);
    }
    return out;
}

} // namespace

int runExport(const QStringList &args)
{
    exporters::ExporterRegistry registry;
    exporters::registerBuiltinExporters(registry);
    QStringList ids;
    for (const auto &id : registry.ids())
        ids << QString::fromStdString(id);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export a design as infrastructure as code, a diagram or a document."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the design to export"));
    parser.addOption(
        { QStringLiteral("to"), QStringLiteral("format: %1").arg(ids.join(QLatin1String(", "))),
            QStringLiteral("format") });
    parser.addOption({ QStringLiteral("output"),
        QStringLiteral("folder to write into (created when missing)"), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("force"),
        QStringLiteral("export even when constraint findings say the provider would reject it") });
    parser.addOption(
        { QStringLiteral("set"), QStringLiteral("format-specific option key=value (repeatable)"),
            QStringLiteral("key=value") });
    parser.addOption({ QStringLiteral("config"),
        QStringLiteral("project rules file (default: cloudwright.rules.yaml in the "
                       "design's folder or a parent), as for validate"),
        QStringLiteral("file") });
    if (!parseOrComplain(parser, args))
        return kExitUsage;
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText() + optionsHelp(registry)), stdout);
        return kExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printErr(QStringLiteral("cloudwright-cli export: give exactly one FILE"));
        return kExitUsage;
    }
    const QString to = parser.value(QStringLiteral("to"));
    const exporters::Exporter *exporter = registry.find(to.toStdString());
    if (!exporter) {
        printErr(to.isEmpty()
                ? QStringLiteral("cloudwright-cli export: --to is required (%1)")
                      .arg(ids.join(QLatin1String(", ")))
                : QStringLiteral("cloudwright-cli export: unknown format '%1'; known formats: %2")
                      .arg(to, ids.join(QLatin1String(", "))));
        return kExitUsage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        printErr(QStringLiteral("cloudwright-cli export: --output DIR is required"));
        return kExitUsage;
    }
    exporters::ExportOptions options;
    options.force = parser.isSet(QStringLiteral("force"));
    for (const auto &kv : parser.values(QStringLiteral("set"))) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printErr(
                QStringLiteral("cloudwright-cli export: --set wants key=value, not '%1'").arg(kv));
            return kExitUsage;
        }
        options.values[kv.left(eq).toStdString()] = kv.mid(eq + 1).toStdString();
    }
    if (const std::string bad = exporters::checkOptionKeys(*exporter, options); !bad.empty()) {
        printErr(QString::fromStdString(bad));
        return kExitUsage;
    }

    const auto loaded = io::loadFile(files.front().toStdString());
    for (const auto &e : loaded.errors)
        printErr(QString::fromStdString(e.format()));
    if (!loaded.model)
        return kExitUsage;

    // The same run context as validate and the designer: project file + the document's rules:,
    // dated like the picture's title block so waiver expiries match what the document says.
    const auto date = options.values.find("date");
    const auto run = rules::runRules(*loaded.model,
        { .designPath = files.front().toStdString(),
            .configFile = parser.value(QStringLiteral("config")).toStdString(),
            .today = date == options.values.end() ? std::string() : date->second });
    for (const auto &e : run.effective.errors)
        printErr(QString::fromStdString(e));
    if (!run.effective.ok()) {
        printErr(QStringLiteral("cloudwright-cli export: the rules configuration has errors; "
                                "nothing was written"));
        return kExitUsage;
    }
    const layout::Geometry geometry = layout::layout(*loaded.model);
    const exporters::ExportResult result
        = exporter->generate({ *loaded.model, geometry, run.report }, options);
    if (!result.ok()) {
        for (const auto &e : result.errors)
            printErr(QString::fromStdString(e));
        if (result.gated)
            printErr(QStringLiteral("cloudwright-cli export: fix them, or export with --force "
                                    "knowing the deployment fails"));
        printErr(QStringLiteral("cloudwright-cli export: nothing was written"));
        return kExitUsage;
    }
    if (options.force)
        for (const auto &f : exporters::blockingFindings(run.report))
            printErr(QString::fromStdString(exporters::formatFinding(*loaded.model, f))
                         .replace(QStringLiteral(": error: "), QStringLiteral(": warning: ")));

    std::string error;
    if (!exporters::writeOutput(result, output.toStdString(), &error)) {
        printErr(QStringLiteral("cloudwright-cli export: cannot write %1: %2")
                     .arg(output, QString::fromStdString(error)));
        return kExitUsage;
    }
    for (const auto &f : result.files)
        printOut(
            QStringLiteral("wrote %1").arg(QDir(output).filePath(QString::fromStdString(f.path))));
    printOut(QStringLiteral("%1: %2 file(s) in %3")
                 .arg(QString::fromStdString(exporter->displayName()))
                 .arg(result.files.size())
                 .arg(output));
    reportStrangers(result, output);
    return kExitOk;
}

} // namespace cw::cli
