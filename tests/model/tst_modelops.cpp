// SPDX-License-Identifier: MIT
#include "model/model.h"
#include "model/modelops.h"

#include <QtTest>

using namespace cw;

namespace {

Service service(std::string id, std::vector<std::string> subnets = {})
{
    Service s;
    s.id = std::move(id);
    s.kind = "aws.ecs";
    s.subnets = std::move(subnets);
    return s;
}

Subnet subnet(std::string id, std::string zone)
{
    Subnet s;
    s.id = std::move(id);
    s.zone = std::move(zone);
    return s;
}

/// Two accounts (the second on Azure), a network with subnets and services, a regional service,
/// externals, connections (one without id), a link, a suppression and diagram geometry.
Model sample()
{
    Model m;
    m.name = "sample";
    Account prod;
    prod.id = "prod";
    Network vpc;
    vpc.id = "vpc";
    vpc.subnets = { subnet("app-a", "a"), subnet("app-b", "b"), subnet("db-a", "a") };
    vpc.services = { service("alb", { "app-a", "app-b" }), service("api", { "app-a" }),
        service("db", { "db-a" }) };
    prod.networks.push_back(vpc);
    Network shared;
    shared.id = "shared-vpc";
    prod.networks.push_back(shared);
    prod.services = { service("bucket") };
    Account hub;
    hub.id = "hub";
    hub.provider = Provider::Azure;
    m.accounts = { prod, hub };
    External users;
    users.id = "users";
    m.externals = { users };
    m.connections = { { "c-web", "users", "alb", "https", 443, {}, {} },
        { "", "api", "db", "tcp", 5432, {}, {} },
        { "c-store", "api", "bucket", "https", 443, {}, {} } };
    Link peering;
    peering.networks = { "vpc", "shared-vpc" };
    m.links = { peering };
    m.suppressions = { { "REL-001", "db", "single zone on purpose", "", {} } };
    m.diagram.nodes = { { "vpc", { 10, 10, 500, 300 } }, { "api", { 40, 60, 120, 60 } },
        { "app-a", { 20, 40, 200, 100 } } };
    return m;
}

} // namespace

/// The Qt-free model mutation API the designer's undo commands are built on: addressing by id,
/// exact remove/insert inverses, renames that follow every reference, id allocation.
class tst_ModelOps : public QObject
{
    Q_OBJECT
private slots:
    void findPathAddressesEveryKind_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("account");
        QTest::addColumn<int>("network");
        QTest::addColumn<int>("index");
        QTest::newRow("account") << "hub" << int(ElemType::Account) << 1 << -1 << 1;
        QTest::newRow("network") << "shared-vpc" << int(ElemType::Network) << 0 << 1 << 1;
        QTest::newRow("subnet") << "db-a" << int(ElemType::Subnet) << 0 << 0 << 2;
        QTest::newRow("network service") << "api" << int(ElemType::Service) << 0 << 0 << 1;
        QTest::newRow("regional service") << "bucket" << int(ElemType::Service) << 0 << -1 << 0;
        QTest::newRow("external") << "users" << int(ElemType::External) << -1 << -1 << 0;
        QTest::newRow("connection by id")
            << "c-store" << int(ElemType::Connection) << -1 << -1 << 2;
        QTest::newRow("connection by index") << "#1" << int(ElemType::Connection) << -1 << -1 << 1;
    }
    void findPathAddressesEveryKind()
    {
        QFETCH(QString, id);
        QFETCH(int, type);
        QFETCH(int, account);
        QFETCH(int, network);
        QFETCH(int, index);
        const Model m = sample();
        const auto p = findPath(m, id.toStdString());
        QVERIFY(p.has_value());
        QCOMPARE(int(p->type), type);
        QCOMPARE(p->account, account);
        QCOMPARE(p->network, network);
        QCOMPARE(p->index, index);
        QCOMPARE(QString::fromStdString(idOf(valueAt(m, *p))), id.startsWith('#') ? QString() : id);
    }

    void findPathRejectsUnknown_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << "";
        QTest::newRow("unknown") << "nope";
        QTest::newRow("index past the end") << "#3";
        QTest::newRow("negative index") << "#-1";
        QTest::newRow("not a number") << "#x";
    }
    void findPathRejectsUnknown()
    {
        QFETCH(QString, id);
        QVERIFY(!findPath(sample(), id.toStdString()).has_value());
    }

    void connectionKeyPrefersTheId()
    {
        const Model m = sample();
        QCOMPARE(QString::fromStdString(connectionKey(m, 0)), QStringLiteral("c-web"));
        QCOMPARE(QString::fromStdString(connectionKey(m, 1)), QStringLiteral("#1"));
    }

    void removeAtThenInsertAtRestores_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : { "prod", "vpc", "app-b", "alb", "bucket", "users", "c-store" })
            QTest::newRow(id) << id;
    }
    void removeAtThenInsertAtRestores()
    {
        QFETCH(QString, id);
        Model m = sample();
        const auto p = *findPath(m, id.toStdString());
        ElemValue v = removeAt(m, p);
        QCOMPARE(QString::fromStdString(idOf(v)), id);
        QVERIFY(!findPath(m, id.toStdString()));
        insertAt(m, p, std::move(v));
        QVERIFY(sameContent(m, sample()));
    }

    void replaceAtSwapsOneElement()
    {
        Model m = sample();
        const auto p = *findPath(m, "api");
        Service changed = std::get<Service>(valueAt(m, p));
        changed.kind = "aws.eks";
        replaceAt(m, p, changed);
        QCOMPARE(QString::fromStdString(m.accounts[0].networks[0].services[1].kind),
            QStringLiteral("aws.eks"));
        QCOMPARE(m.accounts[0].networks[0].services.size(), std::size_t(3));
    }

    void collectIdsWalksTheSubtree()
    {
        const Model m = sample();
        std::vector<std::string> ids;
        collectIds(valueAt(m, *findPath(m, "prod")), ids);
        std::sort(ids.begin(), ids.end());
        const std::vector<std::string> expected { "alb", "api", "app-a", "app-b", "bucket", "db",
            "db-a", "prod", "shared-vpc", "vpc" };
        QVERIFY(ids == expected);
    }

    /// Removing a network takes its subtree, the connections and link that touch it and its
    /// geometry; a service elsewhere that listed one of its subnets loses that reference.
    void fragmentForRemovalTakesEverythingThatRefersToIt()
    {
        Model m = sample();
        // A regional service referring to a subnet of the removed network.
        m.accounts[0].services[0].subnets = { "app-a" };
        const Model before = m;
        const Fragment f = fragmentForRemoval(m, { "vpc", "api" }); // api is inside vpc
        QCOMPARE(f.elements.size(), std::size_t(4)); // the network, then c-web, #1, c-store
        QCOMPARE(int(f.elements[0].first.type), int(ElemType::Network));
        QCOMPARE(f.links.size(), std::size_t(1));
        QVERIFY(f.geometry.count("vpc") && f.geometry.count("api") && f.geometry.count("app-a"));
        QVERIFY(f.subnetRefs.count("bucket"));
        removeFragment(m, f);
        QVERIFY(!findPath(m, "vpc") && !findPath(m, "alb"));
        QVERIFY(m.connections.empty());
        QVERIFY(m.links.empty());
        QVERIFY(m.diagram.nodes.empty());
        QVERIFY(m.accounts[0].services[0].subnets.empty());
        QVERIFY(findPath(m, "shared-vpc").has_value());
        insertFragment(m, f);
        QVERIFY(sameContent(m, before));
    }

    void fragmentForRemovalIgnoresUnknownIds()
    {
        const Fragment f = fragmentForRemoval(sample(), { "nope" });
        QVERIFY(f.empty());
        QVERIFY(f.geometry.empty() && f.subnetRefs.empty());
    }

    void renameFollowsEveryReference()
    {
        Model m = sample();
        QVERIFY(renameId(m, "app-a", "web-a"));
        QVERIFY(findPath(m, "web-a").has_value());
        QVERIFY(!idInUse(m, "app-a"));
        const auto &alb = m.accounts[0].networks[0].services[0];
        QVERIFY((alb.subnets == std::vector<std::string> { "web-a", "app-b" }));
        QVERIFY(m.diagram.nodes.count("web-a"));

        QVERIFY(renameId(m, "db", "orders-db"));
        QCOMPARE(QString::fromStdString(m.connections[1].to), QStringLiteral("orders-db"));
        QCOMPARE(QString::fromStdString(m.suppressions[0].target), QStringLiteral("orders-db"));
        QVERIFY(renameId(m, "vpc", "main-vpc"));
        QVERIFY((m.links[0].networks == std::vector<std::string> { "main-vpc", "shared-vpc" }));
        QVERIFY(renameId(m, "#1", "c-db")); // a connection without id gets one
        QCOMPARE(QString::fromStdString(m.connections[1].id), QStringLiteral("c-db"));
    }

    void renameRefusesTakenOrUnknown()
    {
        Model m = sample();
        QVERIFY(!renameId(m, "api", "alb")); // taken by an element
        QVERIFY(!renameId(m, "nope", "fresh")); // unknown
        QVERIFY(!renameId(m, "api", "api")); // no change
        QVERIFY(!renameId(m, "api", "#7")); // would read as a connection index
        QVERIFY(sameContent(m, sample()));
    }

    void idsInUseIncludeReferences()
    {
        Model m = sample();
        QVERIFY(idExists(m, "api"));
        QVERIFY(idExists(m, "#0"));
        QVERIFY(!idExists(m, "ghost"));
        m.suppressions.push_back({ "SEC-001", "ghost", "gone", "", {} });
        QVERIFY(!idExists(m, "ghost"));
        QVERIFY(idInUse(m, "ghost")); // a dangling reference still holds the name
        m.diagram.nodes["orphan"] = { 0, 0, 1, 1 };
        QVERIFY(idExists(m, "orphan"));
    }

    void uniqueIdCleansAndCounts_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("free") << "cache"
                              << "cache";
        QTest::newRow("taken") << "api"
                               << "api-2";
        QTest::newRow("taken and next taken") << "alb"
                                              << "alb-3"; // alb-2 is listed as taken
        QTest::newRow("cleaned") << "My API  Gateway!"
                                 << "my-api-gateway";
        QTest::newRow("nothing left") << "***"
                                      << "element";
        QTest::newRow("long") << QString(80, 'x') << QString(56, 'x');
    }
    void uniqueIdCleansAndCounts()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        const auto id = uniqueId(sample(), base.toStdString(), { "alb-2" });
        QCOMPARE(QString::fromStdString(id), expected);
        QVERIFY(isValidId(id));
    }

    void accountAndProviderOfAPath()
    {
        const Model m = sample();
        QCOMPARE(accountOf(m, *findPath(m, "db-a")), &m.accounts[0]);
        QVERIFY(providerOf(m, *findPath(m, "hub")) == Provider::Azure);
        QVERIFY(!accountOf(m, *findPath(m, "users")));
        QVERIFY(providerOf(m, *findPath(m, "users")) == Provider::Aws);
    }

    void pathKeysOrderBatches()
    {
        const Model m = sample();
        // Batches insert in ascending and remove in descending key order: a network before its
        // subnets, every account's elements before externals, externals before connections.
        const auto net = findPath(m, "vpc")->key();
        const auto sub = findPath(m, "db-a")->key();
        const auto ext = findPath(m, "users")->key();
        const auto conn = findPath(m, "#0")->key();
        QVERIFY(net < sub);
        QVERIFY(sub < ext);
        QVERIFY(ext < conn);
    }
};

QTEST_GUILESS_MAIN(tst_ModelOps)
#include "tst_modelops.moc"
