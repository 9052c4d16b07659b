// SPDX-License-Identifier: MIT
// The editor's verbs on real templates: placement rules (data-driven), drawing, moving and
// re-parenting, resizing with container growth, connecting, clipboard, alignment, hit tests,
// the default layout's invariants, and validation running off the GUI thread.
#include "editor.h"
#include "layout/metrics.h"
#include "placement.h"
#include "testdocs.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace cw;
using namespace cw::gui;

namespace {

int firstOf(SceneModel *s, NodeType type, const QString &parent = {})
{
    for (int i = 0; i < s->count(); ++i)
        if (s->node(i).type == type
            && (parent.isEmpty()
                || (s->node(i).parent >= 0 && s->node(s->node(i).parent).id == parent)))
            return i;
    return -1;
}

} // namespace

class tst_Editor : public QObject
{
    Q_OBJECT

private slots:
    void placement_data();
    void placement();
    void defaultLayoutNests_data();
    void defaultLayoutNests();
    void drawVpcSubnetServiceAndConnect();
    void moveReparentsAndRefuses();
    void resizeGrowsParentsAndSpans();
    void clipboardAndAlign();
    void hitTests();
    void validationDoesNotBlockEdits();
};

void tst_Editor::placement_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("parent"); // DropPlan::Parent
    QTest::addColumn<int>("subnets");
    // innovate-inc: prod account, prod-vpc, prod-public-a/b/c, prod-db-a...
    QTest::newRow("subnet outside a network") << "subnet:public"
                                              << "prod"
                                              << ""
                                              << "" << false << 0 << 0;
    QTest::newRow("subnet in a network") << "subnet:public"
                                         << "prod"
                                         << "prod-vpc"
                                         << "" << true << 2 << 0;
    QTest::newRow("network outside an account") << "network"
                                                << ""
                                                << ""
                                                << "" << false << 0 << 0;
    QTest::newRow("account inside an account") << "account:aws"
                                               << "prod"
                                               << ""
                                               << "" << false << 0 << 0;
    QTest::newRow("database in a public subnet: allowed, the rules flag it")
        << "aws.rds-postgresql"
        << "prod"
        << "prod-vpc"
        << "prod-public-a" << true << 3 << 3;
    QTest::newRow("alb spans the tier's zones") << "aws.alb"
                                                << "prod"
                                                << "prod-vpc"
                                                << "prod-public-b" << true << 3 << 3;
    QTest::newRow("ec2 stays in one subnet") << "aws.ec2"
                                             << "prod"
                                             << "prod-vpc"
                                             << "prod-private-a" << true << 3 << 1;
    QTest::newRow("s3 dropped in a subnet goes to the account")
        << "aws.s3"
        << "prod"
        << "prod-vpc"
        << "prod-private-a" << true << 1 << 0;
    QTest::newRow("internet gateway goes to the network") << "aws.internet-gateway"
                                                          << "prod"
                                                          << "prod-vpc"
                                                          << "prod-public-a" << true << 2 << 0;
    QTest::newRow("azure service in an aws account") << "azure.key-vault"
                                                     << "prod"
                                                     << ""
                                                     << "" << false << 0 << 0;
    QTest::newRow("service on the empty canvas") << "aws.ec2"
                                                 << ""
                                                 << ""
                                                 << "" << false << 0 << 0;
    QTest::newRow("internet inside an account") << "external:internet"
                                                << "prod"
                                                << ""
                                                << "" << false << 0 << 0;
    QTest::newRow("internet on the canvas") << "external:internet"
                                            << ""
                                            << ""
                                            << "" << true << 0 << 0;
}

void tst_Editor::placement()
{
    QFETCH(QString, key);
    QFETCH(QString, account);
    QFETCH(QString, network);
    QFETCH(QString, subnet);
    QFETCH(bool, ok);
    QFETCH(int, parent);
    QFETCH(int, subnets);
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    const DropPlan plan = planDrop(doc.model(), key, { account, network, "", subnet });
    QCOMPARE(plan.ok, ok);
    if (!ok) {
        QVERIFY2(!plan.reason.isEmpty(), "a refusal says why");
        return;
    }
    QCOMPARE(int(plan.parent), parent);
    QCOMPARE(int(plan.subnets.size()), subnets);
    // A placement the rules will flag says so when it is made.
    QCOMPARE(plan.note.contains("flag"), QString(QTest::currentDataTag()).contains("flag"));
}

void tst_Editor::defaultLayoutNests_data()
{
    QTest::addColumn<QString>("templateId");
    for (const auto &id : test::templateIds())
        QTest::newRow(qPrintable(id)) << id;
}

void tst_Editor::defaultLayoutNests()
{
    QFETCH(QString, templateId);
    Document doc;
    QVERIFY(doc.newFromTemplate(templateId));
    Editor editor;
    editor.setDocument(&doc);
    auto *s = editor.scene();
    for (int i = 0; i < s->count(); ++i) {
        const auto &n = s->node(i);
        if (n.type == NodeType::Subnet) {
            // A subnet sits in the column of its zone.
            const QString zone = QString::fromStdString(
                std::get<Subnet>(valueAt(doc.model(), *findPath(doc.model(), n.id.toStdString())))
                    .zone);
            // (A regional network's subnets have no column: they sit in the network.)
            const int col
                = zone.isEmpty() ? n.parent : s->indexOf(s->node(n.parent).id + "/" + zone);
            QVERIFY2(col >= 0 && s->rectOf(col).contains(n.rect), qPrintable(n.id));
        }
        // A spanning service's band lies across the subnets it spans.
        if (n.spanning && n.type == NodeType::Service) {
            const QStringList refs
                = fieldValue(doc.model(), n.id.toStdString(), "subnets").toStringList();
            for (const auto &ref : refs) {
                const QRectF sub = s->rectOf(s->indexOf(ref));
                QVERIFY2(sub.top() <= n.rect.top() && n.rect.bottom() <= sub.bottom(),
                    qPrintable(n.id + " outside the rows of " + ref));
            }
        }
        // Siblings of one container do not overlap (spanning bands excepted).
        for (int j = i + 1; j < s->count(); ++j) {
            const auto &m = s->node(j);
            if (m.parent != n.parent || n.type == NodeType::Zone || m.type == NodeType::Zone
                || n.spanning || m.spanning)
                continue;
            QVERIFY2(!n.rect.intersects(m.rect), qPrintable(n.id + " overlaps " + m.id));
        }
    }
}

void tst_Editor::drawVpcSubnetServiceAndConnect()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("blank-aws"));
    Editor editor;
    editor.setDocument(&doc);
    auto *s = editor.scene();
    const QRectF account = s->rectOf(firstOf(s, NodeType::Account));
    QVERIFY(editor.drop("network", account.left() + 60, account.top() + 80));
    const int net = firstOf(s, NodeType::Network);
    QVERIFY(net >= 0);
    QVERIFY2(s->rectOf(firstOf(s, NodeType::Account)).contains(s->rectOf(net)),
        "the account grew to hold the VPC");
    const QString netId = s->node(net).id;
    QCOMPARE(fieldValue(doc.model(), netId.toStdString(), "cidrs").toStringList(),
        QStringList { "10.0.0.0/16" });
    // A public subnet in the second zone column, then a private one in the first.
    const int zoneB = s->indexOf(netId + "/eu-west-1b");
    QVERIFY(
        editor.drop("subnet:public", s->rectOf(zoneB).center().x(), s->rectOf(zoneB).top() + 60));
    const QString pub = editor.currentId();
    QCOMPARE(fieldValue(doc.model(), pub.toStdString(), "zone").toString(), QString("eu-west-1b"));
    QCOMPARE(fieldValue(doc.model(), pub.toStdString(), "cidr").toString(), QString("10.0.0.0/24"));
    const QRectF subnet = editor.boundsOf(pub);
    QVERIFY(editor.drop("aws.nat-gateway", subnet.center().x(), subnet.center().y() + 10));
    const QString nat = editor.currentId();
    QCOMPARE(
        fieldValue(doc.model(), nat.toStdString(), "subnets").toStringList(), QStringList { pub });
    QVERIFY(editor.drop("aws.ec2", subnet.center().x() + 40, subnet.center().y() + 30));
    const QString ec2 = editor.currentId();
    QVERIFY(editor.boundsOf(pub).contains(editor.boundsOf(ec2)));
    // Refused: a subnet outside any network.
    QVERIFY(!editor.drop("subnet:private", account.left() - 400, account.top()));
    // Connect, with a first protocol and port; the connection is selected for the inspector.
    QVERIFY(editor.connectElements(ec2, nat));
    QCOMPARE(editor.currentType(), 6);
    QCOMPARE(editor.inspector()->elementType(), QString("connection"));
    QVERIFY(!editor.connectElements(ec2, nat)); // no duplicates
    QVERIFY(!editor.connectElements(pub, nat)); // subnets do not connect
    const auto text = test::yaml(doc);
    while (doc.canUndo())
        doc.undo();
    QCOMPARE(s->count(), 1);
    while (doc.canRedo())
        doc.redo();
    QVERIFY(test::yaml(doc) == text);
}

void tst_Editor::moveReparentsAndRefuses()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    Editor editor;
    editor.setDocument(&doc);
    // An EC2-like service from one private subnet to another zone's private subnet.
    const QString from = "prod-private-a", to = "prod-private-b";
    QString svc;
    for (const auto &n : editor.scene()->scene().nodes)
        if (n.type == NodeType::Service && !n.spanning && n.parent >= 0
            && editor.scene()->node(n.parent).id == from)
            svc = n.id;
    if (svc.isEmpty()) {
        const QRectF r = editor.boundsOf(from);
        QVERIFY(editor.drop("aws.ec2", r.center().x(), r.center().y()));
        svc = editor.currentId();
    }
    editor.select(svc);
    const int steps = doc.undoStack()->count();
    const QPointF a = editor.boundsOf(svc).center();
    const QPointF b = editor.boundsOf(to).center();
    editor.beginDrag(a.x(), a.y());
    editor.dragTo(b.x(), b.y());
    QVERIFY(editor.endDrag());
    QCOMPARE(
        fieldValue(doc.model(), svc.toStdString(), "subnets").toStringList(), QStringList { to });
    QVERIFY(editor.boundsOf(to).intersects(editor.boundsOf(svc)));
    QCOMPARE(doc.undoStack()->count(), steps + 1); // one gesture, one step
    // A subnet dragged out of every network is refused and stays put.
    editor.select(to);
    const QRectF before = editor.boundsOf(to);
    const QRectF all = editor.sceneBounds();
    QSignalSpy refused(&editor, &Editor::message);
    editor.beginDrag(before.center().x(), before.center().y());
    editor.dragTo(all.right() + 500, all.bottom() + 500);
    QVERIFY(!editor.endDrag());
    QCOMPARE(refused.count(), 1);
    QCOMPARE(editor.boundsOf(to), before);
    while (doc.canUndo())
        doc.undo();
    QVERIFY(doc.model().diagram.nodes.empty());
}

void tst_Editor::resizeGrowsParentsAndSpans()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    Editor editor;
    editor.setDocument(&doc);
    auto *s = editor.scene();
    const int sub = s->indexOf("prod-private-a");
    const QRectF r = s->rectOf(sub);
    const QRectF net = s->rectOf(s->node(sub).parent);
    editor.select("prod-private-a");
    editor.beginResize("prod-private-a", "b", r.center().x(), r.bottom());
    editor.resizeTo(r.center().x(), net.bottom() + 300);
    QVERIFY(editor.endResize());
    QVERIFY(s->rectOf(sub).bottom() > net.bottom());
    QVERIFY2(s->rectOf(s->node(sub).parent).contains(s->rectOf(sub)), "the network grew");
    // Widening a single-subnet service over the next zone's subnet makes it span both.
    const QRectF pa = editor.boundsOf("prod-private-a");
    QVERIFY(editor.drop("aws.ec2", pa.center().x(), pa.top() + 60));
    const QString svc = editor.currentId();
    const QRectF sr = editor.boundsOf(svc);
    const QRectF pb = editor.boundsOf("prod-private-b");
    editor.beginResize(svc, "r", sr.right(), sr.center().y());
    editor.resizeTo(pb.center().x(), sr.center().y());
    QVERIFY(editor.endResize());
    QCOMPARE(fieldValue(doc.model(), svc.toStdString(), "subnets").toStringList(),
        (QStringList { "prod-private-a", "prod-private-b" }));
}

void tst_Editor::clipboardAndAlign()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    Editor editor;
    editor.setDocument(&doc);
    editor.select("prod-vpc");
    editor.copy();
    QVERIFY(editor.canPaste());
    QVERIFY(editor.paste());
    const QString copy = editor.currentId();
    QVERIFY(copy.startsWith("prod-vpc-"));
    // The copy's subnets and services got new ids, references rewired, CIDRs kept apart.
    const auto path = *findPath(doc.model(), copy.toStdString());
    const auto &net = doc.model().accounts[path.account].networks[path.index];
    QVERIFY(!net.subnets.empty());
    for (const auto &s : net.services)
        for (const auto &ref : s.subnets)
            QVERIFY2(std::any_of(net.subnets.begin(), net.subnets.end(),
                         [&](const Subnet &x) { return x.id == ref; }),
                ref.c_str());
    QVERIFY(editor.boundsOf(copy) != editor.boundsOf("prod-vpc"));
    // Duplicate two services and align them.
    editor.select("prod-ecr");
    editor.select("prod-spa", 2);
    QVERIFY(editor.duplicate());
    QCOMPARE(editor.selectedIds().size(), 2);
    editor.align("top");
    const auto ids = editor.selectedIds();
    QCOMPARE(editor.boundsOf(ids[0]).top(), editor.boundsOf(ids[1]).top());
    QVERIFY(editor.deleteSelection());
    QVERIFY(!findPath(doc.model(), ids[0].toStdString()));
}

void tst_Editor::hitTests()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    Editor editor;
    editor.setDocument(&doc);
    const QRectF r = editor.boundsOf("prod-ecr");
    auto hit = editor.hitTest(r.center().x(), r.center().y(), 1);
    QCOMPARE(hit.value("what").toString(), QString("node"));
    QCOMPARE(hit.value("id").toString(), QString("prod-ecr"));
    hit = editor.hitTest(r.right() + 4, r.center().y(), 1);
    QCOMPARE(hit.value("what").toString(), QString("connect"));
    editor.select("prod-vpc");
    const QRectF v = editor.boundsOf("prod-vpc");
    hit = editor.hitTest(v.right(), v.bottom(), 1);
    QCOMPARE(hit.value("what").toString(), QString("resize"));
    QCOMPARE(hit.value("handle").toString(), QString("br"));
    const QRectF all = editor.sceneBounds();
    QCOMPARE(editor.hitTest(all.right() + 100, all.bottom() + 100, 1).value("what").toString(),
        QString("none"));
}

void tst_Editor::validationDoesNotBlockEdits()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-opsfleet"));
    Editor editor;
    editor.setDocument(&doc);
    editor.validateNow();
    QSignalSpy reports(editor.validator(), &Validator::reportChanged);
    editor.select("prod");
    auto *p = editor.inspector();
    p->beginEdit();
    QElapsedTimer t;
    t.start();
    double worst = 0;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer k;
        k.start();
        QVERIFY(p->setValue(p->rowOf("name"), QString("Production %1").arg(i), true));
        worst = std::max(worst, double(k.nsecsElapsed()) / 1e6);
    }
    QVERIFY(editor.validating());
    QCOMPARE(reports.count(), 0); // debounced: nothing ran while typing
    QVERIFY2(worst < 50, qPrintable(QString("a keystroke took %1 ms").arg(worst)));
    QTRY_VERIFY(!editor.validating());
    QVERIFY(reports.count() >= 1);
    QCOMPARE(editor.validator()->reportRevision(), doc.revision());
}

QTEST_GUILESS_MAIN(tst_Editor)
#include "tst_editor.moc"
