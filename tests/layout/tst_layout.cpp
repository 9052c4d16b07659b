// SPDX-License-Identifier: MIT
#include "io/document.h"
#include "layout/layout.h"
#include "layout/nesting.h"
#include "layout/placement.h"
#include "synthetic.h"
#include "templatemodels.h"

#include <QDir>
#include <QTest>
#include <cmath>
#include <set>

using namespace cw;
using namespace cw::layout;

/// Placement, containment, overlap, stored geometry and routing of cw::layout.
class TestLayout : public QObject
{
    Q_OBJECT

private:
    static Model load(const QString &name) { return templatetest::load(name); }

    static bool contains(const Rect &outer, const Rect &inner)
    {
        return inner.x >= outer.x - 1e-6 && inner.y >= outer.y - 1e-6
            && inner.x + inner.w <= outer.x + outer.w + 1e-6
            && inner.y + inner.h <= outer.y + outer.h + 1e-6;
    }

    static bool overlap(const Rect &a, const Rect &b)
    {
        return a.x < b.x + b.w - 1e-6 && b.x < a.x + a.w - 1e-6 && a.y < b.y + b.h - 1e-6
            && b.y < a.y + a.h - 1e-6;
    }

    /// Every element placed, the nesting rules kept, no two boxes on each other (spanning bands
    /// included: they take bands in the row of the subnets they span), routes orthogonal.
    static void checkGeometry(const Model &m, const Geometry &g)
    {
        QStringList problems;
        for (const auto &p : nestingProblems(m, g))
            problems << QString::fromStdString(p);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
        std::vector<const Node *> boxes;
        for (const auto &n : g.nodes)
            if (n.kind == NodeKind::Service || n.kind == NodeKind::External)
                boxes.push_back(&n);
        for (std::size_t i = 0; i < boxes.size(); ++i)
            for (std::size_t j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!overlap(boxes[i]->rect, boxes[j]->rect),
                    (boxes[i]->id + " overlaps " + boxes[j]->id).c_str());
        for (const auto &r : g.routes) {
            QVERIFY(r.points.size() >= 2);
            for (std::size_t i = 0; i + 1 < r.points.size(); ++i)
                QVERIFY2(r.points[i].x == r.points[i + 1].x || r.points[i].y == r.points[i + 1].y,
                    m.connections[r.connection].from.c_str());
        }
    }

private slots:
    /// Zone columns: the network's zones plus those only subnets name; one regional column when
    /// every subnet is regional (Azure); the declared zones while there is no subnet to place.
    void columnZonesFollowTheSubnets()
    {
        Network n;
        n.zones = { "1", "2", "3" };
        auto columns = [&] {
            QStringList out;
            for (const auto &z : columnZones(n))
                out << QString::fromStdString(z);
            return out;
        };
        QCOMPARE(columns(), QStringList({ "1", "2", "3" }));
        n.subnets.push_back({ .id = "a", .zone = "" });
        n.subnets.push_back({ .id = "b", .zone = "" });
        QCOMPARE(columns(), QStringList({ "" }));
        n.subnets.push_back({ .id = "c", .zone = "2" });
        QCOMPARE(columns(), QStringList({ "1", "2", "3", "" }));
        n.subnets.pop_back();
        n.subnets.push_back({ .id = "c", .zone = "4" });
        QCOMPARE(columns(), QStringList({ "1", "2", "3", "", "4" }));
    }

    void templates_data()
    {
        QTest::addColumn<QString>("name");
        const auto files
            = QDir(QStringLiteral(CW_SOURCE_DIR "/templates"))
                  .entryList({ QStringLiteral("*.cloudwright.yaml") }, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const auto &f : files) {
            const QString name = f.chopped(int(qstrlen(".cloudwright.yaml")));
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void templates()
    {
        QFETCH(QString, name);
        Model m = load(name);
        m.diagram.nodes.clear();
        const Geometry g = cw::layout::layout(m);
        checkGeometry(m, g);
        std::size_t routable = 0;
        for (const auto &c : m.connections)
            routable += g.find(c.from) && g.find(c.to) ? 1 : 0;
        QCOMPARE(g.routes.size(), routable);
        // Deterministic: the same model gives the same geometry.
        const Geometry again = cw::layout::layout(m);
        QCOMPARE(again.nodes.size(), g.nodes.size());
        for (std::size_t i = 0; i < g.nodes.size(); ++i)
            QVERIFY(again.nodes[i].rect == g.nodes[i].rect);
    }

    /// No route crosses the title of an account, network, zone column or subnet.
    void routesAvoidTitles_data() { templates_data(); }

    void routesAvoidTitles()
    {
        QFETCH(QString, name);
        const Model m = load(name);
        const Geometry g = tidy(m);
        const auto labels = detail::titleLabels(m, g.nodes);
        for (const auto &r : g.routes)
            for (std::size_t i = 0; i + 1 < r.points.size(); ++i) {
                const Point a = r.points[i], b = r.points[i + 1];
                const Rect seg { std::min(a.x, b.x), std::min(a.y, b.y), std::abs(b.x - a.x),
                    std::abs(b.y - a.y) };
                for (const Rect &l : labels)
                    QVERIFY2(!(seg.x < l.x + l.w && l.x < seg.x + seg.w + 0.5 && seg.y < l.y + l.h
                                 && l.y < seg.y + seg.h + 0.5),
                        (m.connections[r.connection].from + " -> " + m.connections[r.connection].to
                            + ": segment " + std::to_string(seg.x) + "," + std::to_string(seg.y)
                            + " " + std::to_string(seg.w) + "x" + std::to_string(seg.h)
                            + " crosses title " + std::to_string(l.x) + "," + std::to_string(l.y)
                            + " " + std::to_string(l.w) + "x" + std::to_string(l.h))
                            .c_str());
            }
    }

    /// Routes between the same pair, or sharing a corridor, never lie on top of each other.
    void parallelRoutesApart_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("duplicate");
        for (const auto &n : { "innovate-inc", "ie-bank", "order-processor", "innovate-opsfleet",
                 "eks-platform-outline" })
            QTest::newRow(n) << QString::fromLatin1(n) << false;
        QTest::newRow("innovate-inc, every connection both ways") << "innovate-inc" << true;
    }

    void parallelRoutesApart()
    {
        QFETCH(QString, name);
        QFETCH(bool, duplicate);
        Model m = load(name);
        if (duplicate) {
            const auto original = m.connections;
            for (const auto &c : original) {
                Connection back = c;
                std::swap(back.from, back.to);
                m.connections.push_back(back);
            }
        }
        const Geometry g = tidy(m);
        checkGeometry(m, g);
        struct Seg
        {
            std::size_t route;
            bool horizontal;
            double coord, lo, hi;
        };
        std::vector<Seg> segs;
        for (std::size_t k = 0; k < g.routes.size(); ++k) {
            const auto &p = g.routes[k].points;
            for (std::size_t i = 0; i + 1 < p.size(); ++i) {
                if (p[i].y == p[i + 1].y && p[i].x != p[i + 1].x)
                    segs.push_back({ k, true, p[i].y, std::min(p[i].x, p[i + 1].x),
                        std::max(p[i].x, p[i + 1].x) });
                else if (p[i].x == p[i + 1].x && p[i].y != p[i + 1].y)
                    segs.push_back({ k, false, p[i].x, std::min(p[i].y, p[i + 1].y),
                        std::max(p[i].y, p[i + 1].y) });
            }
        }
        int overlaps = 0;
        for (std::size_t i = 0; i < segs.size(); ++i)
            for (std::size_t j = i + 1; j < segs.size(); ++j) {
                const Seg &a = segs[i], &b = segs[j];
                if (a.route == b.route || a.horizontal != b.horizontal
                    || std::abs(a.coord - b.coord) > 1)
                    continue;
                if (std::min(a.hi, b.hi) - std::max(a.lo, b.lo) > 4) // corners may touch
                    ++overlaps;
            }
        QCOMPARE(overlaps, 0);
        // Labels of routes between the same boxes do not sit on one another.
        for (std::size_t i = 0; i < g.routes.size(); ++i)
            for (std::size_t j = i + 1; j < g.routes.size(); ++j) {
                const Point a = g.routes[i].labelAt, b = g.routes[j].labelAt;
                QVERIFY2(std::abs(a.x - b.x) > 1 || std::abs(a.y - b.y) > 1,
                    (m.connections[g.routes[i].connection].from + " / "
                        + m.connections[g.routes[j].connection].from)
                        .c_str());
            }
    }

    void zoneColumnsAndTierRows()
    {
        Model m = load(QStringLiteral("innovate-inc"));
        const Geometry g = tidy(m);
        const auto &net = m.accounts[4].networks[0];
        QCOMPARE(QString::fromStdString(net.id), QStringLiteral("prod-vpc"));
        double lastTop = -1;
        for (const Tier tier : { Tier::Public, Tier::Private, Tier::Isolated }) {
            double top = -1;
            for (const auto &s : net.subnets)
                if (s.tier == tier) {
                    const Node *n = g.find(s.id);
                    QCOMPARE(n->parent, zoneNodeId(net, s.zone));
                    top = top < 0 ? n->rect.y : std::min(top, n->rect.y);
                }
            QVERIFY(top > lastTop); // public above private above isolated
            lastTop = top;
        }
        const Node *a = g.find(zoneNodeId(net, net.zones[0]));
        const Node *b = g.find(zoneNodeId(net, net.zones[1]));
        QVERIFY(a && b && a->rect.x + a->rect.w <= b->rect.x); // zones are columns, left to right
        // Accounts side by side.
        QVERIFY(g.find(m.accounts[0].id)->rect.x + g.find(m.accounts[0].id)->rect.w
            <= g.find(m.accounts[1].id)->rect.x);
    }

    void manualGeometryKept()
    {
        Model m = load(QStringLiteral("innovate-inc"));
        m.diagram.nodes.clear();
        const Geometry base = cw::layout::layout(m);
        const auto &net = m.accounts[4].networks[0];
        const Rect netRect = base.find(net.id)->rect;
        const Rect moved { netRect.x + 300, netRect.y + 500, netRect.w, netRect.h };
        m.diagram.nodes[net.id] = moved;
        const std::string svc = net.services.front().id;
        const Rect svcRect = base.find(svc)->rect;
        const Rect svcMoved { svcRect.x + 300, svcRect.y + 500, svcRect.w, svcRect.h };
        m.diagram.nodes[svc] = svcMoved;

        const Geometry g = cw::layout::layout(m);
        checkGeometry(m, g);
        QVERIFY(g.find(net.id)->rect == moved);
        QVERIFY(g.find(net.id)->manual);
        QVERIFY(g.find(svc)->rect == svcMoved);
        // An unplaced subnet follows its stored network.
        const Rect sub = g.find(net.subnets[0].id)->rect;
        const Rect sub0 = base.find(net.subnets[0].id)->rect;
        QCOMPARE(sub.x - sub0.x, 300.0);
        QCOMPARE(sub.y - sub0.y, 500.0);
        QVERIFY(!g.find(net.subnets[0].id)->manual);
        // tidy ignores what is stored.
        QVERIFY(tidy(m).find(net.id)->rect == netRect);
    }

    void unplacedNodeAvoidsStoredSibling()
    {
        Model m = load(QStringLiteral("innovate-inc"));
        m.diagram.nodes.clear();
        const Geometry base = cw::layout::layout(m);
        const auto &acc = m.accounts[1]; // security: four regional services in a row
        QVERIFY(acc.services.size() >= 2);
        // Store the second service exactly where the default puts the first.
        m.diagram.nodes[acc.services[1].id] = base.find(acc.services[0].id)->rect;
        const Geometry g = cw::layout::layout(m);
        checkGeometry(m, g);
        QVERIFY(g.find(acc.services[1].id)->rect == base.find(acc.services[0].id)->rect);
    }

    void syntheticThousand()
    {
        const Model m = bench::syntheticModel(1000);
        const Geometry g = cw::layout::layout(m);
        checkGeometry(m, g);
        QCOMPARE(g.routes.size(), m.connections.size());
        // Routes avoid the boxes they do not connect where a clean path exists: most do.
        std::size_t fallback = 0;
        for (const auto &r : g.routes)
            fallback += r.fallback ? 1 : 0;
        QVERIFY2(fallback < g.routes.size() / 2, "most routes were computed within the cap");
    }

    void timeCapFallsBackToElbows()
    {
        const Model m = bench::syntheticModel(500);
        Options o;
        o.timeCapMs = 0;
        const Geometry g = cw::layout::layout(m, o);
        QVERIFY(!g.routes.empty());
        for (const auto &r : g.routes)
            QVERIFY(r.fallback && r.points.size() <= 3);
        checkGeometry(m, g);
    }

    /// Every edge shows a line and an arrow head: its label never hides the last 10 px of the
    /// route into the target (order-processor's queue -> dead-letter queue runs across a 16 px
    /// gap, shorter than its "ANY" label).
    void labelsLeaveTheArrowVisible_data() { templates_data(); }
    void labelsLeaveTheArrowVisible()
    {
        QFETCH(QString, name);
        Model m = load(name);
        m.diagram.nodes.clear();
        const Geometry g = cw::layout::layout(m);
        for (const auto &r : g.routes) {
            const Connection &c = m.connections[r.connection];
            if (c.protocol.empty())
                continue;
            const std::size_t chars
                = c.protocol.size() + (c.port > 0 ? 1 + std::to_string(c.port).size() : 0);
            const double w = 8 + 6.2 * double(chars), h = 16;
            const Rect label { r.labelAt.x - w / 2, r.labelAt.y - h / 2, w, h };
            const Point a = r.points[r.points.size() - 2], b = r.points.back();
            const double len = std::hypot(b.x - a.x, b.y - a.y);
            int visible = 0;
            for (double t = 0; t < std::min(len, 10.0); t += 1) {
                const Point p { b.x - (b.x - a.x) * t / len, b.y - (b.y - a.y) * t / len };
                visible += p.x < label.x || p.x > label.x + label.w || p.y < label.y
                        || p.y > label.y + label.h
                    ? 1
                    : 0;
            }
            QVERIFY2(visible >= int(std::min(len, 10.0)) - 1,
                qPrintable(QStringLiteral("%1 -> %2: the label hides the arrow")
                               .arg(QString::fromStdString(c.from), QString::fromStdString(c.to))));
        }
    }

    void routeEndsOnBorders()
    {
        Model m = load(QStringLiteral("order-processor"));
        const Geometry g = tidy(m);
        QVERIFY(!g.routes.empty());
        for (const auto &r : g.routes) {
            const auto &c = m.connections[r.connection];
            const Rect a = g.find(c.from)->rect, b = g.find(c.to)->rect;
            auto onBorder = [](Point p, const Rect &x) {
                const bool inX = p.x >= x.x - 1e-6 && p.x <= x.x + x.w + 1e-6;
                const bool inY = p.y >= x.y - 1e-6 && p.y <= x.y + x.h + 1e-6;
                return inX && inY
                    && (std::abs(p.x - x.x) < 1e-6 || std::abs(p.x - x.x - x.w) < 1e-6
                        || std::abs(p.y - x.y) < 1e-6 || std::abs(p.y - x.y - x.h) < 1e-6);
            };
            QVERIFY2(onBorder(r.points.front(), a), c.from.c_str());
            QVERIFY2(onBorder(r.points.back(), b), c.to.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
