// SPDX-License-Identifier: MIT
#include "io/document.h"
#include "model/model.h"
#include "model/modelindex.h"
#include "templateset.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace cw;

namespace {

const QString kSuffix = QStringLiteral(".cloudwright.yaml");

QString templatesDir()
{
    return QStringLiteral(CW_SOURCE_DIR "/templates");
}

QString pathOf(const QString &id)
{
    return templatesDir() + QLatin1Char('/') + id + kSuffix;
}

QStringList idsOnDisk()
{
    QStringList ids;
    const QDir dir(templatesDir());
    for (const QString &f :
        dir.entryList({ QStringLiteral("*") + kSuffix }, QDir::Files, QDir::Name))
        ids << f.left(f.size() - kSuffix.size());
    return ids;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// One data row per template file found on disk.
void addTemplateRows()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : idsOnDisk())
        QTest::newRow(qPrintable(id)) << id;
}

/// The loaded model of a template; fails the calling test when it does not load.
std::optional<Model> load(const QString &id)
{
    auto result = io::loadFile(pathOf(id).toStdString());
    std::string errors;
    for (const auto &e : result.errors)
        errors += e.format() + '\n';
    if (!result.errors.empty() || !result.model) {
        QTest::qFail(
            qPrintable(
                QStringLiteral("%1 does not load:\n%2").arg(id, QString::fromStdString(errors))),
            __FILE__, __LINE__);
        return std::nullopt;
    }
    return std::move(result.model);
}

QString display(const Value &v)
{
    return QString::fromStdString(toDisplayString(v));
}

} // namespace

/// The starter templates: all present, loading without errors, canonical, embedded verbatim, and
/// still carrying the seed choices they exist to show (including the ones a validator rejects).
class tst_Templates : public QObject
{
    Q_OBJECT
private slots:
    void inventory()
    {
        const QStringList expected = { QStringLiteral("blank-aws"), QStringLiteral("blank-azure"),
            QStringLiteral("eks-platform-outline"), QStringLiteral("ie-bank"),
            QStringLiteral("innovate-inc"), QStringLiteral("innovate-opsfleet"),
            QStringLiteral("order-processor") };
        QCOMPARE(idsOnDisk(), expected);
        QCOMPARE(templates::ids(), expected);
        QVERIFY(QFile::exists(templatesDir() + QStringLiteral("/README.md")));
    }

    void loadsWithoutErrors_data() { addTemplateRows(); }
    void loadsWithoutErrors()
    {
        QFETCH(QString, id);
        const auto model = load(id);
        if (!model)
            return;
        QVERIFY2(!model->name.empty(), "a template needs a name for the template list");
        QVERIFY2(!model->description.empty(), "a template needs a description");
        QVERIFY(!model->accounts.empty());
        // The seeds' reasoning lives in descriptions: every account, network and service has one.
        for (const auto &a : model->accounts) {
            QVERIFY2(!a.description.empty(), a.id.c_str());
            for (const auto &n : a.networks) {
                QVERIFY2(!n.description.empty(), n.id.c_str());
                for (const auto &s : n.services)
                    QVERIFY2(!s.description.empty(), s.id.c_str());
            }
            for (const auto &s : a.services)
                QVERIFY2(!s.description.empty(), s.id.c_str());
        }
    }

    void savesCanonically_data() { addTemplateRows(); }
    void savesCanonically()
    {
        QFETCH(QString, id);
        const auto model = load(id);
        if (!model)
            return;
        const QByteArray onDisk = readBytes(pathOf(id));
        const std::string saved = io::saveText(*model, io::Format::Yaml);
        const QByteArray savedBytes(saved.data(), qsizetype(saved.size()));
        if (savedBytes != onDisk) {
            const QList<QByteArray> a = onDisk.split('\n'), b = savedBytes.split('\n');
            qsizetype line = 0;
            while (line < a.size() && line < b.size() && a[line] == b[line])
                ++line;
            QFAIL(qPrintable(QStringLiteral("%1 is not in canonical form; first difference at "
                                            "line %2:\n  file:  %3\n  saved: %4")
                                 .arg(id)
                                 .arg(line + 1)
                                 .arg(QString::fromUtf8(line < a.size() ? a[line] : "<end>"),
                                     QString::fromUtf8(line < b.size() ? b[line] : "<end>"))));
        }
    }

    void jsonRoundTrip_data() { addTemplateRows(); }
    void jsonRoundTrip()
    {
        QFETCH(QString, id);
        const auto model = load(id);
        if (!model)
            return;
        const std::string json = io::saveText(*model, io::Format::Json);
        const auto again = io::loadText(json, io::Format::Json, id.toStdString() + ".json");
        QVERIFY2(again.errors.empty() && again.model, "the JSON form does not load back");
        QVERIFY(sameContent(*model, *again.model));
    }

    void embeddedVerbatim_data() { addTemplateRows(); }
    void embeddedVerbatim()
    {
        QFETCH(QString, id);
        const QByteArray embedded = readBytes(templates::resourcePath(id));
        QVERIFY2(!embedded.isEmpty(), "template missing from the :/templates resources");
        QCOMPARE(embedded, readBytes(pathOf(id)));
    }

    /// Seed choices the templates must keep, whatever a validator thinks of them.
    void seedChoices_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("expected");
        auto row
            = [](const char *id, const char *service, const char *property, const char *expected) {
                  QTest::newRow(qPrintable(QStringLiteral("%1/%2.%3").arg(id, service, property)))
                      << id << service << property << expected;
              };
        // Seed 004: plain HTTP listener, small single-AZ dev database, no secret rotation.
        row("order-processor", "alb", "listener_protocol", "HTTP");
        row("order-processor", "alb", "listener_port", "80");
        row("order-processor", "order-db", "multi_az", "false");
        row("order-processor", "order-db", "instance_class", "db.t3.micro");
        row("order-processor", "order-db", "allocated_storage_gb", "20");
        row("order-processor", "order-db", "backup_retention_days", "7");
        row("order-processor", "order-db", "storage_encrypted", "true");
        row("order-processor", "order-service", "min_count", "1");
        row("order-processor", "order-service", "max_count", "5");
        row("order-processor", "order-queue", "dlq", "true");
        row("order-processor", "db-secret", "rotation", "false");
        row("order-processor", "cloudwatch", "log_retention_days", "7");
        row("order-processor", "ecr", "scan_on_push", "true");
        // Seed 002: RDS Multi-AZ, a NAT gateway per public subnet.
        row("eks-platform-outline", "db", "multi_az", "true");
        row("eks-platform-outline", "nat", "mode", "per-zone");
        // Seed 001: two ARM workers plus Karpenter, Multi-AZ Aurora, public S3 website origin.
        row("innovate-opsfleet", "prod-eks", "karpenter", "true");
        row("innovate-opsfleet", "prod-eks", "node_min", "2");
        row("innovate-opsfleet", "prod-eks", "instance_types", "[m7g.large]");
        row("innovate-opsfleet", "prod-aurora", "instances", "2");
        row("innovate-opsfleet", "dev-aurora", "instances", "2");
        row("innovate-opsfleet", "prod-spa", "block_public_access", "false");
        row("innovate-opsfleet", "prod-cdn", "origin_access_control", "false");
        // Seed 003: S3 behind CloudFront with origin access control, Karpenter, Aurora.
        row("innovate-inc", "prod-cdn", "origin_access_control", "true");
        row("innovate-inc", "prod-spa", "block_public_access", "true");
        row("innovate-inc", "prod-eks", "karpenter", "true");
        row("innovate-inc", "prod-aurora", "instances", "2");
        // Seed 000: B1 plans, B1ms Burstable PostgreSQL, retention 90/30 days in production.
        row("ie-bank", "prod-api", "sku", "B1");
        row("ie-bank", "prod-db", "sku_name", "Standard_B1ms");
        row("ie-bank", "prod-db", "tier", "Burstable");
        row("ie-bank", "dev-db", "public_network_access", "false");
        row("ie-bank", "prod-acr", "sku", "Standard");
        row("ie-bank", "prod-appi", "retention_days", "90");
        row("ie-bank", "prod-log", "retention_days", "30");
        row("ie-bank", "prod-kv", "purge_protection", "false");
    }
    void seedChoices()
    {
        QFETCH(QString, id);
        QFETCH(QString, service);
        QFETCH(QString, property);
        QFETCH(QString, expected);
        const auto model = load(id);
        if (!model)
            return;
        const ModelIndex index(*model);
        const ElementRef *ref = index.find(service.toStdString());
        QVERIFY2(ref && ref->service, "no such service");
        const auto it = ref->service->properties.find(property.toStdString());
        QVERIFY2(it != ref->service->properties.end(), "property not set");
        QCOMPARE(display(it->second.value), expected);
    }

    /// Seed 002's CIDR table, exactly, /13 VPC included.
    void eksOutlineCidrTable()
    {
        const auto model = load(QStringLiteral("eks-platform-outline"));
        if (!model)
            return;
        const ModelIndex index(*model);
        const ElementRef *vpc = index.find("platform-vpc");
        QVERIFY(vpc && vpc->network);
        QVERIFY(vpc->network->region == "eu-west-3");
        QCOMPARE(vpc->network->cidrs.size(), std::size_t(1));
        QVERIFY(vpc->network->cidrs.front() == "10.0.0.0/13");
        const std::vector<std::pair<std::string, std::string>> table
            = { { "public-1", "10.6.1.0/24" }, { "public-2", "10.6.2.0/24" },
                  { "public-3", "10.6.3.0/24" }, { "app-1", "10.4.1.0/24" },
                  { "app-2", "10.4.2.0/24" }, { "app-3", "10.4.3.0/24" }, { "db-1", "10.2.1.0/24" },
                  { "db-2", "10.2.2.0/24" }, { "db-3", "10.2.3.0/24" },
                  { "admin-1", "10.0.1.0/24" }, { "admin-2", "10.0.2.0/24" },
                  { "admin-3", "10.0.3.0/24" } };
        QCOMPARE(vpc->network->subnets.size(), table.size());
        for (const auto &[subnet, cidr] : table) {
            const ElementRef *ref = index.find(subnet);
            QVERIFY2(ref && ref->subnet, subnet.c_str());
            QVERIFY2(ref->subnet->cidr == cidr, subnet.c_str());
        }
    }

    /// Seed 004 has no WAF and no TLS; seeds 001 and 003 differ on the WAF.
    void wafPresence_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("wafs");
        QTest::newRow("order-processor") << "order-processor" << 0;
        QTest::newRow("innovate-inc") << "innovate-inc" << 0;
        QTest::newRow("eks-platform-outline") << "eks-platform-outline" << 0;
        QTest::newRow("innovate-opsfleet") << "innovate-opsfleet" << 2;
    }
    void wafPresence()
    {
        QFETCH(QString, id);
        QFETCH(int, wafs);
        const auto model = load(id);
        if (!model)
            return;
        int count = 0;
        const ModelIndex index(*model);
        for (const auto &e : index.elements())
            count += e.service && e.service->kind == "aws.waf";
        QCOMPARE(count, wafs);
    }

    /// Account structure of the multi-account seeds.
    void accountStructure_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("accounts"); // "id:role:environment"
        QTest::newRow("innovate-opsfleet") << "innovate-opsfleet"
                                           << QStringList { "management:management:prod",
                                                  "dev:workload:dev", "prod:workload:prod" };
        QTest::newRow("innovate-inc")
            << "innovate-inc"
            << QStringList { "management:management:prod", "security:security:prod",
                   "network:network:prod", "nonprod:workload:staging", "prod:workload:prod" };
        QTest::newRow("ie-bank") << "ie-bank"
                                 << QStringList { "dev:workload:dev", "uat:workload:test",
                                        "prod:workload:prod" };
    }
    void accountStructure()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, accounts);
        const auto model = load(id);
        if (!model)
            return;
        QStringList actual;
        for (const auto &a : model->accounts)
            actual << QString::fromStdString(a.id + ":" + std::string(toString(a.role)) + ":"
                + std::string(toString(a.environment)));
        QCOMPARE(actual, accounts);
    }
};

QTEST_GUILESS_MAIN(tst_Templates)
#include "tst_templates.moc"
