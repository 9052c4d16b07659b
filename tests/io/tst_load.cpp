// SPDX-License-Identifier: MIT
#include "badcases.h"
#include "io/document.h"
#include "iotestsupport.h"

#include <QtTest>
#include <sys/stat.h>

using namespace cw;
using namespace cw::io;

namespace {

/// The example of DESIGN.md, adapted to the test catalog.
const char *kExample = R"(cloudwright: 1                      # format version
name: Innovate Inc.
description: Web SPA + Flask API on EKS, Aurora PostgreSQL
accounts:
  - id: prod
    name: Production
    provider: aws
    role: workload
    environment: prod
    tags: { owner: platform, cost-center: "1234" }
    networks:
      - id: prod-vpc
        region: eu-west-3
        cidrs: [10.0.0.0/16, "2001:db8::/56"]
        zones: [eu-west-3a, eu-west-3b]
        subnets:
          - { id: public-a, tier: public,   zone: eu-west-3a, cidr: 10.0.0.0/24 }
          - { id: app-a,    tier: private,  zone: eu-west-3a, cidr: 10.0.16.0/20, ipv6_cidr: "2001:db8::/64" }
          - { id: app-b,    tier: private,  zone: eu-west-3b, cidr: 10.0.32.5/20 }
        services:
          - id: api
            kind: aws.eks
            subnets: [app-a, app-b]
            properties: { version: "1.31", node_min: 2, node_max: 10, instance_types: [m7g.large], spot_share: 1, private_endpoint: true }
    services:
      - { id: spa, kind: aws.s3, region: eu-west-3 }
      - { id: cdn, kind: aws.cloudfront }
  - id: onprem-dc
    provider: azure
    environment: dev
    services:
      - { id: vault, kind: azure.key-vault, region: westeurope }
externals:
  - { id: users, kind: internet }
  - { id: office, kind: on-premises, cidrs: [192.168.0.0/16] }
connections:
  - { from: users, to: cdn, protocol: https, port: 443 }
  - { id: cdn-to-api, from: cdn, to: api, protocol: https, port: 443, description: origin }
links:
  - { id: office-vpn, kind: vpn, networks: [prod-vpc, office] }
suppressions:
  - { rule: COST-004, target: cdn-to-api, reason: "kept for load tests", expires: 2027-06-30 }
diagram:
  nodes: { prod-vpc: { x: 40, y: 80.5, w: 900, h: 520 } }
)";

} // namespace

/// Loading: good documents into the right model, bad ones into exact compiler-style messages.
class tst_Load : public QObject
{
    Q_OBJECT
private slots:
    void example()
    {
        const LoadResult r
            = loadText(kExample, Format::Yaml, "shop.cloudwright.yaml", testCatalog());
        QVERIFY2(r.model, qPrintable(errorText(r)));
        const Model &m = *r.model;
        QCOMPARE(qs(m.name), QString("Innovate Inc."));
        QCOMPARE(qs(m.sourceFile), QString("shop.cloudwright.yaml"));
        QCOMPARE(int(m.accounts.size()), 2);
        const Account &prod = m.accounts[0];
        QVERIFY(prod.provider == Provider::Aws);
        QVERIFY(m.accounts[1].environment == Environment::Dev);
        QCOMPARE(qs(prod.tags.at("cost-center")), QString("1234"));
        QCOMPARE(prod.loc.line, 5);
        QCOMPARE(prod.loc.column, 5);
        const Network &vpc = prod.networks.at(0);
        QCOMPARE(int(vpc.cidrs.size()), 2);
        QCOMPARE(qs(vpc.cidrs[1]), QString("2001:db8::/56"));
        QCOMPARE(int(vpc.subnets.size()), 3);
        QVERIFY(vpc.subnets[0].tier == Tier::Public);
        QCOMPARE(qs(vpc.subnets[1].ipv6Cidr), QString("2001:db8::/64"));
        // Host bits set is for the rules to report, not a load error.
        QCOMPARE(qs(vpc.subnets[2].cidr), QString("10.0.32.5/20"));
        QCOMPARE(vpc.subnets[1].loc.line, 18);
        QCOMPARE(vpc.subnets[1].loc.column, 13);

        const Service &api = vpc.services.at(0);
        QCOMPARE(qs(api.kind), QString("aws.eks"));
        QCOMPARE(int(api.subnets.size()), 2);
        // Values take the catalog's type: "1.31" string, ints, a YAML int in a number property.
        QVERIFY(std::get<std::string>(api.properties.at("version").value) == "1.31");
        QCOMPARE(std::get<std::int64_t>(api.properties.at("node_min").value), std::int64_t(2));
        QCOMPARE(std::get<double>(api.properties.at("spot_share").value), 1.0);
        QCOMPARE(std::get<bool>(api.properties.at("private_endpoint").value), true);
        QVERIFY(std::get<std::vector<std::string>>(api.properties.at("instance_types").value)
            == std::vector<std::string> { "m7g.large" });
        QCOMPARE(api.properties.at("node_min").loc.line, 24);

        QCOMPARE(int(m.externals.size()), 2);
        QVERIFY(m.externals[1].kind == ExternalKind::OnPremises);
        QCOMPARE(m.connections[1].port, 443);
        QCOMPARE(qs(m.connections[1].id), QString("cdn-to-api"));
        QVERIFY(m.links[0].kind == LinkKind::Vpn);
        QCOMPARE(qs(m.suppressions[0].expires), QString("2027-06-30"));
        QCOMPARE(m.diagram.nodes.at("prod-vpc").y, 80.5);
    }

    void sameModelFromJson()
    {
        const LoadResult y = loadText(kExample, Format::Yaml, "a.yaml", testCatalog());
        QVERIFY(y.model);
        const std::string json = saveText(*y.model, Format::Json);
        const LoadResult j = loadText(json, Format::Json, "a.json", testCatalog());
        QVERIFY2(j.model, qPrintable(errorText(j)));
        QVERIFY(sameContent(*y.model, *j.model));
        // JSON positions are exact too.
        QCOMPARE(j.model->accounts[0].loc.line, 6);
        QCOMPARE(j.model->accounts[0].loc.column, 5);
    }

    void good_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("text");
        QTest::newRow("minimal") << "yaml"
                                 << "cloudwright: 1\n";
        QTest::newRow("minimal json") << "json"
                                      << "{\"cloudwright\": 1}";
        QTest::newRow("json in a yaml file") << "yaml"
                                             << "{\"cloudwright\": 1, \"name\": \"x\"}";
        QTest::newRow("bom and crlf") << "yaml"
                                      << "\xEF\xBB\xBF"
                                         "cloudwright: 1\r\nname: x\r\n";
        QTest::newRow("empty optional values")
            << "yaml"
            << "cloudwright: 1\nname:\ndescription: ~\naccounts:\n";
        QTest::newRow("block scalar") << "yaml"
                                      << "cloudwright: 1\ndescription: |\n  line one\n  line two\n";
        QTest::newRow("vpn to on-premises")
            << "yaml"
            << "cloudwright: 1\naccounts:\n- id: a\n  provider: aws\n  networks:\n"
               "  - { id: n, cidrs: [10.0.0.0/16] }\n"
               "externals: [{ id: dc, kind: on-premises }]\n"
               "links: [{ kind: vpn, networks: [n, dc] }]\n";
    }
    void good()
    {
        QFETCH(QString, format);
        QFETCH(QString, text);
        const LoadResult r = loadText(
            text.toStdString(), format == "json" ? Format::Json : Format::Yaml, "f", testCatalog());
        QVERIFY2(r.model && r.errors.empty(), qPrintable(errorText(r)));
    }

    void bad_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        for (const BadCase &c : badCases())
            QTest::newRow(c.name) << c.format << QByteArray(c.text.data(), qsizetype(c.text.size()))
                                  << QString::fromUtf8(c.expected);
    }
    void bad()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        LoadLimits limits;
        limits.maxBytes = 4096;
        const LoadResult r = loadText(std::string_view(text.constData(), std::size_t(text.size())),
            format == "json" ? Format::Json : Format::Yaml, "f", testCatalog(), limits);
        QVERIFY(!r.model);
        QCOMPARE(errorText(r), expected);
    }

    void loadFileErrors()
    {
        const LoadResult r = loadFile("/nonexistent/x.cloudwright.yaml", testCatalog());
        QVERIFY(!r.model);
        QCOMPARE(errorText(r),
            QString("/nonexistent/x.cloudwright.yaml: error: cannot open: No such file or "
                    "directory\n"));
        // A FIFO would block a plain open() until someone writes to it.
        QTemporaryDir dir;
        const QString fifo = dir.filePath("fifo.cloudwright.yaml");
        QVERIFY(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
        const LoadResult f = loadFile(fifo.toStdString(), testCatalog());
        QVERIFY(!f.model);
        QCOMPARE(errorText(f), fifo + ": error: cannot read: not a regular file\n");
        QVERIFY(formatForPath("a/b.cloudwright.JSON") == Format::Json);
        QVERIFY(formatForPath("a/b.cloudwright.yaml") == Format::Yaml);
        QVERIFY(formatForPath("json") == Format::Yaml);
    }
};

QTEST_GUILESS_MAIN(tst_Load)
#include "tst_load.moc"
