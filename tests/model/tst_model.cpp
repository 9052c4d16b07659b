// SPDX-License-Identifier: MIT
#include "model/idtable.h"
#include "model/model.h"
#include "model/modelindex.h"

#include <QtTest>

using namespace cw;

/// Enum spellings, id syntax, the id index and content equality.
class tst_Model : public QObject
{
    Q_OBJECT
private slots:
    void enumsRoundTrip()
    {
        for (const auto &n : providerNames())
            QVERIFY(toString(*providerFromString(n)) == n);
        for (const auto &n : tierNames())
            QVERIFY(toString(*tierFromString(n)) == n);
        for (const auto &n : linkKindNames())
            QVERIFY(toString(*linkKindFromString(n)) == n);
        QVERIFY(!providerFromString("AWS"));
        QVERIFY(!tierFromString(""));
    }
    void ids_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "prod-vpc" << true;
        QTest::newRow("digits") << "a1" << true;
        QTest::newRow("upper") << "Prod" << false;
        QTest::newRow("leading dash") << "-a" << false;
        QTest::newRow("trailing dash") << "a-" << false;
        QTest::newRow("dots") << "../x" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("too long") << QString(64, 'a') << false;
        QTest::newRow("63") << QString(63, 'a') << true;
    }
    void ids()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(isValidId(id.toStdString()), valid);
    }
    void index()
    {
        Model m;
        Account a;
        a.id = "prod";
        Network n;
        n.id = "vpc";
        n.subnets.push_back({ .id = "pub-a" });
        Service s;
        s.id = "alb";
        s.subnets = { "pub-a" };
        n.services.push_back(s);
        a.networks.push_back(n);
        m.accounts.push_back(a);
        m.externals.push_back({ .id = "users" });
        ModelIndex idx(m);
        QCOMPARE(idx.elements().size(), std::size_t(5));
        QVERIFY(idx.find("alb"));
        QVERIFY(idx.find("alb")->type == ElementType::Service);
        QVERIFY(idx.find("alb")->network->id == "vpc");
        QVERIFY(idx.find("users")->type == ElementType::External);
        QVERIFY(!idx.find("nope"));
    }
    void idTable()
    {
        IdTable t;
        QVERIFY(!t.find("a")); // empty table: no slots yet
        std::vector<std::string> keys;
        for (int i = 0; i < 5000; ++i) // grows through several rehashes
            keys.push_back("id-" + std::to_string(i));
        for (std::size_t i = 0; i < keys.size(); ++i)
            QVERIFY(t.insert(keys[i], std::uint32_t(i)));
        QCOMPARE(t.size(), keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const std::uint32_t *v = t.find(keys[i]);
            QVERIFY(v);
            QCOMPARE(*v, std::uint32_t(i));
        }
        QVERIFY(!t.insert("id-7", 99)); // the first insertion wins
        QCOMPARE(*t.find("id-7"), 7u);
        QVERIFY(!t.find("id-5000"));
        QVERIFY(!t.find("id-"));
        QVERIFY(!t.find(""));
        QVERIFY(t.insert("", 1)); // an empty key is a key like any other
        QCOMPARE(*t.find(""), 1u);
    }
    void indexKeepsFirstOfDuplicateIds()
    {
        Model m;
        Account a;
        a.id = "dup";
        Network n;
        n.id = "dup";
        a.networks.push_back(n);
        m.accounts.push_back(a);
        ModelIndex idx(m);
        QVERIFY(idx.find("dup")->type == ElementType::Account);
    }
    void sameContentIgnoresPositions()
    {
        Model a;
        a.name = "x";
        a.externals.push_back({ .id = "users", .loc = { 3, 4 } });
        Model b = a;
        b.externals[0].loc = { 9, 9 };
        QVERIFY(sameContent(a, b));
        b.externals[0].name = "Users";
        QVERIFY(!sameContent(a, b));
    }
};

QTEST_GUILESS_MAIN(tst_Model)
#include "tst_model.moc"
