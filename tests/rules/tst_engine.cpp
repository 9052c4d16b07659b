// SPDX-License-Identifier: MIT
#include "rules/engine.h"
#include "rules/views/connectionview.h"
#include "rules/views/serviceview.h"

#include <QtTest>

using namespace cw;
using namespace cw::rules;

namespace {

/// One AWS VPC whose private tier sits in a single zone (REL-001) and whose two subnets
/// overlap (NET-003).
Model sample()
{
    Model m;
    Account a;
    a.id = "prod";
    a.loc = { 3, 5 };
    Network n;
    n.id = "vpc";
    n.region = "eu-west-3";
    n.cidrs = { "10.0.0.0/16" };
    n.zones = { "eu-west-3a", "eu-west-3b" };
    n.loc = { 6, 9 };
    n.subnets.push_back({ .id = "app-a",
        .tier = Tier::Private,
        .zone = "eu-west-3a",
        .cidr = "10.0.1.0/24",
        .loc = { 10, 13 } });
    n.subnets.push_back({ .id = "app-a2",
        .tier = Tier::Private,
        .zone = "eu-west-3a",
        .cidr = "10.0.1.0/25",
        .loc = { 11, 13 } });
    a.networks.push_back(n);
    m.accounts.push_back(a);
    return m;
}

std::vector<const Finding *> byRule(const Report &r, std::string_view id)
{
    std::vector<const Finding *> out;
    for (const auto &f : r.findings)
        if (f.ruleId == id)
            out.push_back(&f);
    return out;
}

} // namespace

/// Engine behaviour: ordering, thresholds and how suppressions apply.
class tst_Engine : public QObject
{
    Q_OBJECT
private slots:
    void findsAndSorts()
    {
        const auto r = Engine().run(sample(), { .today = "2026-06-01" });
        QCOMPARE(byRule(r, "REL-001").size(), std::size_t(1));
        QCOMPARE(byRule(r, "NET-003").size(), std::size_t(1));
        for (std::size_t i = 1; i < r.findings.size(); ++i)
            QVERIFY(r.findings[i - 1].loc.line <= r.findings[i].loc.line);
        QCOMPARE(r.countAtLeast(Severity::Critical), std::size_t(1));
        QCOMPARE(r.countAtLeast(Severity::High), std::size_t(2));
    }

    void sortsTiesAtOnePositionByRuleThenTarget()
    {
        // Elements without positions (built in code) tie on line and column everywhere.
        Model m = sample();
        m.accounts[0].loc = {};
        m.accounts[0].networks[0].loc = {};
        for (auto &s : m.accounts[0].networks[0].subnets)
            s.loc = {};
        const auto r = Engine().run(m, { .today = "2026-06-01" });
        QVERIFY(r.findings.size() >= 2);
        for (std::size_t i = 1; i < r.findings.size(); ++i) {
            const Finding &a = r.findings[i - 1];
            const Finding &b = r.findings[i];
            QVERIFY2(std::tie(a.ruleId, a.target) <= std::tie(b.ruleId, b.target),
                (a.ruleId + " " + a.target + " before " + b.ruleId + " " + b.target).c_str());
        }
    }

    void timingsOnlyWhenAsked()
    {
        QVERIFY(Engine().run(sample(), { .today = "2026-06-01" }).timings.empty());
        RunOptions options { .today = "2026-06-01", .timeRules = true };
        options.config.disabled["NET-003"] = {};
        const auto r = Engine().run(sample(), options);
        std::vector<std::string> parts;
        for (const auto &t : r.timings) {
            QVERIFY(t.ms >= 0);
            parts.push_back(t.what);
        }
        QCOMPARE(QString::fromStdString(parts.front()), QStringLiteral("(setup)"));
        QCOMPARE(QString::fromStdString(parts[1]), QStringLiteral("(shared views)"));
        QCOMPARE(QString::fromStdString(parts.back()), QStringLiteral("(finish)"));
        QVERIFY(std::find(parts.begin(), parts.end(), "REL-001") != parts.end());
        QVERIFY(std::find(parts.begin(), parts.end(), "NET-003") == parts.end());
        QCOMPARE(parts.size(), builtinRegistry().rules().size() - 1 + 3);
    }

    void waiverSuppressesBestPractice()
    {
        Model m = sample();
        m.suppressions.push_back(
            { "REL-001", "app-a", "batch tier, one zone accepted", "", { 20, 5 } });
        const auto r = Engine().run(m, { .today = "2026-06-01" });
        const auto rel = byRule(r, "REL-001");
        QCOMPARE(rel.size(), std::size_t(1));
        QVERIFY(rel[0]->suppressed);
        QCOMPARE(QString::fromStdString(rel[0]->justification),
            QStringLiteral("batch tier, one zone accepted"));
        QCOMPARE(r.countAtLeast(Severity::High), std::size_t(1)); // only NET-003 counts now
        QVERIFY(byRule(r, "SUP-002").empty());
    }

    void waiverCannotLiftConstraint()
    {
        Model m = sample();
        m.suppressions.push_back({ "NET-003", "app-a2", "later", "", { 20, 5 } });
        const auto r = Engine().run(m, { .today = "2026-06-01" });
        QVERIFY(!byRule(r, "NET-003")[0]->suppressed);
        QCOMPARE(byRule(r, "SUP-003").size(), std::size_t(1));
    }

    void expiredWaiverCountsAgain()
    {
        Model m = sample();
        m.suppressions.push_back(
            { "REL-001", "app-a", "until the migration", "2026-05-31", { 20, 5 } });
        auto r = Engine().run(m, { .today = "2026-06-01" });
        QVERIFY(!byRule(r, "REL-001")[0]->suppressed);
        QCOMPARE(byRule(r, "SUP-001").size(), std::size_t(1));
        r = Engine().run(m, { .today = "2026-05-31" }); // the expiry day itself still counts
        QVERIFY(byRule(r, "REL-001")[0]->suppressed);
        QVERIFY(byRule(r, "SUP-001").empty());
    }

    void configDisablesAndRelevels()
    {
        RunOptions options { .today = "2026-06-01" };
        options.config.disabled["REL-001"] = { "project.yaml", { 2, 3 } };
        options.config.severities["NET-003"] = { Severity::Low, { "doc.yaml", { 4, 5 } } };
        const auto r = Engine().run(sample(), options);
        QVERIFY(byRule(r, "REL-001").empty());
        QVERIFY(byRule(r, "NET-003")[0]->severity == Severity::Low);
        QCOMPARE(r.countAtLeast(Severity::High), std::size_t(0));
    }

    void optionsFallBackToDefaults()
    {
        RuleMeta meta { .id = "TST-001", .options = { { "min_zones", 2, "zones" } } };
        RuleConfig config;
        QCOMPARE(config.option(meta, "min_zones"), 2.0);
        config.options["TST-001.min_zones"] = { 3, {} };
        QCOMPARE(config.option(meta, "min_zones"), 3.0);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, config.option(meta, "nope"));
    }

    void serviceViewGroupsKindsInDocumentOrder()
    {
        Model m = sample();
        Network &n = m.accounts[0].networks[0];
        auto svc = [](std::string id, std::string kind, std::vector<std::string> subnets) {
            Service s;
            s.id = std::move(id);
            s.kind = std::move(kind);
            s.subnets = std::move(subnets);
            return s;
        };
        n.services.push_back(svc("db1", "aws.rds-postgresql", { "app-a", "app-a2", "app-a" }));
        n.services.push_back(svc("web", "aws.alb", { "nope", "app-a2" }));
        n.services.push_back(svc("db2", "aws.rds-postgresql", {}));
        m.accounts[0].services.push_back(svc("q", "aws.sqs", {}));
        m.accounts[0].services.push_back(svc("odd", "vendor.unknown", {}));
        const ModelIndex index(m);
        const ServiceView view(index, Catalog::builtin());
        QCOMPARE(view.rows().size(), std::size_t(5));

        auto ids = [](const std::vector<const ServiceRow *> &rows) {
            QStringList out;
            for (const ServiceRow *r : rows)
                out << QString::fromStdString(r->service->id);
            return out;
        };
        QCOMPARE(ids(view.ofKinds({ "aws.rds-postgresql" })), QStringList({ "db1", "db2" }));
        QCOMPARE(ids(view.ofKinds({ "aws.sqs", "aws.rds-postgresql", "aws.alb" })),
            QStringList({ "db1", "web", "db2", "q" }));
        QVERIFY(view.ofKinds({ "azure.aks" }).empty());
        // Data stores (databases and queues) across kinds, in document order.
        QCOMPARE(ids(view.ofSpecs([](const KindSpec *k) { return k && k->dataStore; })),
            QStringList({ "db1", "db2", "q" }));
        QCOMPARE(ids(view.ofSpecs([](const KindSpec *k) { return !k; })), QStringList({ "odd" }));

        const ServiceRow *db1 = view.rowOf(n.services[0]);
        QVERIFY(db1 && db1->service == &n.services[0] && db1->network == &n);
        QVERIFY(db1->spec && db1->spec->kind == "aws.rds-postgresql");
        const auto subnets = view.subnetsOf(*db1); // repeats count once, in listed order
        QCOMPARE(subnets.size(), std::size_t(2));
        QCOMPARE(subnets[0]->id, std::string("app-a"));
        QCOMPARE(subnets[1]->id, std::string("app-a2"));
        const auto web = view.subnetsOf(*view.rowOf(n.services[1])); // unknown ids skipped
        QCOMPARE(web.size(), std::size_t(1));
        const ServiceRow *q = view.rowOf(m.accounts[0].services[0]);
        QVERIFY(q && !q->network && q->account == &m.accounts[0]);
        QVERIFY(!view.rowOf(m.accounts[0].services[1])->spec); // kind not in the catalog
        // Occupants by subnet position (account 0, network 1, subnets 2 and 3), in order.
        auto occupants = [&](std::size_t element) {
            QStringList out;
            for (const ServiceRow *r : view.occupants(element))
                out << QString::fromStdString(r->service->id);
            return out;
        };
        QCOMPARE(occupants(2), QStringList({ "db1" }));
        QCOMPARE(occupants(3), QStringList({ "db1", "web" }));
        QVERIFY(occupants(0).isEmpty());
        QVERIFY(occupants(99).isEmpty());
        const Service elsewhere = n.services[0]; // a copy is not the model's service
        QVERIFY(!view.rowOf(elsewhere));
    }
    void connectionViewResolvesEnds()
    {
        Model m = sample();
        m.externals.push_back({ .id = "users" });
        m.connections.push_back({ .from = "users", .to = "app-a" });
        m.connections.push_back({ .from = "users", .to = "missing" });
        const ModelIndex index(m);
        const ConnectionView view(m, index);
        QCOMPARE(view.rows().size(), std::size_t(2));
        QVERIFY(view.rows()[0].from && view.rows()[0].from->external);
        QVERIFY(view.rows()[0].to && view.rows()[0].to->subnet);
        QVERIFY(view.rows()[1].from && !view.rows()[1].to);
        QVERIFY(view.rows()[1].connection == &m.connections[1]);
    }
    void currentDateIsIso()
    {
        const QString d = QString::fromStdString(currentDate());
        QVERIFY2(
            QRegularExpression("^20\\d\\d-[01]\\d-[0-3]\\d$").match(d).hasMatch(), qPrintable(d));
    }

    void duplicateRuleIdIsRefused()
    {
        RuleRegistry reg;
        registerNetworkRules(reg);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, registerNetworkRules(reg));
    }
};

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
