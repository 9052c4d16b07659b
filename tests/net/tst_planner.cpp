// SPDX-License-Identifier: MIT
#include "model/model.h"
#include "net/planformat.h"
#include "net/planner.h"

#include <QtTest>
#include <set>
#include <yaml-cpp/yaml.h>

using namespace cw;
using namespace cw::net;

namespace {

Cidr cidr(const char *text)
{
    const auto c = Cidr::parse(text);
    if (!c)
        qFatal("bad CIDR in test: %s", text);
    return *c;
}

/// One line per row: "tier|zone|role|cidr|usable".
QStringList rowsText(const Plan &plan)
{
    QStringList out;
    for (const PlanRow &r : plan.rows)
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(QString::fromStdString(r.tier), QString::fromStdString(r.zone),
                       QString::fromStdString(r.role), QString::fromStdString(r.cidr.toString()))
                   .arg(r.usable, 0, 'g', 17);
    return out;
}

QString unallocatedText(const Plan &plan)
{
    QStringList out;
    for (const Cidr &c : plan.unallocated)
        out << QString::fromStdString(c.toString());
    return out.join(u' ');
}

PlanRequest seedRequest()
{
    PlanRequest r;
    r.network = cidr("10.0.0.0/13");
    r.zones = { "eu-west-3a", "eu-west-3b", "eu-west-3c" };
    r.tiers = { { "public", 24 }, { "app", 24 }, { "db", 24 }, { "admin", 24 } };
    r.spare = 1;
    return r;
}

} // namespace

/// The subnet planner: seed 002's layout, placement order, edge sizes, refusals, text and YAML.
class tst_Planner : public QObject
{
    Q_OBJECT
private slots:
    void seed002Layout()
    {
        // Seed 002: four tiers of /24 over three AZs, each tier's /22 holding a spare /24 first
        // and then AZ1..AZ3. (AWS itself would refuse a /13 VPC; the planner only does math.)
        std::string error;
        const auto plan = planSubnets(seedRequest(), &error);
        QVERIFY2(plan, error.c_str());
        QStringList expected;
        const char *tiers[] = { "public", "app", "db", "admin" };
        for (int t = 0; t < 4; ++t) {
            const int base = t * 4;
            expected << QStringLiteral("%1||range|10.0.%2.0/22|753").arg(tiers[t]).arg(base);
            expected << QStringLiteral("%1||spare|10.0.%2.0/24|251").arg(tiers[t]).arg(base);
            for (int z = 0; z < 3; ++z)
                expected << QStringLiteral("%1|eu-west-3%2|subnet|10.0.%3.0/24|251")
                                .arg(tiers[t])
                                .arg(QChar(u'a' + z))
                                .arg(base + z + 1);
        }
        QCOMPARE(rowsText(*plan), expected);
        QCOMPARE(unallocatedText(*plan),
            QStringLiteral("10.0.16.0/20 10.0.32.0/19 10.0.64.0/18 10.0.128.0/17 10.1.0.0/16 "
                           "10.2.0.0/15 10.4.0.0/14"));
    }

    void largestFirst()
    {
        PlanRequest r;
        r.network = cidr("10.0.0.0/16");
        r.zones = { "a", "b", "c" };
        r.tiers = { { "web", 24 }, { "app", 20 }, { "db", 26 }, { "mgmt", 24 } };
        std::string error;
        const auto plan = planSubnets(r, &error);
        QVERIFY2(plan, error.c_str());
        QStringList ranges;
        for (const PlanRow &row : plan->rows)
            if (row.role == "range")
                ranges << QString::fromStdString(row.tier + " " + row.cidr.toString());
        // Rows keep request order; addresses go to the largest range first, equal sizes in order.
        QCOMPARE(ranges,
            QStringList(
                { "web 10.0.64.0/22", "app 10.0.0.0/18", "db 10.0.72.0/24", "mgmt 10.0.68.0/22" }));
        QCOMPARE(unallocatedText(*plan),
            QStringLiteral("10.0.73.0/24 10.0.74.0/23 10.0.76.0/22 10.0.80.0/20 "
                           "10.0.96.0/19 10.0.128.0/17"));
    }

    void roundedUpSlotsStaySpare()
    {
        PlanRequest r;
        r.network = cidr("10.0.0.0/22");
        r.zones = { "z1", "z2" };
        r.tiers = { { "app", 24 } };
        std::string error;
        const auto plan = planSubnets(r, &error);
        QVERIFY2(plan, error.c_str());
        QCOMPARE(rowsText(*plan),
            QStringList({ "app||range|10.0.0.0/22|502", "app||spare|10.0.0.0/24|251",
                "app|z1|subnet|10.0.1.0/24|251", "app|z2|subnet|10.0.2.0/24|251",
                "app||spare|10.0.3.0/24|251" }));
        QVERIFY(plan->unallocated.empty());
    }

    void noSpare()
    {
        PlanRequest r;
        r.network = cidr("192.168.0.0/24");
        r.zones = { "1", "2", "3", "4" };
        r.tiers = { { "web", 26 } };
        r.spare = 0;
        r.provider = Provider::Gcp;
        std::string error;
        const auto plan = planSubnets(r, &error);
        QVERIFY2(plan, error.c_str());
        QCOMPARE(rowsText(*plan),
            QStringList({ "web||range|192.168.0.0/24|240", "web|1|subnet|192.168.0.0/26|60",
                "web|2|subnet|192.168.0.64/26|60", "web|3|subnet|192.168.0.128/26|60",
                "web|4|subnet|192.168.0.192/26|60" }));
    }

    void ipv6()
    {
        PlanRequest r;
        r.network = cidr("2001:db8:0:100::/56");
        r.zones = { "a", "b", "c" };
        r.tiers = { { "public", 64 }, { "private", 64 } };
        std::string error;
        const auto plan = planSubnets(r, &error);
        QVERIFY2(plan, error.c_str());
        QCOMPARE(plan->rows.size(), std::size_t(10));
        QCOMPARE(QString::fromStdString(plan->rows[0].cidr.toString()),
            QStringLiteral("2001:db8:0:100::/62"));
        QCOMPARE(QString::fromStdString(plan->rows[2].cidr.toString()),
            QStringLiteral("2001:db8:0:101::/64"));
        QCOMPARE(QString::fromStdString(plan->rows[5].cidr.toString()),
            QStringLiteral("2001:db8:0:104::/62"));
        QCOMPARE(unallocatedText(*plan),
            QStringLiteral("2001:db8:0:108::/61 2001:db8:0:110::/60 2001:db8:0:120::/59 "
                           "2001:db8:0:140::/58 2001:db8:0:180::/57"));
    }

    void wholeIpv6Space()
    {
        // The range is the whole address space: sizes of 2^128 must not overflow.
        PlanRequest r;
        r.network = cidr("::/0");
        r.zones = { "a" };
        r.tiers = { { "all", 1 } };
        std::string error;
        const auto plan = planSubnets(r, &error);
        QVERIFY2(plan, error.c_str());
        QCOMPARE(rowsText(*plan).join(u' '),
            QStringLiteral("all||range|::/0|1.7014118346046923e+38 "
                           "all||spare|::/1|1.7014118346046923e+38 "
                           "all|a|subnet|8000::/1|1.7014118346046923e+38"));
        QVERIFY(plan->unallocated.empty());
        r.tiers.push_back({ "more", 64 });
        QVERIFY(!planSubnets(r, &error));
        QCOMPARE(QString::fromStdString(error),
            QStringLiteral("the 2 tiers need more than 2^128 addresses (1 zone + 1 spare = 2 "
                           "subnets each, ranges rounded up to powers of two) but the network "
                           "::/0 has 2^128"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<QStringList>("zones");
        QTest::addColumn<QStringList>("tiers"); // "name/prefix"
        QTest::addColumn<int>("spare");
        QTest::addColumn<QString>("message");
        const QStringList abc { "a", "b", "c" };
        QTest::newRow("host bits") << "10.0.0.1/16" << abc << QStringList { "app/24" } << 1
                                   << "network 10.0.0.1/16 has host bits set; use 10.0.0.0/16";
        QTest::newRow("no zones") << "10.0.0.0/16" << QStringList {} << QStringList { "app/24" }
                                  << 1 << "no zones to plan subnets for";
        QTest::newRow("no tiers") << "10.0.0.0/16" << abc << QStringList {} << 1
                                  << "no tiers to plan";
        QTest::newRow("negative spare") << "10.0.0.0/16" << abc << QStringList { "app/24" } << -1
                                        << "spare slots must be 0 or more, got -1";
        QTest::newRow("zone twice") << "10.0.0.0/16" << QStringList { "a", "b", "a" }
                                    << QStringList { "app/24" } << 1 << "zone 'a' is listed twice";
        QTest::newRow("empty zone") << "10.0.0.0/16" << QStringList { "a", "" }
                                    << QStringList { "app/24" } << 1 << "zone 2 has an empty name";
        QTest::newRow("tier twice") << "10.0.0.0/16" << abc << QStringList { "app/24", "app/26" }
                                    << 1 << "tier 'app' is listed twice";
        QTest::newRow("empty tier")
            << "10.0.0.0/16" << abc << QStringList { "/24" } << 1 << "tier 1 has an empty name";
        QTest::newRow("bad prefix") << "10.0.0.0/16" << abc << QStringList { "app/33" } << 1
                                    << "tier 'app': prefix /33 is not valid for IPv4 (0-32)";
        QTest::newRow("tier larger than network")
            << "10.0.0.0/20" << abc << QStringList { "app/16" } << 1
            << "tier 'app': subnets of /16 are larger than the network 10.0.0.0/20";
        QTest::newRow("no usable addresses")
            << "10.0.0.0/16" << abc << QStringList { "app/30" } << 1
            << "tier 'app': a /30 subnet has no usable addresses on aws (5 reserved)";
        QTest::newRow("range too big")
            << "10.0.0.0/23" << abc << QStringList { "app/24" } << 1
            << "tier 'app' needs a /22 (3 zones + 1 spare = 4 x /24, 1024 addresses) but the "
               "network 10.0.0.0/23 has 512";
        QTest::newRow("range too big, rounded")
            << "10.0.0.0/23" << QStringList { "a", "b" } << QStringList { "app/24" } << 1
            << "tier 'app' needs a /22 (2 zones + 1 spare = 3 x /24, rounded up to 4, 1024 "
               "addresses) but the network 10.0.0.0/23 has 512";
        QTest::newRow("range beyond address space")
            << "0.0.0.0/0" << abc << QStringList { "app/1" } << 1
            << "tier 'app' needs more than the whole address space (3 zones + 1 spare = 4 x /1, "
               "8589934592 addresses) but the "
               "network 0.0.0.0/0 has 4294967296";
        QTest::newRow("too many slots")
            << "::/0" << abc << QStringList { "app/128" } << 100000000
            << "each tier would hold 100000003 subnets (zones + spare); the planner handles at "
               "most 1024";
        QTest::newRow("tiers together too big")
            << "10.0.0.0/21" << abc << QStringList { "public/24", "app/24", "db/24", "admin/24" }
            << 1
            << "the 4 tiers need 4096 addresses (3 zones + 1 spare = 4 subnets each, ranges "
               "rounded up to powers of two) but the network 10.0.0.0/21 has 2048";
    }
    void refusals()
    {
        QFETCH(QString, network);
        QFETCH(QStringList, zones);
        QFETCH(QStringList, tiers);
        QFETCH(int, spare);
        QFETCH(QString, message);
        PlanRequest r;
        r.network = cidr(network.toLatin1().constData());
        for (const QString &z : zones)
            r.zones.push_back(z.toStdString());
        for (const QString &t : tiers)
            r.tiers.push_back({ t.section(u'/', 0, 0).toStdString(), t.section(u'/', 1).toInt() });
        r.spare = spare;
        std::string error;
        QVERIFY(!planSubnets(r, &error));
        QCOMPARE(QString::fromStdString(error), message);
        QVERIFY(!planSubnets(r, nullptr));
    }

    void tierKinds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        for (const char *n : { "public", "pub", "web", "edge", "dmz", "Public", "DMZ" })
            QTest::newRow(n) << n << "public";
        for (const char *n : { "db", "data", "database", "isolated", "Database" })
            QTest::newRow(n) << n << "isolated";
        for (const char *n : { "app", "admin", "private", "web-app", "dbs", "" })
            QTest::newRow(n) << n << "private";
    }
    void tierKinds()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QCOMPARE(QString::fromUtf8(toString(tierKindOf(name.toStdString()))), kind);
    }

    void text()
    {
        PlanRequest r;
        r.network = cidr("10.0.0.0/23");
        r.zones = { "eu-west-3a", "eu-west-3b" };
        r.tiers = { { "web", 26 } };
        const auto plan = planSubnets(r, nullptr);
        QVERIFY(plan);
        const QString expected
            = QStringLiteral("tier  zone        cidr           usable (aws reserves 5 per subnet)\n"
                             "web   (range)     10.0.0.0/24    118\n"
                             "web   (spare)     10.0.0.0/26    59\n"
                             "web   eu-west-3a  10.0.0.64/26   59\n"
                             "web   eu-west-3b  10.0.0.128/26  59\n"
                             "web   (spare)     10.0.0.192/26  59\n"
                             "unallocated: 10.0.1.0/24 (256 addresses)\n");
        QCOMPARE(QString::fromStdString(planToText(*plan, Provider::Aws)), expected);
        // The provider given to the formatter decides the usable counts.
        QVERIFY(QString::fromStdString(planToText(*plan, Provider::Gcp))
                    .contains(QStringLiteral("eu-west-3a  10.0.0.64/26   60\n")));
    }

    void yamlSeed()
    {
        const auto plan = planSubnets(seedRequest(), nullptr);
        QVERIFY(plan);
        const std::string yaml = planToYaml(*plan, 8);
        QStringList lines = QString::fromStdString(yaml).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13);
        QCOMPARE(lines[0], QStringLiteral("        subnets:"));
        QCOMPARE(lines[1],
            QStringLiteral("          - { id: public-a, tier: public, zone: "
                           "eu-west-3a, cidr: 10.0.1.0/24 }"));
        QCOMPARE(lines[9],
            QStringLiteral("          - { id: db-c, tier: isolated, zone: "
                           "eu-west-3c, cidr: 10.0.11.0/24 }"));
        QCOMPARE(lines[12],
            QStringLiteral("          - { id: admin-c, tier: private, zone: "
                           "eu-west-3c, cidr: 10.0.15.0/24 }"));
        // It is YAML a loader reads back: ids valid and unique, tiers mapped, CIDRs parse.
        const YAML::Node root = YAML::Load(yaml);
        std::set<std::string> ids;
        for (const auto &s : root["subnets"]) {
            const auto id = s["id"].as<std::string>();
            QVERIFY2(isValidId(id), id.c_str());
            QVERIFY(ids.insert(id).second);
            QVERIFY(tierFromString(s["tier"].as<std::string>()));
            QVERIFY(Cidr::parse(s["cidr"].as<std::string>()));
        }
        QCOMPARE(ids.size(), std::size_t(12));
    }

    void yamlIds_data()
    {
        QTest::addColumn<QStringList>("zones");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("network");
        QTest::addColumn<QStringList>("expected"); // "id zone cidr" as written
        QTest::newRow("azure numeric zones")
            << QStringList { "1", "2" } << "Web Tier"
            << "10.0.0.0/22"
            << QStringList { "web-tier-1 \"1\" 10.0.1.0/24", "web-tier-2 \"2\" 10.0.2.0/24" };
        QTest::newRow("gcp zones")
            << QStringList { "europe-west1-b", "europe-west1-c" } << "db"
            << "10.0.0.0/22"
            << QStringList { "db-b europe-west1-b 10.0.1.0/24", "db-c europe-west1-c 10.0.2.0/24" };
        QTest::newRow("colliding suffixes use whole zone")
            << QStringList { "us-east-1a", "us-west-2a" } << "app"
            << "10.0.0.0/22"
            << QStringList { "app-us-east-1a us-east-1a 10.0.1.0/24",
                   "app-us-west-2a us-west-2a 10.0.2.0/24" };
        QTest::newRow("odd zone text quoted")
            << QStringList { "zone: \"x\"", "yes" } << "app"
            << "10.0.0.0/22"
            << QStringList { "app-x \"zone: \\\"x\\\"\" 10.0.1.0/24",
                   "app-yes \"yes\" 10.0.2.0/24" };
        QTest::newRow("ipv6 quoted")
            << QStringList { "a" } << "app"
            << "2001:db8::/63" << QStringList { "app-a a \"2001:db8:0:1::/64\"" };
    }
    void yamlIds()
    {
        QFETCH(QStringList, zones);
        QFETCH(QString, tier);
        QFETCH(QString, network);
        QFETCH(QStringList, expected);
        PlanRequest r;
        r.network = cidr(network.toLatin1().constData());
        for (const QString &z : zones)
            r.zones.push_back(z.toStdString());
        r.tiers = { { tier.toStdString(), network.contains(u':') ? 64 : 24 } };
        std::string error;
        const auto plan = planSubnets(r, &error);
        QVERIFY2(plan, error.c_str());
        const std::string yaml = planToYaml(*plan);
        QStringList got;
        for (const QString &line : QString::fromStdString(yaml).split(u'\n', Qt::SkipEmptyParts)) {
            static const QRegularExpression re(
                QStringLiteral(R"(^  - \{ id: (\S+), tier: \w+, zone: (.*), cidr: (.*) \}$)"));
            const auto m = re.match(line);
            if (m.hasMatch())
                got << m.captured(1) + u' ' + m.captured(2) + u' ' + m.captured(3);
        }
        QCOMPARE(got, expected);
        // The quoting holds up in a real YAML reader.
        const YAML::Node root = YAML::Load(yaml);
        QCOMPARE(int(root["subnets"].size()), zones.size());
        for (int i = 0; i < zones.size(); ++i)
            QCOMPARE(
                QString::fromStdString(root["subnets"][i]["zone"].as<std::string>()), zones[i]);
    }
};

QTEST_GUILESS_MAIN(tst_Planner)
#include "tst_planner.moc"
