// SPDX-License-Identifier: MIT
// Undo/redo of every kind of edit, and a long randomized sequence of edits that must undo to
// the original document byte for byte (saveText) and redo to the edited one.
#include "commands/fieldcommands.h"
#include "commands/geometrycommand.h"
#include "commands/structurecommands.h"
#include "editor.h"
#include "model/modelops.h"
#include "testdocs.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cw;
using namespace cw::gui;

class tst_Undo : public QObject
{
    Q_OBJECT

private slots:
    void fieldEditsMergeWithinASession();
    void renameUpdatesReferencesAndUndoes();
    void removeRestoresSubtreeConnectionsAndGeometry();
    void reparentUndoes();
    void geometryMergesAndMaterializes();
    void randomizedSequence_data();
    void randomizedSequence();
};

void tst_Undo::fieldEditsMergeWithinASession()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    const auto before = test::yaml(doc);
    for (const QString &text : { "P", "Pr", "Pro", "Prod" })
        doc.undoStack()->push(new SetFieldCommand(&doc, "prod", "name", text, 7));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(fieldValue(doc.model(), "prod", "name").toString(), QString("Prod"));
    QVERIFY(doc.isModified());
    doc.undo();
    QVERIFY(test::yaml(doc) == before);
    QVERIFY(!doc.isModified());
    doc.redo();
    QCOMPARE(fieldValue(doc.model(), "prod", "name").toString(), QString("Prod"));
    // Another session is another undo step.
    doc.undoStack()->push(new SetFieldCommand(&doc, "prod", "name", "X", 8));
    QCOMPARE(doc.undoStack()->count(), 2);
}

void tst_Undo::renameUpdatesReferencesAndUndoes()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    const auto before = test::yaml(doc);
    const auto &m = doc.model();
    QVERIFY(findPath(m, "prod-alb").has_value());
    doc.undoStack()->push(new RenameCommand(&doc, "prod-alb", "edge-lb"));
    QVERIFY(!findPath(m, "prod-alb").has_value());
    QVERIFY(findPath(m, "edge-lb").has_value());
    bool referenced = false;
    for (const auto &c : m.connections)
        referenced |= c.from == "edge-lb" || c.to == "edge-lb";
    QVERIFY2(referenced, "connections follow the rename");
    doc.undo();
    QVERIFY(test::yaml(doc) == before);
}

void tst_Undo::removeRestoresSubtreeConnectionsAndGeometry()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    doc.edit().diagram.nodes["prod-vpc"] = { 10, 20, 900, 500 };
    const auto before = test::yaml(doc);
    const std::size_t connections = doc.model().connections.size();
    Fragment f = fragmentForRemoval(doc.model(), { "prod-vpc", "users" });
    QVERIFY(!f.elements.empty());
    doc.undoStack()->push(new FragmentCommand(&doc, f, FragmentCommand::Mode::Remove, "Delete"));
    QVERIFY(!findPath(doc.model(), "prod-vpc"));
    QVERIFY(doc.model().connections.size() < connections);
    QVERIFY(!doc.model().diagram.nodes.count("prod-vpc"));
    doc.undo();
    QVERIFY(test::yaml(doc) == before);
    doc.redo();
    QVERIFY(!findPath(doc.model(), "users"));
}

void tst_Undo::reparentUndoes()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    const auto before = test::yaml(doc);
    const auto from = *findPath(doc.model(), "prod-ecr");
    auto value = valueAt(doc.model(), from);
    const auto to = *findPath(doc.model(), "nonprod");
    const ElemPath target { ElemType::Service, to.account, -1,
        int(doc.model().accounts[to.account].services.size()) };
    doc.undoStack()->push(new ReparentCommand(&doc, from, target, value));
    QCOMPARE(findPath(doc.model(), "prod-ecr")->account, to.account);
    doc.undo();
    QVERIFY(test::yaml(doc) == before);
}

void tst_Undo::geometryMergesAndMaterializes()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("order-processor"));
    Editor editor;
    editor.setDocument(&doc);
    const auto before = test::yaml(doc);
    QVERIFY(doc.model().diagram.nodes.empty());
    const QString id = editor.scene()->node(editor.scene()->count() - 1).id;
    editor.select(id);
    editor.nudge(8, 0);
    editor.nudge(8, 0);
    editor.nudge(0, 8);
    QCOMPARE(doc.undoStack()->count(), 1); // one gesture
    QVERIFY(!doc.model().diagram.nodes.empty()); // the default layout became model data
    const auto r = doc.model().diagram.nodes.at(id.toStdString());
    QCOMPARE(r.x, editor.scene()->node(editor.scene()->indexOf(id)).rect.x());
    doc.undo();
    QVERIFY(test::yaml(doc) == before);
    QVERIFY(doc.model().diagram.nodes.empty());
}

void tst_Undo::randomizedSequence_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");
    QTest::newRow("innovate-inc") << "innovate-inc" << 1u << 260;
    QTest::newRow("ie-bank (azure)") << "ie-bank" << 2u << 260;
    QTest::newRow("blank-aws") << "blank-aws" << 3u << 300;
    QTest::newRow("order-processor") << "order-processor" << 4u << 260;
}

void tst_Undo::randomizedSequence()
{
    QFETCH(QString, templateId);
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    Document doc;
    QVERIFY(doc.newFromTemplate(templateId));
    doc.undoStack()->setUndoLimit(0);
    Editor editor;
    editor.setDocument(&doc);
    const auto original = test::yaml(doc);
    const auto originalJson = io::saveText(doc.model(), io::Format::Json);
    QRandomGenerator rng(seed);
    auto pick = [&](int n) { return n <= 0 ? 0 : int(rng.bounded(n)); };
    auto randomNode = [&](bool containersOnly = false) -> int {
        auto *s = editor.scene();
        for (int tries = 0; tries < 20 && s->count() > 0; ++tries) {
            const int i = pick(s->count());
            const auto t = s->node(i).type;
            if (t == NodeType::Zone)
                continue;
            if (containersOnly && (t == NodeType::Service || t == NodeType::External))
                continue;
            return i;
        }
        return -1;
    };
    const QStringList kinds { "aws.alb", "aws.ec2", "aws.rds-postgresql", "aws.s3",
        "aws.internet-gateway", "aws.aurora-postgresql", "azure.app-service", "azure.key-vault",
        "azure.postgresql-flexible", "subnet:public", "subnet:private", "subnet:isolated",
        "network", "account:aws", "account:azure", "external:internet" };
    int pushed = 0;
    for (int step = 0; step < steps; ++step) {
        const int before = doc.undoStack()->count();
        auto *s = editor.scene();
        const int op = pick(12);
        const int n = randomNode();
        const QPointF at = n >= 0 ? s->rectOf(n).center() + QPointF(pick(40) - 20, pick(40) - 20)
                                  : QPointF(pick(3000), pick(2000));
        switch (op) {
        case 0:
        case 1:
            editor.drop(kinds[pick(kinds.size())], at.x(), at.y());
            break;
        case 2:
            if (n >= 0) {
                editor.select(s->node(n).id);
                editor.beginDrag(at.x(), at.y());
                editor.dragTo(at.x() + pick(300) - 150, at.y() + pick(300) - 150);
                editor.endDrag();
            }
            break;
        case 3:
            if (n >= 0) {
                const QRectF r = s->rectOf(n);
                editor.select(s->node(n).id);
                editor.beginResize(s->node(n).id, "br", r.right(), r.bottom());
                editor.resizeTo(r.right() + pick(200) - 60, r.bottom() + pick(160) - 40);
                editor.endResize();
            }
            break;
        case 4: {
            if (n < 0)
                break;
            editor.select(s->node(n).id);
            auto *insp = editor.inspector();
            const int row = pick(insp->count());
            const auto kind = insp->data(insp->index(row), PropertyModel::KindRole).toInt();
            const auto allowed
                = insp->data(insp->index(row), PropertyModel::AllowedRole).toStringList();
            const QString key = insp->data(insp->index(row), PropertyModel::KeyRole).toString();
            if (key == "id")
                insp->setValue(row, QString("renamed-%1").arg(step));
            else if (kind == PropertyModel::Enum && !allowed.isEmpty())
                insp->setValue(row, allowed[pick(allowed.size())]);
            else if (kind == PropertyModel::Bool)
                insp->setValue(row, pick(2) == 1);
            else if (kind == PropertyModel::Int)
                insp->setValue(row, 1 + pick(60));
            else if (kind == PropertyModel::Cidr)
                insp->setValue(
                    row, QString("10.%1.%2.0/24").arg(pick(250)).arg(pick(250)), pick(2) == 1);
            else if (kind == PropertyModel::Text || kind == PropertyModel::LongText)
                insp->setValue(row, QString("text %1").arg(step), pick(2) == 1);
            else if (kind == PropertyModel::SubnetRefs && !allowed.isEmpty())
                insp->setValue(row, QStringList { allowed[pick(allowed.size())] });
            break;
        }
        case 5:
            if (n >= 0) {
                editor.select(s->node(n).id);
                editor.deleteSelection();
            }
            break;
        case 6:
            if (n >= 0) {
                editor.select(s->node(n).id);
                pick(2) ? editor.duplicate() : (editor.copy(), editor.paste());
            }
            break;
        case 7: {
            const int a = randomNode(), b = randomNode();
            if (a >= 0 && b >= 0)
                editor.connectElements(s->node(a).id, s->node(b).id);
            break;
        }
        case 8:
            if (n >= 0)
                editor.suppress(QString("NET-%1").arg(pick(9) + 1, 3, 10, QChar('0')),
                    s->node(n).id, "accepted for the test", pick(2) ? "2030-01-01" : "");
            break;
        case 9:
            if (n >= 0) {
                editor.select(s->node(n).id);
                editor.nudge(8 * (pick(3) - 1), 8 * (pick(3) - 1));
            }
            break;
        case 10: {
            const int a = randomNode(), b = randomNode();
            if (a >= 0 && b >= 0 && a != b) {
                editor.select(s->node(a).id);
                editor.select(s->node(b).id, 2);
                editor.align(QStringList { "left", "top", "hcenter", "bottom" }[pick(4)]);
            }
            break;
        }
        case 11:
            for (int i = 0; i < s->count(); ++i)
                if (s->node(i).type == NodeType::Network && pick(2)) {
                    editor.applyPlan(s->node(i).id,
                        { QVariantMap { { "name", "public" }, { "prefix", 24 } },
                            QVariantMap { { "name", "private" }, { "prefix", 22 } } });
                    break;
                }
            break;
        }
        pushed += doc.undoStack()->count() > before;
    }
    QVERIFY2(pushed > steps / 4, qPrintable(QString("only %1 edits took effect").arg(pushed)));
    const auto edited = test::yaml(doc);
    QVERIFY(edited != original);
    const int count = doc.undoStack()->index();
    while (doc.canUndo())
        doc.undo();
    QVERIFY2(test::yaml(doc) == original, "undoing everything restores the original document");
    QVERIFY(io::saveText(doc.model(), io::Format::Json) == originalJson);
    while (doc.canRedo())
        doc.redo();
    QCOMPARE(doc.undoStack()->index(), count);
    QVERIFY2(test::yaml(doc) == edited, "redoing everything gives the edited document");
}

QTEST_GUILESS_MAIN(tst_Undo)
#include "tst_undo.moc"
