// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"

#include "io/document.h"

#include <cstdio>

namespace cw::cli {

void printErr(const QString &message)
{
    const QByteArray bytes = message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, bytes.size(), stderr);
}

bool parseOrComplain(QCommandLineParser &parser, const QStringList &args)
{
    if (parser.parse(args))
        return true;
    printErr(QStringLiteral("cloudwright-cli %1: %2").arg(args.value(0), parser.errorText()));
    printErr(parser.helpText());
    return false;
}

bool writeOut(std::string_view text, const QString &path)
{
    if (path.isEmpty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fflush(stdout);
        return true;
    }
    std::string error;
    if (io::writeFileAtomic(path.toStdString(), text, &error))
        return true;
    printErr(QStringLiteral("cloudwright-cli: cannot write %1: %2")
                 .arg(path, QString::fromStdString(error)));
    return false;
}

bool checkChoice(
    const QCommandLineParser &parser, const QString &option, const QStringList &allowed)
{
    const QString value = parser.value(option);
    if (allowed.contains(value))
        return true;
    printErr(QStringLiteral("cloudwright-cli: --%1 must be one of %2, not '%3'")
                 .arg(option, allowed.join(QLatin1String(", ")), value));
    return false;
}

} // namespace cw::cli
