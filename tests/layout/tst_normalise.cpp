// SPDX-License-Identifier: MIT
#include "io/document.h"
#include "layout/layout.h"
#include "layout/nesting.h"
#include "layout/placement.h"
#include "templatemodels.h"

#include <QDir>
#include <QTest>
#include <cmath>
#include <limits>
#include <random>

using namespace cw;
using namespace cw::layout;

/// Hand-made geometry is kept where it obeys the nesting rules and normalised where it does not,
/// by the one layout the designer and every exporter use.
class TestNormalise : public QObject
{
    Q_OBJECT

private:
    static Model load(const QString &name) { return templatetest::load(name); }

    static QString problems(const Model &m, const Geometry &g)
    {
        QStringList out;
        for (const auto &p : nestingProblems(m, g))
            out << QString::fromStdString(p);
        return out.join(QLatin1String("; "));
    }

    /// Every rect of g stored in the model, as the designer does after its first edit.
    static void store(Model &m, const Geometry &g)
    {
        m.diagram.nodes.clear();
        for (const auto &n : g.nodes)
            if (n.kind != NodeKind::Zone)
                m.diagram.nodes[n.id] = n.rect;
    }

    static void compareRects(const Geometry &a, const Geometry &b)
    {
        QCOMPARE(a.nodes.size(), b.nodes.size());
        for (std::size_t i = 0; i < a.nodes.size(); ++i) {
            QCOMPARE(a.nodes[i].id, b.nodes[i].id);
            const Rect &x = a.nodes[i].rect, &y = b.nodes[i].rect;
            // Equal up to rounding (relative coordinates are taken and added back).
            auto near
                = [](double u, double v) { return std::abs(u - v) <= 1e-6 * (1 + std::abs(u)); };
            QVERIFY2(near(x.x, y.x) && near(x.y, y.y) && near(x.w, y.w) && near(x.h, y.h),
                qPrintable(QStringLiteral("%1: %2,%3 %4x%5 vs %6,%7 %8x%9")
                               .arg(QString::fromStdString(a.nodes[i].id))
                               .arg(x.x)
                               .arg(x.y)
                               .arg(x.w)
                               .arg(x.h)
                               .arg(y.x)
                               .arg(y.y)
                               .arg(y.w)
                               .arg(y.h)));
        }
    }

    /// A small AWS design: VPC, public/private/isolated subnets in two zones, an ALB, an ECS
    /// service and an RDS database spanning the two isolated subnets (the designer-built file
    /// of issue "One design, one picture").
    static Model threeTier()
    {
        Model m;
        Account a;
        a.id = "acc";
        Network n;
        n.id = "vpc";
        n.cidrs = { "10.0.0.0/16" };
        n.zones = { "eu-west-1a", "eu-west-1b" };
        int k = 0;
        for (const Tier t : { Tier::Public, Tier::Private, Tier::Isolated })
            for (const char *z : { "a", "b" }) {
                Subnet s;
                s.id = std::string(toString(t)) + "-" + z;
                s.tier = t;
                s.zone = std::string("eu-west-1") + z;
                s.cidr = "10.0." + std::to_string(k++) + ".0/24";
                n.subnets.push_back(s);
            }
        n.services.push_back(
            { .id = "alb", .kind = "aws.alb", .subnets = { "public-a", "public-b" } });
        n.services.push_back(
            { .id = "ecs", .kind = "aws.ecs-fargate", .subnets = { "private-a" } });
        n.services.push_back({ .id = "db",
            .kind = "aws.rds-postgresql",
            .subnets = { "isolated-a", "isolated-b" } });
        a.networks.push_back(n);
        m.accounts.push_back(a);
        return m;
    }

private slots:
    void templates_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &name : templatetest::templateNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    /// The default placement already obeys the rules: normalising it changes nothing.
    void defaultPlacementIsNormal_data() { templates_data(); }
    void defaultPlacementIsNormal()
    {
        QFETCH(QString, name);
        Model m = load(name);
        m.diagram.nodes.clear();
        std::vector<Node> nodes = detail::placeDefault(m, {});
        const std::vector<Node> before = nodes;
        detail::normalise(m, nodes);
        for (std::size_t i = 0; i < nodes.size(); ++i)
            QVERIFY2(nodes[i].rect == before[i].rect, nodes[i].id.c_str());
    }

    /// Storing what the layout hands out and laying out again gives the same picture, and the
    /// templates as shipped (with their stored geometry) obey the rules.
    void idempotent_data() { templates_data(); }
    void idempotent()
    {
        QFETCH(QString, name);
        Model m = load(name);
        const Geometry g = cw::layout::layout(m, { .route = false });
        QVERIFY2(nestingProblems(m, g).empty(), qPrintable(problems(m, g)));
        store(m, g);
        compareRects(cw::layout::layout(m, { .route = false }), g);
    }

    /// The broken file of the issue: a subnet stretched across the other zone over its
    /// neighbour, a spanning database drawn across subnets at different heights, services
    /// floating above their subnets.
    void brokenGeometryIsNormalised()
    {
        Model m = threeTier();
        const Geometry clean = cw::layout::layout(m, { .route = false });
        store(m, clean);
        const Rect isoA = clean.find("isolated-a")->rect;
        const Rect isoB = clean.find("isolated-b")->rect;
        m.diagram.nodes["isolated-a"] = { isoA.x, isoA.y, 984, isoA.h };
        m.diagram.nodes["isolated-b"] = { isoB.x, isoB.y + 140, isoB.w, isoB.h };
        const Rect priv = clean.find("private-a")->rect;
        m.diagram.nodes["ecs"] = { priv.x + 10, priv.y - 200, kServiceW, kServiceH };
        m.diagram.nodes["db"] = { isoA.x, isoA.y - 300, 300, kSpanH };
        const Geometry g = cw::layout::layout(m, { .route = false });
        QVERIFY2(nestingProblems(m, g).empty(), qPrintable(problems(m, g)));
        // The stretched subnet is held in its zone column; the spanned subnets share a row.
        const Rect colA = g.find("vpc/eu-west-1a")->rect;
        QVERIFY(g.find("isolated-a")->rect.x + g.find("isolated-a")->rect.w <= colA.x + colA.w);
        QCOMPARE(g.find("isolated-a")->rect.y, g.find("isolated-b")->rect.y);
        // The service moved into its subnet, below the title; where it was valid x is kept.
        const Rect ecs = g.find("ecs")->rect;
        QCOMPARE(ecs.x, priv.x + 10);
        QVERIFY(ecs.y >= g.find("private-a")->rect.y + kSubnetTitle);
        // Normalised geometry is stable.
        store(m, g);
        compareRects(cw::layout::layout(m, { .route = false }), g);
    }

    /// Siblings never overlap: a network dragged onto another, an account onto another.
    void overlappingSiblingsPushedApart()
    {
        Model m = load(QStringLiteral("innovate-inc"));
        const Geometry clean = cw::layout::layout(m, { .route = false });
        store(m, clean);
        for (const auto &a : m.accounts)
            if (a.networks.size() >= 2) {
                m.diagram.nodes[a.networks[1].id] = clean.find(a.networks[0].id)->rect;
                break;
            }
        m.diagram.nodes[m.accounts[1].id] = clean.find(m.accounts[0].id)->rect;
        const Geometry g = cw::layout::layout(m, { .route = false });
        QVERIFY2(nestingProblems(m, g).empty(), qPrintable(problems(m, g)));
        // The first stays where it was stored.
        QVERIFY(g.find(m.accounts[0].id)->rect.x == clean.find(m.accounts[0].id)->rect.x);
    }

    /// Random rects for every element of every template (sizes from nothing to huge,
    /// positions anywhere) always come out obeying the rules, and stably.
    void randomGeometry_data() { templates_data(); }
    void randomGeometry()
    {
        QFETCH(QString, name);
        const Model base = load(name);
        const Geometry clean = cw::layout::layout(base, { .route = false });
        std::mt19937 rng(42);
        std::uniform_real_distribution<double> pos(-500, 4000), size(1, 1200), coin(0, 1);
        for (int round = 0; round < 20; ++round) {
            Model m = base;
            m.diagram.nodes.clear();
            for (const auto &n : clean.nodes) {
                if (n.kind == NodeKind::Zone || coin(rng) < 0.3)
                    continue;
                m.diagram.nodes[n.id] = coin(rng) < 0.5
                    ? Rect { pos(rng), pos(rng), size(rng), size(rng) }
                    : Rect { n.rect.x + pos(rng) / 20, n.rect.y + pos(rng) / 20, n.rect.w,
                          n.rect.h };
            }
            const Geometry g = cw::layout::layout(m, { .route = false });
            QVERIFY2(nestingProblems(m, g).empty(),
                qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problems(m, g))));
            store(m, g);
            compareRects(cw::layout::layout(m, { .route = false }), g);
        }
    }

    /// Rects that are not numbers or have no size are not taken.
    void invalidStoredRectsIgnored()
    {
        Model m = threeTier();
        m.diagram.nodes["vpc"] = { std::nan(""), 0, 100, 100 };
        m.diagram.nodes["ecs"] = { 10, 10, 0, -5 };
        m.diagram.nodes["alb"] = { 1e308, 0, 1e308, 50 };
        m.diagram.nodes["acc"] = { 0, 0, std::numeric_limits<double>::infinity(), 100 };
        const Geometry g = cw::layout::layout(m, { .route = false });
        QVERIFY2(nestingProblems(m, g).empty(), qPrintable(problems(m, g)));
        QVERIFY(!g.find("vpc")->manual);
        QVERIFY(!g.find("ecs")->manual);
        QVERIFY(!g.find("acc")->manual);
    }
};

QTEST_GUILESS_MAIN(TestNormalise)
#include "tst_normalise.moc"
