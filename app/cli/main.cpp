// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"
#include "cli/commands.h"

#include <QGuiApplication>
#include <cstdio>

namespace {

const char *kUsage = R"(Usage: cloudwright-cli <command> [options]

Commands:
  validate FILE...   check designs against the rules
                     (--format text|json|sarif|junit|markdown|html, --fail-on LEVEL,
                     --config FILE, --output FILE)
  plan               plan subnets for a network (--cidr, --zones, --tiers, --spare)
  rules              list the rules with their metadata (--format text|json|markdown)
  templates list     list the starter architectures
  templates new NAME --output FILE
                     start a design from a template
  export FILE --to FORMAT --output DIR [--force]
                     export the design: terraform, bicep (infrastructure as code),
                     png, svg, pdf, drawio, mermaid (diagrams), markdown (architecture
                     document with its diagram)

Options:
  -h, --help         this help; "cloudwright-cli <command> --help" for a command
  -v, --version      the version

Exit codes: 0 ok, 1 findings at or above the --fail-on level, 2 usage or input errors.
)";

/// Drops Qt's note that XDG_RUNTIME_DIR is unset (usual in CI containers): the CLI never uses
/// the runtime directory, and the note would pollute reports written to stdout or stderr.
QtMessageHandler g_previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    g_previousHandler = qInstallMessageHandler(quietHandler);
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
