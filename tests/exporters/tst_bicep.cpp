// SPDX-License-Identifier: MIT
#include "bicep/bicepexporter.h"
#include "bicepcheck.h"
#include "common/gate.h"
#include "common/text.h"
#include "goldens.h"
#include "io/document.h"
#include "preparedinput.h"
#include "testmodels.h"

#include <QRegularExpression>
#include <QtTest>
#include <random>

using namespace cw;
using namespace cw::exporters;

namespace {

ExportResult exportBicep(const Model &m)
{
    return testing::generateFor(BicepExporter(), m, { .force = true, .values = {} });
}

QString errorsOf(const ExportResult &r)
{
    QStringList out;
    for (const auto &e : r.errors)
        out << QString::fromStdString(e);
    return out.join(QLatin1Char('\n'));
}

std::map<std::string, std::string> filesOf(const ExportResult &r)
{
    std::map<std::string, std::string> out;
    for (const auto &f : r.files)
        out[f.path] = f.bytes;
    return out;
}

QString join(const std::vector<std::string> &lines)
{
    QStringList out;
    for (const auto &l : lines)
        out << QString::fromStdString(l);
    return out.join(QLatin1Char('\n'));
}

/// Every template with an Azure subscription, plus the models built in code.
QList<QPair<QString, Model>> models()
{
    QList<QPair<QString, Model>> out;
    for (const auto &[stem, path] : testing::templateFiles()) {
        auto loaded = io::loadFile(path.toStdString());
        if (!loaded.model)
            continue;
        if (std::any_of(loaded.model->accounts.begin(), loaded.model->accounts.end(),
                [](const Account &a) { return a.provider == Provider::Azure; }))
            out.append({ stem, *loaded.model });
    }
    out.append({ QStringLiteral("azure-showcase"), testmodels::azureShowcase() });
    out.append({ QStringLiteral("hostile"), testmodels::hostile() });
    return out;
}

} // namespace

/// The Bicep exporter: golden files, determinism, structure, escaping, the gate.
class tst_Bicep : public QObject
{
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &[name, model] : models())
            QTest::newRow(qPrintable(name)) << name;
    }

    void golden()
    {
        QFETCH(QString, name);
        for (const auto &[n, model] : models()) {
            if (n != name)
                continue;
            const ExportResult r = exportBicep(model);
            QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
            const QString diff
                = testing::compareWithGolden(r, testing::goldenDir(name, QStringLiteral("bicep")));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    void deterministic()
    {
        for (const auto &[name, model] : models()) {
            const ExportResult a = exportBicep(model);
            const ExportResult b = exportBicep(Model(model));
            QCOMPARE(a.files.size(), b.files.size());
            for (std::size_t i = 0; i < a.files.size(); ++i)
                QVERIFY2(a.files[i].path == b.files[i].path && a.files[i].bytes == b.files[i].bytes,
                    qPrintable(name + QLatin1Char(' ') + QString::fromStdString(a.files[i].path)));
        }
    }

    void structure_data() { golden_data(); }

    /// What can be checked without the Bicep compiler.
    void structure()
    {
        QFETCH(QString, name);
        for (const auto &[n, model] : models()) {
            if (n != name)
                continue;
            const auto problems = testing::checkBicep(filesOf(exportBicep(model)));
            QVERIFY2(problems.empty(), qPrintable(join(problems)));
        }
    }

    /// The structure check catches what it claims to, or passing it proves nothing.
    void structureCheckRejects_data()
    {
        QTest::addColumn<QString>("main");
        QTest::addColumn<QString>("expected");
        const QString ok
            = QStringLiteral("@description('Optional. x')\nparam location string = 'a'\n\n"
                             "module net './modules/network.bicep' = {\n  name: 'n'\n  params: {\n "
                             "   location: location\n  }\n}\n");
        QTest::newRow("clean") << ok << QString();
        QTest::newRow("unbalanced") << QString(ok).replace(QStringLiteral("}\n}\n"),
            QStringLiteral("}\n")) << QStringLiteral("never closed");
        QTest::newRow("undeclared") << QString(ok).replace(
            QStringLiteral("location: location"), QStringLiteral("location: where"))
                                    << QStringLiteral("'where' is not declared");
        QTest::newRow("unknown param") << QString(ok).replace(
            QStringLiteral("location: location"), QStringLiteral("place: location"))
                                       << QStringLiteral("has no param 'place'");
        QTest::newRow("missing module")
            << QString(ok).replace(QStringLiteral("network.bicep"), QStringLiteral("nope.bicep"))
            << QStringLiteral("missing file");
        QTest::newRow("bare interpolation") << ok + QStringLiteral("var x = ${location}\n")
                                            << QStringLiteral("${ outside a string");
        QTest::newRow("triple quote") << ok + QStringLiteral("var y = '''\nx\n'''\n")
                                      << QStringLiteral("multi-line ''' string");
        QTest::newRow("no description")
            << QString(ok).replace(QStringLiteral("@description('Optional. x')\n"), QString())
            << QStringLiteral("has no @description");
        QTest::newRow("bad escape")
            << ok + QStringLiteral("var z = 'a\\qb'\n") << QStringLiteral("unknown escape");
        QTest::newRow("unknown function") << ok + QStringLiteral("var w = evil(location)\n")
                                          << QStringLiteral("unknown function 'evil'");
    }

    void structureCheckRejects()
    {
        QFETCH(QString, main);
        QFETCH(QString, expected);
        std::map<std::string, std::string> files { { "a/main.bicep", main.toStdString() },
            { "a/modules/network.bicep",
                "@description('Required. x')\nparam location string\n\noutput id string = "
                "location\n" },
            { "a/main.prod.bicepparam", "using 'main.bicep'\n\nparam location = 'westeurope'\n" } };
        const QString problems = join(testing::checkBicep(files));
        if (expected.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        else
            QVERIFY2(problems.contains(expected), qPrintable(problems));
    }

    void paramFileMustMatch()
    {
        std::map<std::string, std::string> files {
            { "a/main.bicep", "@description('Required. x')\nparam location string\n" },
            { "a/main.prod.bicepparam", "using 'other.bicep'\n" }
        };
        QVERIFY(join(testing::checkBicep(files)).contains(QStringLiteral("using 'main.bicep'")));
        files["a/main.prod.bicepparam"] = "using 'main.bicep'\n\nparam nope = 1\n";
        const QString problems = join(testing::checkBicep(files));
        QVERIFY2(problems.contains(QStringLiteral("sets 'nope'")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("required param 'location' unset")),
            qPrintable(problems));
    }

    /// Planted text is escaped in every string, never in ''' strings, and adds no declaration.
    void hostileEscaped()
    {
        const ExportResult r = exportBicep(testmodels::hostile());
        QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
        const auto files = filesOf(r);
        QVERIFY2(testing::checkBicep(files).empty(), qPrintable(join(testing::checkBicep(files))));
        for (const auto &[path, text] : files) {
            QVERIFY2(path.find("..") == std::string::npos, path.c_str());
            if (!path.ends_with(".bicep"))
                continue;
            // Declarations only come from the generator: no 'evil' symbol.
            QVERIFY2(!QRegularExpression(QStringLiteral("^(resource|param|var|module|output) evil"),
                         QRegularExpression::MultilineOption)
                          .match(QString::fromStdString(text))
                          .hasMatch(),
                path.c_str());
            QVERIFY(text.find("'''") == std::string::npos);
        }
        // The escaped form of a planted string appears verbatim.
        bool found = false;
        for (const auto &[path, text] : files)
            found = found
                || text.find("bicep\\' } resource evil \\'x@1\\' = { \\'\\'\\' \\${sys} \\\\\\${}")
                    != std::string::npos;
        QVERIFY(found);
    }

    /// Random text decodes back from bicepString per the Bicep string rules, and never opens an
    /// interpolation or ends the string early.
    void randomStringsRoundTrip()
    {
        std::mt19937 rng(7);
        const std::string alphabet
            = std::string("'\\${}\n\r\t\x01\x7f\"` ab") + "\xc3\xa9\xe2\x80\xa8\xf0\x9f\x9a\x80";
        for (int i = 0; i < 2000; ++i) {
            std::string v;
            const int len = int(rng() % 20);
            for (int k = 0; k < len; ++k)
                v += alphabet[rng() % alphabet.size()];
            const std::string lit = bicepString(v);
            QVERIFY(lit.size() >= 2 && lit.front() == '\'' && lit.back() == '\'');
            std::string decoded;
            for (std::size_t k = 1; k + 1 < lit.size(); ++k) {
                const char c = lit[k];
                QVERIFY2(c != '\'' && c != '\n' && c != '\r', lit.c_str());
                QVERIFY2(!(c == '$' && lit[k + 1] == '{'), lit.c_str());
                if (c != '\\') {
                    decoded += c;
                    continue;
                }
                const char e = lit[++k];
                if (e == 'u') {
                    const auto close = lit.find('}', k);
                    const unsigned long cp
                        = std::stoul(lit.substr(k + 2, close - k - 2), nullptr, 16);
                    const char32_t cps[] = { char32_t(cp) };
                    decoded += QString::fromUcs4(cps, 1).toStdString();
                    k = close;
                } else {
                    const std::string from = "\\'nrt$";
                    const std::string to = "\\'\n\r\t$";
                    QVERIFY2(from.find(e) != std::string::npos, lit.c_str());
                    decoded += to[from.find(e)];
                }
            }
            QVERIFY2(decoded == validUtf8(v), lit.c_str());
        }
    }

    void conventions()
    {
        const auto files = filesOf(exportBicep(testmodels::azureShowcase()));
        for (const char *f : { "bank-prod/main.bicep", "bank-prod/main.prod.bicepparam",
                 "bank-prod/modules/network.bicep", "bank-prod/modules/data.bicep",
                 "bank-prod/modules/compute.bicep", "bank-prod/modules/security.bicep",
                 "bank-prod/modules/observability.bicep", "bank-prod/modules/edge.bicep",
                 "bank-prod/modules/connectivity.bicep", "bank-prod/modules/privatelink.bicep",
                 "bank-prod/modules/flowlogs.bicep", "bank-prod/README.md" })
            QVERIFY2(files.count(f), f);
        const std::string &network = files.at("bank-prod/modules/network.bicep");
        QVERIFY(network.find("serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers'")
            != std::string::npos);
        QVERIFY(network.find("serviceName: 'Microsoft.Web/serverFarms'") != std::string::npos);
        QVERIFY(network.find(".private.postgres.database.azure.com'") != std::string::npos);
        const std::string &data = files.at("bank-prod/modules/data.bicep");
        QVERIFY(data.find("@secure()\nparam ordersDbAdministratorPassword string")
            != std::string::npos);
        QVERIFY(data.find("mode: 'ZoneRedundant'") != std::string::npos);
        QVERIFY(files.at("bank-prod/main.prod.bicepparam")
                    .find("readEnvironmentVariable('ORDERS_DB_ADMINISTRATOR_PASSWORD')")
            != std::string::npos);
        const std::string &compute = files.at("bank-prod/modules/compute.bicep");
        QVERIFY(compute.find("httpsOnly: true") != std::string::npos);
        QVERIFY(compute.find("minTlsVersion: '1.2'") != std::string::npos);
        QVERIFY(compute.find("virtualNetworkSubnetId:") != std::string::npos);
        const std::string &security = files.at("bank-prod/modules/security.bicep");
        QVERIFY(security.find("enableRbacAuthorization: true") != std::string::npos);
        QVERIFY(security.find("enablePurgeProtection: true") != std::string::npos);
        // Only a public entry point is open to the internet.
        for (const auto &[path, text] : files)
            for (std::size_t pos = 0;
                 (pos = text.find("sourceAddressPrefix: 'Internet'", pos)) != std::string::npos;
                 ++pos)
                QVERIFY2(text.rfind("resource snetAgwNsg", pos) != std::string::npos
                        && text.find("resource", text.rfind("resource snetAgwNsg", pos) + 1) > pos,
                    path.c_str());
    }

    void gateAndEmptyModel()
    {
        Model m = testmodels::azureShowcase();
        m.accounts.front().networks.front().subnets[1].cidr = "10.10.0.0/26"; // overlaps snet-agw
        m.accounts.front().networks.front().subnets[1].loc = { 7, 3 };
        const testing::PreparedInput in(m);
        QVERIFY(!blockingFindings(in.report).empty());
        const ExportResult refused = BicepExporter().generate(in, {});
        QVERIFY(!refused.ok());
        QVERIFY(refused.files.empty());
        QVERIFY2(errorsOf(refused).contains(QStringLiteral("azure-showcase.cloudwright.yaml:")),
            qPrintable(errorsOf(refused)));
        QVERIFY(BicepExporter().generate(in, { .force = true, .values = {} }).ok());
        QStringList findings;
        const testing::PreparedInput clean(testmodels::azureShowcase());
        for (const auto &f : blockingFindings(clean.report))
            findings << QString::fromStdString(formatFinding(clean.model, f));
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
        QVERIFY(!exportBicep(testmodels::awsShowcase()).ok());
    }
};

QTEST_GUILESS_MAIN(tst_Bicep)
#include "tst_bicep.moc"
