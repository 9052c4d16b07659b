// SPDX-License-Identifier: MIT
#include "cli/cliutil.h"
#include "cli/commands.h"
#include "net/planformat.h"

#include <QRegularExpression>

namespace cw::cli {
namespace {

/// "public:/24,app:/22" -> tier requests; prints the reason and returns false on bad input.
bool parseTiers(const QString &text, std::vector<net::TierRequest> &out)
{
    for (const auto &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = QRegularExpression(QStringLiteral("^\\s*([A-Za-z0-9_-]+):/?(\\d{1,3})\\s*$"))
                           .match(part);
        if (!m.hasMatch()) {
            printErr(QStringLiteral("cloudwright-cli plan: bad tier '%1': expected NAME:/PREFIX, "
                                    "e.g. app:/24")
                         .arg(part));
            return false;
        }
        out.push_back(net::TierRequest { m.captured(1).toStdString(), m.captured(2).toInt() });
    }
    if (out.empty()) {
        printErr(QStringLiteral("cloudwright-cli plan: --tiers is required, e.g. "
                                "--tiers public:/24,app:/22,db:/24"));
        return false;
    }
    return true;
}

} // namespace

int runPlan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Plan subnets: one range per tier, one subnet per zone, spare slots kept."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("cidr"),
        QStringLiteral("the network block, e.g. 10.0.0.0/16"), QStringLiteral("cidr") });
    parser.addOption({ QStringLiteral("zones"), QStringLiteral("comma-separated zones"),
        QStringLiteral("z1,z2,...") });
    parser.addOption({ QStringLiteral("tiers"),
        QStringLiteral("comma-separated NAME:/PREFIX, e.g. public:/24,app:/22"),
        QStringLiteral("tiers") });
    parser.addOption(
        { QStringLiteral("spare"), QStringLiteral("spare subnet slots kept per tier (default 1)"),
            QStringLiteral("n"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("provider"),
        QStringLiteral("aws, azure or gcp: reserved addresses (default aws)"),
        QStringLiteral("provider"), QStringLiteral("aws") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("text or yaml (default text)"),
        QStringLiteral("format"), QStringLiteral("text") });
    if (!parseOrComplain(parser, args))
        return kExitUsage;
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return kExitOk;
    }
    if (!checkChoice(
            parser, QStringLiteral("format"), { QStringLiteral("text"), QStringLiteral("yaml") })
        || !checkChoice(parser, QStringLiteral("provider"),
            { QStringLiteral("aws"), QStringLiteral("azure"), QStringLiteral("gcp") }))
        return kExitUsage;

    net::PlanRequest request;
    std::string why;
    const QString cidr = parser.value(QStringLiteral("cidr"));
    auto network = net::Cidr::parse(cidr.toStdString(), &why);
    if (cidr.isEmpty() || !network) {
        printErr(cidr.isEmpty() ? QStringLiteral("cloudwright-cli plan: --cidr is required")
                                : QStringLiteral("cloudwright-cli plan: --cidr %1: %2")
                                      .arg(cidr, QString::fromStdString(why)));
        return kExitUsage;
    }
    request.network = *network;
    for (const auto &z :
        parser.value(QStringLiteral("zones")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.zones.push_back(z.trimmed().toStdString());
    if (request.zones.empty()) {
        printErr(QStringLiteral("cloudwright-cli plan: --zones is required, e.g. "
                                "--zones eu-west-3a,eu-west-3b,eu-west-3c"));
        return kExitUsage;
    }
    if (!parseTiers(parser.value(QStringLiteral("tiers")), request.tiers))
        return kExitUsage;
    bool ok = false;
    request.spare = parser.value(QStringLiteral("spare")).toInt(&ok);
    if (!ok || request.spare < 0 || request.spare > 1024) {
        printErr(QStringLiteral("cloudwright-cli plan: --spare must be a number from 0 to 1024"));
        return kExitUsage;
    }
    request.provider = *providerFromString(parser.value(QStringLiteral("provider")).toStdString());

    const auto plan = net::planSubnets(request, &why);
    if (!plan) {
        printErr(QStringLiteral("cloudwright-cli plan: %1").arg(QString::fromStdString(why)));
        return kExitUsage;
    }
    const std::string text = parser.value(QStringLiteral("format")) == QLatin1String("yaml")
        ? net::planToYaml(*plan)
        : net::planToText(*plan, request.provider);
    return writeOut(text, {}) ? kExitOk : kExitUsage;
}

} // namespace cw::cli
