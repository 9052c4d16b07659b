// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"
#include "cli/commands.h"

#include <QGuiApplication>
#include <cstdio>

namespace {

const char *kUsage = R"(Usage: cloudwright-cli <command> [options]

Commands:
  validate FILE...   check designs against the rules (--format text|json, --fail-on LEVEL)
  plan               plan subnets for a network (--cidr, --zones, --tiers, --spare)
  rules              list the rules with their metadata (--format text|json)
  templates list     list the starter architectures
  templates new NAME --output FILE
                     start a design from a template
  export FILE --to FORMAT --output DIR [--force]
                     write infrastructure as code (terraform, bicep)

Options:
  -h, --help         this help; "cloudwright-cli <command> --help" for a command
  -v, --version      the version

Exit codes: 0 ok, 1 findings at or above the --fail-on level, 2 usage or input errors.
)";

} // namespace

int main(int argc, char *argv[])
{
    // The diagram exporters paint with QPainter (fonts, SVG icons), which needs a GUI
    // application; a CLI never shows a window, so it runs offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloudwright-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOUDWRIGHT_VERSION));

    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::printf("cloudwright-cli %s (file format 1)\n", CLOUDWRIGHT_VERSION);
        return cw::cli::kExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(kUsage, stdout);
        return cw::cli::kExitOk;
    }
    if (command == QLatin1String("validate"))
        return cw::cli::runValidate(args);
    if (command == QLatin1String("plan"))
        return cw::cli::runPlan(args);
    if (command == QLatin1String("rules"))
        return cw::cli::runRules(args);
    if (command == QLatin1String("templates"))
        return cw::cli::runTemplates(args);
    if (command == QLatin1String("export"))
        return cw::cli::runExport(args);
    cw::cli::printErr(command.isEmpty()
            ? QStringLiteral("cloudwright-cli: no command given")
            : QStringLiteral("cloudwright-cli: unknown command '%1'").arg(command));
    std::fputs(kUsage, stderr);
    return cw::cli::kExitUsage;
}
