// SPDX-License-Identifier: MIT
#include "io/document.h"
#include "rules/engine.h"

#include <QtTest>
#include <map>
#include <set>

using namespace cw;

namespace {

/// rule id -> the elements it must report on, for one template. Any other firing rule, or a
/// different element set, fails the test: a template's review is exact.
using Expectation = std::map<std::string, std::set<std::string>>;

/// What an expert reviewer says about each template (the seeds' own choices included).
const std::map<std::string, Expectation> &expectations()
{
    static const std::map<std::string, Expectation> e {
        { "blank-aws", {} },
        { "blank-azure", {} },
        { "eks-platform-outline",
            {
                { "NET-001", { "platform-vpc" } }, // seed 002's VPC is a /13: AWS allows /16 to /28
                { "SEC-004", { "bastion" } }, // SSH to the bastion from the internet
                { "SEC-011",
                    { "eks" } }, // the API reaches the database with a password but no secret store
                { "SEC-018", { "db" } }, // users -> NLB -> EKS -> database with no WAF on the way
                { "OPS-001", { "platform-vpc" } }, // no VPC flow logs in the outline
                { "OPS-004", { "db" } }, // no database telemetry (insights, log export)
                { "OPS-005",
                    { "platform" } }, // observability is Prometheus in-cluster: no CloudWatch sink
                { "OPS-006", { "platform" } }, // no owner/environment tags
                { "COST-002", { "ecr", "tfstate" } }, // no image or object lifecycle
            } },
        { "ie-bank",
            {
                { "SEC-012",
                    { "dev-acr", "dev-kv", "uat-acr", "uat-kv", "prod-acr",
                        "prod-kv" } }, // public PaaS endpoints
                { "SEC-018",
                    { "dev-db", "uat-db",
                        "prod-db" } }, // App Service without WAF reaches the database
                { "REL-007", { "prod-db" } }, // no geo-redundant backup in prod
                { "REL-010", { "prod-api" } }, // B1 plan: one instance, not zone-redundant
                { "REL-016", { "dev-api", "uat-api", "prod-api" } }, // no health check path
                { "REL-017", { "prod-kv" } }, // Key Vault without purge protection in prod
                { "REL-020", { "prod-api" } }, // single App Service instance between users and data
                { "PERF-002",
                    { "prod-api" } }, // "autoscaling" claimed on a B1 plan that cannot scale
                { "OPS-001", { "dev-vnet", "uat-vnet", "prod-vnet" } }, // no VNet flow logs
                { "OPS-005", { "prod-log" } }, // 30-day log retention in prod
            } },
        { "innovate-inc",
            {
                { "SEC-007",
                    { "nonprod-cdn", "nonprod-alb", "prod-cdn",
                        "prod-alb" } }, // seed 003 has no WAF
                { "SEC-018",
                    { "nonprod-aurora", "prod-aurora" } }, // so the data is reachable unguarded
                { "COST-004", { "nonprod-aurora" } }, // prod-grade Multi-AZ Aurora in non-prod
                { "COST-005", { "nonprod-nat" } }, // a NAT per zone in non-prod
                { "COST-002", { "log-archive", "nonprod-ecr", "prod-ecr" } }, // no lifecycle rules
                { "OPS-002", { "prod-alb", "prod-cdn" } }, // no access logs on the prod edge
                { "OPS-004", { "prod-aurora" } }, // no database telemetry
                { "OPS-005", { "nonprod", "prod", "security" } }, // no monitoring sink per account
                { "OPS-006",
                    { "management", "network", "nonprod", "prod", "security" } }, // no tags
            } },
        { "innovate-opsfleet",
            {
                { "SEC-010",
                    { "dev-spa",
                        "prod-spa" } }, // seed 001's "static website in S3": a public bucket
                { "SEC-004",
                    { "dev-bastion",
                        "prod-bastion" } }, // vendors' SSH bastion open to the internet
                { "COST-004", { "dev-aurora" } }, // Multi-AZ Aurora in dev
                { "COST-005", { "dev-nat" } }, // a NAT per zone in dev
                { "COST-002", { "dev-ecr", "prod-ecr" } },
                { "OPS-001", { "dev-vpc", "prod-vpc" } },
                { "OPS-002", { "prod-alb", "prod-cdn", "prod-waf" } },
                { "OPS-003", { "dev-eks", "prod-eks" } }, // no EKS control-plane logs
                { "OPS-004", { "prod-aurora" } },
                { "OPS-005", { "dev", "prod" } },
                { "OPS-006", { "dev", "management", "prod" } },
            } },
        { "order-processor",
            {
                { "REL-004",
                    { "order-db" } }, // seed 004's dev database is single-AZ (reported low in dev)
                { "SEC-007", { "alb" } }, // internet-facing ALB without WAF
                { "SEC-008", { "alb" } }, // HTTP listener on port 80, no TLS
                { "SEC-009", { "alarms-topic" } }, // SNS topic not encrypted
                { "SEC-011", { "db-secret" } }, // "Rotation: Not configured"
                { "SEC-018",
                    { "order-db", "order-queue", "order-dlq" } }, // data reachable unguarded
                { "COST-005", { "nat" } }, // a NAT per zone in dev
                { "COST-002", { "alb-logs", "ecr" } },
                { "OPS-005", { "cloudwatch" } }, // 7-day log retention
                { "OPS-006", { "order-dev" } },
            } },
    };
    return e;
}

QString describe(const Expectation &e)
{
    QStringList parts;
    for (const auto &[rule, targets] : e) {
        QStringList t;
        for (const auto &x : targets)
            t << QString::fromStdString(x);
        parts << QString::fromStdString(rule) + " [" + t.join(", ") + "]";
    }
    return parts.join("; ");
}

} // namespace

/// For every template, the exact set of rules that fire and on which elements.
class tst_Expectations : public QObject
{
    Q_OBJECT
private slots:
    void everyTemplateHasExpectations()
    {
        const QDir dir(QStringLiteral(CW_SOURCE_DIR "/templates"));
        const auto files = dir.entryList({ QStringLiteral("*.cloudwright.yaml") }, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const auto &f : files) {
            const auto id = f.left(f.size() - int(strlen(".cloudwright.yaml"))).toStdString();
            QVERIFY2(expectations().count(id), qPrintable("no expectations for " + f));
        }
    }

    void review_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto &[id, e] : expectations())
            QTest::newRow(id.c_str()) << QString::fromStdString(id);
    }

    void review()
    {
        QFETCH(QString, id);
        const auto loaded
            = io::loadFile(CW_SOURCE_DIR "/templates/" + id.toStdString() + ".cloudwright.yaml");
        QVERIFY(loaded.model);
        const auto report = rules::Engine().run(*loaded.model, { .today = "2026-06-01" });
        Expectation actual;
        for (const auto &f : report.findings)
            actual[f.ruleId].insert(f.target);
        const Expectation &expected = expectations().at(id.toStdString());
        QVERIFY2(actual == expected,
            qPrintable("\nexpected: " + describe(expected) + "\nactual:   " + describe(actual)));
    }
};

QTEST_GUILESS_MAIN(tst_Expectations)
#include "tst_expectations.moc"
