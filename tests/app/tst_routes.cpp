// SPDX-License-Identifier: MIT
// The canvas's connection routes: the layout engine's router (the one exported diagrams use),
// readable (no route through a service it does not join), quick elbows only for what moves
// during a drag, and large designs routed on a worker thread without disturbing the rest.
#include "editor.h"
#include "layout/layout.h"
#include "testdocs.h"

#include <QTest>

using namespace cw;
using namespace cw::gui;

namespace {

/// The routes as plain point lists, for comparing.
std::vector<QVector<QPointF>> pointsOf(const ConnectionsModel *c)
{
    std::vector<QVector<QPointF>> out;
    for (int r = 0; r < c->count(); ++r)
        out.push_back(c->route(r).points);
    return out;
}

/// The engine's routes for the scene's current rects.
std::vector<QVector<QPointF>> engineRoutes(const Model &model, const SceneModel *s)
{
    cw::layout::Geometry g;
    for (int i = 0; i < s->count(); ++i) {
        const SceneNode &n = s->node(i);
        g.nodes.push_back({ n.id.toStdString(),
            n.parent >= 0 ? s->node(n.parent).id.toStdString() : std::string(),
            cw::layout::NodeKind(int(n.type)), fromQRect(s->rectOf(i)), true });
    }
    g.reindex();
    std::vector<QVector<QPointF>> out(model.connections.size());
    for (const auto &r : cw::layout::route(model, g)) {
        for (const auto &p : r.points)
            out[r.connection].append(QPointF(p.x, p.y));
    }
    return out;
}

/// True when the segment a-b passes through the inside of r (not just along its border).
bool crosses(QPointF a, QPointF b, const QRectF &r)
{
    const QRectF inner = r.adjusted(1, 1, -1, -1);
    const QRectF seg = QRectF(a, b).normalized().adjusted(-0.01, -0.01, 0.01, 0.01);
    return inner.intersects(seg);
}

} // namespace

class tst_Routes : public QObject
{
    Q_OBJECT

private slots:
    void engineRoutesOnTheCanvas_data();
    void engineRoutesOnTheCanvas();
    void dragMovesOnlyItsRoutes();
    void largeDesignsRouteInTheBackground();
};

void tst_Routes::engineRoutesOnTheCanvas_data()
{
    QTest::addColumn<QString>("templateId");
    for (const auto &id : test::templateIds())
        QTest::newRow(qPrintable(id)) << id;
}

void tst_Routes::engineRoutesOnTheCanvas()
{
    QFETCH(QString, templateId);
    Document doc;
    QVERIFY(doc.newFromTemplate(templateId));
    Editor editor;
    editor.setDocument(&doc);
    const auto *c = editor.connections();
    const auto *s = editor.scene();
    QCOMPARE(pointsOf(c), engineRoutes(doc.model(), s));
    // No route runs through a service card or external box other than its own two ends (bands
    // of spanning services fill whole rows: routes may have to cross them).
    for (int r = 0; r < c->count(); ++r) {
        const Route &route = c->route(r);
        for (int i = 0; i < s->count(); ++i) {
            const SceneNode &n = s->node(i);
            if ((n.type != NodeType::Service && n.type != NodeType::External) || n.spanning
                || n.id == c->fromOf(r) || n.id == c->toOf(r))
                continue;
            for (int k = 1; k < route.points.size(); ++k)
                QVERIFY2(!crosses(route.points[k - 1], route.points[k], s->rectOf(i)),
                    qPrintable(c->key(r) + " runs through " + n.id));
        }
    }
}

void tst_Routes::dragMovesOnlyItsRoutes()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    Editor editor;
    editor.setDocument(&doc);
    auto *c = editor.connections();
    const auto before = pointsOf(c);
    const int row = c->rowOfKey("nonprod-users-to-cdn");
    QVERIFY(row >= 0);
    // Drag the CloudFront distribution: its routes follow, the others stay put.
    editor.select("nonprod-cdn");
    const QRectF r = editor.boundsOf("nonprod-cdn");
    editor.beginDrag(r.center().x(), r.center().y());
    editor.dragTo(r.center().x() + 40, r.center().y() + 8);
    int followed = 0;
    for (int k = 0; k < c->count(); ++k) {
        const bool touches = c->fromOf(k) == "nonprod-cdn" || c->toOf(k) == "nonprod-cdn";
        if (touches)
            followed += c->route(k).points != before[std::size_t(k)] ? 1 : 0;
        else
            QVERIFY2(c->route(k).points == before[std::size_t(k)], qPrintable(c->key(k)));
    }
    QVERIFY(followed >= 2);
    // Let go: one undo step, and the engine routes everything again.
    QVERIFY(editor.endDrag());
    QCOMPARE(pointsOf(c), engineRoutes(doc.model(), editor.scene()));
    doc.undo();
    QCOMPARE(pointsOf(c), before);
}

void tst_Routes::largeDesignsRouteInTheBackground()
{
    // innovate-inc with its connections repeated past the synchronous limit.
    Document source;
    QVERIFY(source.newFromTemplate("innovate-inc"));
    Model m = source.model();
    const auto base = m.connections;
    for (int copy = 0; int(m.connections.size()) <= ConnectionsModel::kSyncRoutes; ++copy)
        for (auto c : base) {
            c.id += "-" + std::to_string(copy);
            c.port += 1 + copy;
            m.connections.push_back(c);
        }
    Document doc;
    doc.reset(m, QString());
    Editor editor;
    editor.setDocument(&doc);
    auto *c = editor.connections();
    // At once: every connection has a route (quick ones) to draw and hit.
    for (int r = 0; r < c->count(); ++r)
        QVERIFY(c->route(r).points.size() >= 2);
    c->waitForRoutes();
    const auto routed = pointsOf(c);
    QCOMPARE(routed, engineRoutes(doc.model(), editor.scene()));
    // A move: routes of the moved service change at once, the rest keep the engine's routes
    // until the new ones come in.
    editor.select("nonprod-ecr");
    editor.nudge(16, 0);
    int kept = 0;
    for (int k = 0; k < c->count(); ++k)
        if (c->fromOf(k) != "nonprod-ecr" && c->toOf(k) != "nonprod-ecr")
            kept += c->route(k).points == routed[std::size_t(k)] ? 1 : 0;
    QVERIFY2(kept > c->count() / 2, qPrintable(QString::number(kept)));
    c->waitForRoutes();
    QCOMPARE(pointsOf(c), engineRoutes(doc.model(), editor.scene()));
}

QTEST_GUILESS_MAIN(tst_Routes)
#include "tst_routes.moc"
