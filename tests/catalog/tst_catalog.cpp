// SPDX-License-Identifier: MIT
#include "catalog/catalog.h"

#include <QtTest>
#include <regex>
#include <set>

using namespace cw;

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

/// The built-in catalog's content: required kinds, kind facts, documented and valid properties.
class tst_Catalog : public QObject
{
    Q_OBJECT
private slots:
    void builtinLoads()
    {
        const Catalog &c = Catalog::builtin();
        QVERIFY(c.kinds().size() >= 46);
        QCOMPARE(&Catalog::builtin(), &c);
        for (std::size_t i = 1; i < c.kinds().size(); ++i)
            QVERIFY2(c.kinds()[i - 1].kind < c.kinds()[i].kind, c.kinds()[i].kind.c_str());
        QVERIFY(c.find("aws.alb"));
        QVERIFY(!c.find("aws.albx"));
        QVERIFY(!c.find(""));
        QVERIFY(!c.find("zzz"));
    }

    void embeddedMatchesSource()
    {
        // The build embeds core/catalog/catalog.yaml; a stale embedding would differ from it.
        QFile file(QStringLiteral(CW_SOURCE_DIR "/core/catalog/catalog.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Catalog fromDisk = Catalog::fromYaml(file.readAll().toStdString());
        const Catalog &builtin = Catalog::builtin();
        QCOMPARE(fromDisk.kinds().size(), builtin.kinds().size());
        for (std::size_t i = 0; i < builtin.kinds().size(); ++i) {
            const KindSpec &a = fromDisk.kinds()[i];
            const KindSpec &b = builtin.kinds()[i];
            QVERIFY2(a.kind == b.kind && a.doc == b.doc, b.kind.c_str());
            QCOMPARE(a.properties.size(), b.properties.size());
            for (std::size_t j = 0; j < a.properties.size(); ++j)
                QVERIFY2(a.properties[j].name == b.properties[j].name
                        && a.properties[j].defaultValue == b.properties[j].defaultValue,
                    (b.kind + "." + b.properties[j].name).c_str());
        }
    }

    void iconsFollowKindIds()
    {
        // The GUI looks icons up by stem; one rule keeps the icon set predictable.
        for (const KindSpec &k : Catalog::builtin().kinds()) {
            std::string expected = k.kind;
            expected[expected.find('.')] = '-';
            QVERIFY2(k.icon == expected, k.kind.c_str());
        }
    }

    void requiredKinds_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *k : { "aws.internet-gateway", "aws.nat-gateway", "aws.alb", "aws.nlb",
                 "aws.cloudfront", "aws.waf", "aws.s3", "aws.eks", "aws.eks-node-group",
                 "aws.ecs-fargate", "aws.ecr", "aws.rds-postgresql", "aws.aurora-postgresql",
                 "aws.sqs", "aws.sns", "aws.secrets-manager", "aws.cloudwatch", "aws.route53",
                 "aws.acm", "aws.bastion", "aws.ec2", "aws.api-gateway", "aws.vpc-endpoint",
                 "aws.codepipeline", "aws.organizations", "aws.cloudtrail", "aws.guardduty",
                 "aws.kms", "azure.app-service", "azure.static-web-app",
                 "azure.postgresql-flexible", "azure.key-vault", "azure.app-insights",
                 "azure.log-analytics", "azure.container-registry", "azure.front-door",
                 "azure.application-gateway", "azure.bastion", "azure.vpn-gateway",
                 "azure.firewall", "azure.logic-app", "azure.storage-account", "azure.redis-cache",
                 "azure.load-balancer", "azure.private-endpoint", "azure.aks" })
            QTest::newRow(k) << QString::fromLatin1(k);
    }
    void requiredKinds()
    {
        QFETCH(QString, kind);
        const KindSpec *k = Catalog::builtin().find(kind.toStdString());
        QVERIFY2(k, qPrintable(kind));
        QVERIFY(!k->label.empty());
        QVERIFY(!k->icon.empty());
        QVERIFY(!k->doc.empty());
        QVERIFY(!k->category.empty());
        QVERIFY(!k->placements.empty());
        QCOMPARE(qs(toString(k->provider)) + QLatin1Char('.'), kind.left(kind.indexOf('.') + 1));
    }

    void kindFacts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("placement"); // one placement it must allow
        QTest::addColumn<int>("minZones");
        QTest::addColumn<bool>("dataStore");
        QTest::addColumn<bool>("entryPoint");
        QTest::newRow("alb") << "aws.alb"
                             << "public-subnet" << 2 << false << true;
        QTest::newRow("nat") << "aws.nat-gateway"
                             << "public-subnet" << 0 << false << false;
        QTest::newRow("igw") << "aws.internet-gateway"
                             << "network" << 0 << false << true;
        QTest::newRow("cloudfront") << "aws.cloudfront"
                                    << "global" << 0 << false << true;
        QTest::newRow("waf regional") << "aws.waf"
                                      << "region" << 0 << false << false;
        QTest::newRow("waf global") << "aws.waf"
                                    << "global" << 0 << false << false;
        QTest::newRow("s3") << "aws.s3"
                            << "region" << 0 << true << false;
        QTest::newRow("eks") << "aws.eks"
                             << "private-subnet" << 2 << false << false;
        QTest::newRow("rds") << "aws.rds-postgresql"
                             << "isolated-subnet" << 2 << true << false;
        QTest::newRow("aurora") << "aws.aurora-postgresql"
                                << "private-subnet" << 2 << true << false;
        QTest::newRow("sqs") << "aws.sqs"
                             << "region" << 0 << true << false;
        QTest::newRow("api gw") << "aws.api-gateway"
                                << "region" << 0 << false << true;
        QTest::newRow("bastion") << "aws.bastion"
                                 << "public-subnet" << 0 << false << true;
        QTest::newRow("route53") << "aws.route53"
                                 << "global" << 0 << false << false;
        QTest::newRow("pg flex") << "azure.postgresql-flexible"
                                 << "isolated-subnet" << 0 << true << false;
        QTest::newRow("front door") << "azure.front-door"
                                    << "global" << 0 << false << true;
        QTest::newRow("app gw") << "azure.application-gateway"
                                << "public-subnet" << 0 << false << true;
        QTest::newRow("storage") << "azure.storage-account"
                                 << "region" << 0 << true << false;
        QTest::newRow("app service") << "azure.app-service"
                                     << "private-subnet" << 0 << false << true;
    }
    void kindFacts()
    {
        QFETCH(QString, kind);
        QFETCH(QString, placement);
        QFETCH(int, minZones);
        QFETCH(bool, dataStore);
        QFETCH(bool, entryPoint);
        const KindSpec *k = Catalog::builtin().find(kind.toStdString());
        QVERIFY(k);
        bool found = false;
        for (Placement p : k->placements)
            found = found || qs(toString(p)) == placement;
        QVERIFY2(found, qPrintable(placement));
        QCOMPARE(k->minZones, minZones);
        QCOMPARE(k->dataStore, dataStore);
        QCOMPARE(k->entryPoint, entryPoint);
    }

    void azureSubnetFacts()
    {
        const Catalog &c = Catalog::builtin();
        QCOMPARE(qs(c.find("azure.bastion")->subnetName), QStringLiteral("AzureBastionSubnet"));
        QCOMPARE(c.find("azure.bastion")->maxSubnetPrefix, 26);
        QVERIFY(c.find("azure.bastion")->dedicatedSubnet);
        QCOMPARE(qs(c.find("azure.vpn-gateway")->subnetName), QStringLiteral("GatewaySubnet"));
        QCOMPARE(qs(c.find("azure.firewall")->subnetName), QStringLiteral("AzureFirewallSubnet"));
        QCOMPARE(qs(c.find("azure.postgresql-flexible")->delegation),
            QStringLiteral("Microsoft.DBforPostgreSQL/flexibleServers"));
        QCOMPARE(qs(c.find("azure.app-service")->delegation),
            QStringLiteral("Microsoft.Web/serverFarms"));
        QVERIFY(c.find("aws.alb")->subnetName.empty());
    }

    void everyPropertyIsDocumentedAndDefaultValid()
    {
        static const std::regex snake("[a-z][a-z0-9]*(_[a-z0-9]+)*");
        static const std::set<std::string> categories
            = { "networking", "compute", "containers", "database", "storage", "integration",
                  "security", "edge", "observability", "management" };
        int withDefault = 0;
        for (const KindSpec &k : Catalog::builtin().kinds()) {
            QVERIFY2(categories.count(k.category), k.kind.c_str());
            std::set<std::string> names;
            for (const PropertySpec &p : k.properties) {
                const std::string where = k.kind + "." + p.name;
                QVERIFY2(!p.doc.empty(), where.c_str());
                QVERIFY2(std::regex_match(p.name, snake), where.c_str());
                QVERIFY2(names.insert(p.name).second, where.c_str());
                QVERIFY2(k.property(p.name) == &p, where.c_str());
                if (p.type == PropertyType::Enum)
                    QVERIFY2(!p.allowed.empty(), where.c_str());
                if (p.defaultValue) {
                    ++withDefault;
                    const std::string reason = cw::checkValue(p, *p.defaultValue);
                    QVERIFY2(reason.empty(), (where + ": " + reason).c_str());
                }
            }
            QVERIFY(!k.property("no_such_property"));
        }
        QVERIFY(withDefault > 300);
    }

    void propertyFacts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("defaultValue"); // toDisplayString of the default, "-" = none
        QTest::addColumn<double>("min"); // NaN = no bound
        QTest::addColumn<double>("max");
        const double none = qQNaN();
        QTest::newRow("rds backup") << "aws.rds-postgresql"
                                    << "backup_retention_days"
                                    << "int"
                                    << "1" << 0.0 << 35.0;
        QTest::newRow("rds multi-az") << "aws.rds-postgresql"
                                      << "multi_az"
                                      << "bool"
                                      << "false" << none << none;
        QTest::newRow("aurora backup") << "aws.aurora-postgresql"
                                       << "backup_retention_days"
                                       << "int"
                                       << "1" << 1.0 << 35.0;
        QTest::newRow("aurora acu") << "aws.aurora-postgresql"
                                    << "serverless_v2_min_acu"
                                    << "number"
                                    << "0.5" << 0.0 << 256.0;
        QTest::newRow("eks cidrs") << "aws.eks"
                                   << "public_access_cidrs"
                                   << "list"
                                   << "[0.0.0.0/0]" << none << none;
        QTest::newRow("node group capacity") << "aws.eks-node-group"
                                             << "capacity_type"
                                             << "enum"
                                             << "ON_DEMAND" << none << none;
        QTest::newRow("sqs retention") << "aws.sqs"
                                       << "message_retention_s"
                                       << "int"
                                       << "345600" << 60.0 << 1209600.0;
        QTest::newRow("sqs visibility") << "aws.sqs"
                                        << "visibility_timeout_s"
                                        << "int"
                                        << "30" << 0.0 << 43200.0;
        QTest::newRow("s3 bpa") << "aws.s3"
                                << "block_public_access"
                                << "bool"
                                << "true" << none << none;
        QTest::newRow("s3 encryption") << "aws.s3"
                                       << "encryption"
                                       << "enum"
                                       << "SSE-S3" << none << none;
        QTest::newRow("cw retention") << "aws.cloudwatch"
                                      << "log_retention_days"
                                      << "int"
                                      << "0" << none << none;
        QTest::newRow("nat mode") << "aws.nat-gateway"
                                  << "mode"
                                  << "enum"
                                  << "per-zone" << none << none;
        QTest::newRow("alb cert") << "aws.alb"
                                  << "certificate_domain"
                                  << "string"
                                  << "-" << none << none;
        QTest::newRow("pg backup") << "azure.postgresql-flexible"
                                   << "backup_retention_days"
                                   << "int"
                                   << "7" << 7.0 << 35.0;
        QTest::newRow("pg ha") << "azure.postgresql-flexible"
                               << "ha_mode"
                               << "enum"
                               << "Disabled" << none << none;
        QTest::newRow("kv soft delete") << "azure.key-vault"
                                        << "soft_delete_retention_days"
                                        << "int"
                                        << "90" << 7.0 << 90.0;
        QTest::newRow("acr sku") << "azure.container-registry"
                                 << "sku"
                                 << "enum"
                                 << "Standard" << none << none;
        QTest::newRow("fd waf") << "azure.front-door"
                                << "waf_mode"
                                << "enum"
                                << "Detection" << none << none;
        QTest::newRow("swa sku") << "azure.static-web-app"
                                 << "sku"
                                 << "enum"
                                 << "Free" << none << none;
        QTest::newRow("app min tls") << "azure.app-service"
                                     << "min_tls"
                                     << "enum"
                                     << "1.2" << none << none;
    }
    void propertyFacts()
    {
        QFETCH(QString, kind);
        QFETCH(QString, property);
        QFETCH(QString, type);
        QFETCH(QString, defaultValue);
        QFETCH(double, min);
        QFETCH(double, max);
        const KindSpec *k = Catalog::builtin().find(kind.toStdString());
        QVERIFY(k);
        const PropertySpec *p = k->property(property.toStdString());
        QVERIFY2(p, qPrintable(property));
        QCOMPARE(qs(toString(p->type)), type);
        QCOMPARE(p->defaultValue ? qs(toDisplayString(*p->defaultValue)) : QStringLiteral("-"),
            defaultValue);
        QCOMPARE(p->min.has_value(), !qIsNaN(min));
        QCOMPARE(p->max.has_value(), !qIsNaN(max));
        if (p->min)
            QCOMPARE(*p->min, min);
        if (p->max)
            QCOMPARE(*p->max, max);
    }
};

QTEST_GUILESS_MAIN(tst_Catalog)
#include "tst_catalog.moc"
