// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "common/templatestore.h"

#include <QFileInfo>

namespace cw::cli {

int runTemplates(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Starter architectures."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("action"), QStringLiteral("list or new"), QStringLiteral("list | new NAME"));
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("file to create (new)"), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("force"), QStringLiteral("overwrite an existing file") });
    if (!parseOrComplain(parser, args))
        return kExitUsage;
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const auto templates = app::TemplateStore::list();

    if (action == QLatin1String("list") && pos.size() == 1) {
        QString out;
        int width = 0;
        for (const auto &t : templates)
            width = std::max(width, int(t.id.size()));
        for (const auto &t : templates)
            out += t.id.leftJustified(width + 2) + t.name
                + (t.description.isEmpty() ? QString() : QStringLiteral(" — ") + t.description)
                + '\n';
        return writeOut(out.toStdString(), {}) ? kExitOk : kExitUsage;
    }
    if (action == QLatin1String("new") && pos.size() == 2) {
        const QString id = pos[1];
        const QByteArray bytes = app::TemplateStore::read(id);
        if (bytes.isEmpty()) {
            QStringList ids;
            for (const auto &t : templates)
                ids << t.id;
            printErr(QStringLiteral("cloudwright-cli templates: no template '%1'; known: %2")
                         .arg(id, ids.join(QLatin1String(", "))));
            return kExitUsage;
        }
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            printErr(QStringLiteral("cloudwright-cli templates new: --output FILE is required"));
            return kExitUsage;
        }
        if (QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force"))) {
            printErr(QStringLiteral("cloudwright-cli templates new: %1 exists; use --force to "
                                    "overwrite it")
                         .arg(output));
            return kExitUsage;
        }
        return writeOut(std::string_view(bytes.constData(), bytes.size()), output) ? kExitOk
                                                                                   : kExitUsage;
    }
    printErr(
        QStringLiteral("cloudwright-cli templates: expected 'list' or 'new NAME --output FILE'"));
    return kExitUsage;
}

} // namespace cw::cli
