// SPDX-License-Identifier: MIT
// Every QML-facing model of the designer under QAbstractItemModelTester (fatal mode), while the
// models are driven through their typical changes.
#include "editor.h"
#include "exportmodel.h"
#include "palettemodel.h"
#include "recentfiles.h"
#include "templatesmodel.h"
#include "testdocs.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::gui;

class tst_GuiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sceneModel_data();
    void sceneModel();
    void visibleNodesFollowTheViewport();
    void connectionsModel();
    void findingsModel();
    void propertyModel();
    void paletteModel();
    void recentFiles();
    void templatesAndExports();

private:
    QTemporaryDir m_home;
};

void tst_GuiModels::initTestCase()
{
    QVERIFY(m_home.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
    QCoreApplication::setOrganizationName("CloudwrightTest");
    QCoreApplication::setApplicationName("tst_guimodels");
}

void tst_GuiModels::sceneModel_data()
{
    QTest::addColumn<QString>("templateId");
    for (const auto &id : test::templateIds())
        QTest::newRow(qPrintable(id)) << id;
}

void tst_GuiModels::sceneModel()
{
    QFETCH(QString, templateId);
    Document doc;
    QVERIFY(doc.newFromTemplate(templateId));
    Editor editor;
    QAbstractItemModelTester tester(
        editor.scene(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    editor.setDocument(&doc);
    auto *scene = editor.scene();
    QVERIFY(scene->count() > 0);
    // Every element has a node inside its visual parent.
    for (int i = 0; i < scene->count(); ++i) {
        const auto &n = scene->node(i);
        QVERIFY2(!n.rect.isEmpty(), qPrintable(n.id));
        if (n.parent >= 0 && n.type != NodeType::Zone)
            QVERIFY2(scene->node(n.parent).rect.contains(n.rect),
                qPrintable(n.id + " inside " + scene->node(n.parent).id));
        QVERIFY(!scene->data(scene->index(i), SceneModel::LabelRole).toString().isEmpty());
    }
    // Typical edits: add, move, rename, delete, undo all.
    const int net = [&] {
        for (int i = 0; i < scene->count(); ++i)
            if (scene->node(i).type == NodeType::Network)
                return i;
        return -1;
    }();
    if (net >= 0) {
        const QPointF c = scene->rectOf(net).center();
        editor.drop("subnet:private", c.x(), c.y());
    }
    const QString first = scene->node(0).id;
    editor.select(first);
    editor.nudge(16, 16);
    editor.deleteSelection();
    QCOMPARE(scene->indexOf(first), -1);
    while (doc.canUndo())
        doc.undo();
    QVERIFY(scene->indexOf(first) >= 0);
}

void tst_GuiModels::visibleNodesFollowTheViewport()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    Editor editor;
    editor.setDocument(&doc);
    auto *visible = editor.visibleNodes();
    QAbstractItemModelTester tester(visible, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QRectF all = editor.sceneBounds();
    visible->setBatchSize(10000);
    visible->setZoom(1);
    visible->setViewport(all);
    const int everything = visible->count();
    QCOMPARE(everything, editor.scene()->count());
    // A small window shows a subset; panning it keeps nodes that stay in view.
    visible->setViewport(QRectF(all.topLeft(), QSizeF(600, 400)));
    const int part = visible->count();
    QVERIFY(part > 0 && part < everything);
    for (double dx = 0; dx < all.width(); dx += 150)
        visible->setViewport(QRectF(all.topLeft() + QPointF(dx, 100), QSizeF(600, 400)));
    // Level of detail: far away, services drop out but containers stay.
    visible->setViewport(all);
    visible->setZoom(0.02);
    QVERIFY(visible->count() < everything);
    visible->setZoom(1);
    QCOMPARE(visible->count(), everything);
    // Small batches spread the inserts over event-loop passes.
    visible->setViewport(QRectF());
    QCOMPARE(visible->count(), 0);
    visible->setBatchSize(5);
    visible->setViewport(all);
    QVERIFY(!visible->settled());
    QTRY_VERIFY(visible->settled());
    QCOMPARE(visible->count(), everything);
    // Rebuilds (structure edits) keep rows valid.
    editor.drop("external:saas", all.left() - 300, all.top());
    doc.undo();
    QCOMPARE(visible->count(), editor.scene()->count());
}

void tst_GuiModels::connectionsModel()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    Editor editor;
    QAbstractItemModelTester tester(
        editor.connections(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    editor.setDocument(&doc);
    auto *c = editor.connections();
    QCOMPARE(c->count(), int(doc.model().connections.size()));
    for (int r = 0; r < c->count(); ++r) {
        const Route &route = c->route(r);
        QVERIFY(route.points.size() >= 2);
        for (int k = 1; k < route.points.size(); ++k) // orthogonal
            QVERIFY(qFuzzyCompare(route.points[k].x(), route.points[k - 1].x())
                || qFuzzyCompare(route.points[k].y(), route.points[k - 1].y()));
        // On the line, or beside it where the segment is shorter than the label.
        QVERIFY(distanceToRoute(route, route.labelPos) < 0.01
            || distanceToRoute(route, route.labelPos) <= 8 + 6.2 * route.label.size() / 2);
        QVERIFY(c->connectionAt(route.labelPos, 2) >= 0);
    }
    editor.selectConnection(c->key(0));
    QVERIFY(editor.scene()
                ->data(editor.scene()->index(editor.scene()->indexOf(c->fromOf(0))),
                    SceneModel::HighlightedRole)
                .toBool());
    QVERIFY(editor.deleteSelection());
    QCOMPARE(c->count(), int(doc.model().connections.size()));
    doc.undo();
}

void tst_GuiModels::findingsModel()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("blank-aws"));
    Editor editor;
    QAbstractItemModelTester tester(
        editor.findings(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    editor.setDocument(&doc);
    QVERIFY(doc.newFromTemplate("ie-bank"));
    editor.validateNow();
    auto *f = editor.findings();
    QVERIFY(f->rowCount() > 0);
    QVERIFY(f->data(f->index(0), FindingsModel::IsHeaderRole).toBool());
    int findings = 0;
    for (int r = 0; r < f->rowCount(); ++r)
        findings += !f->data(f->index(r), FindingsModel::IsHeaderRole).toBool();
    QCOMPARE(f->total(), findings);
    QCOMPARE(f->total(), f->critical() + f->high() + f->medium() + f->low() + f->info());
    f->toggleGroup(0);
    QVERIFY(f->data(f->index(0), FindingsModel::CollapsedRole).toBool());
    f->toggleGroup(0);
    f->setMinSeverity(3);
    f->setMinSeverity(0);
    f->setShowSuppressed(true);
    // Suppress the first finding: it leaves the open count and the badge.
    const int row = 1;
    const QString rule = f->data(f->index(row), FindingsModel::RuleIdRole).toString();
    const QString target = f->targetAt(row);
    const int open = f->total();
    QVERIFY(editor.suppress(rule, target, "accepted in the test"));
    editor.validateNow();
    QVERIFY(f->total() < open);
    QVERIFY(f->suppressedCount() > 0);
    doc.undo();
    editor.validateNow();
    QCOMPARE(f->total(), open);
}

void tst_GuiModels::propertyModel()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    Editor editor;
    QAbstractItemModelTester tester(
        editor.inspector(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    editor.setDocument(&doc);
    auto *p = editor.inspector();
    QCOMPARE(p->elementType(), QString("design"));
    editor.select("prod-alb");
    QCOMPARE(p->elementType(), QString("service"));
    QVERIFY(p->rowOf("prop:listener_port") >= 0);
    // Catalog defaults show as not set; a value outside the range is refused with a reason.
    const int port = p->rowOf("prop:idle_timeout_s");
    QVERIFY(!p->setValue(port, 99999));
    QVERIFY(!p->data(p->index(port), PropertyModel::ErrorRole).toString().isEmpty());
    QVERIFY(p->setValue(port, 120));
    QCOMPARE(p->data(p->index(port), PropertyModel::ValueRole).toLongLong(), 120);
    QVERIFY(p->resetValue(port));
    QVERIFY(!p->data(p->index(port), PropertyModel::IsSetRole).toBool());
    // CIDRs: checked as typed, with the usable addresses.
    const QString subnet
        = QString::fromStdString(doc.model().accounts[4].networks[0].subnets[0].id);
    editor.select(subnet);
    const int cidr = p->rowOf("cidr");
    QVERIFY(!p->check(cidr, "10.32.0.0/33").value("ok").toBool());
    QVERIFY(!p->check(cidr, "10.32.0.1/24").value("ok").toBool());
    const auto ok = p->check(cidr, "10.32.0.0/26");
    QVERIFY(ok.value("ok").toBool());
    QCOMPARE(ok.value("hint").toString(), QString("59 usable addresses"));
    // Typing in one session is one undo step.
    const int count = doc.undoStack()->count();
    p->beginEdit();
    const int name = p->rowOf("name");
    for (const QString &t : { "W", "We", "Web" })
        QVERIFY(p->setValue(name, t, true));
    QCOMPARE(doc.undoStack()->count(), count + 1);
    // Renaming keeps the element selected under its new id.
    QVERIFY(p->setValue(p->rowOf("id"), "web-a"));
    QCOMPARE(editor.currentId(), QString("web-a"));
    QVERIFY(!p->setValue(p->rowOf("id"), "prod-alb")); // taken
    editor.clearSelection();
    QVERIFY(p->setValue(p->rowOf("name"), "Renamed design"));
    QCOMPARE(QString::fromStdString(doc.model().name), QString("Renamed design"));
}

void tst_GuiModels::paletteModel()
{
    PaletteModel palette;
    QAbstractItemModelTester tester(
        &palette, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = palette.count();
    QVERIFY(all > int(Catalog::builtin().kinds().size()));
    palette.setFilterText("load balancer");
    QVERIFY(palette.count() >= 2 && palette.count() < all);
    palette.setProvider("azure");
    for (int r = 0; r < palette.count(); ++r)
        QVERIFY(palette.data(palette.index(r), PaletteModel::ProviderRole).toString() != "aws");
    palette.setFilterText("");
    palette.setProvider("");
    QCOMPARE(palette.count(), all);
    int icons = 0;
    for (int r = 0; r < all; ++r)
        icons += !palette.data(palette.index(r), PaletteModel::IconRole).toString().isEmpty();
    QVERIFY2(icons > all / 2, "the icon set covers the catalog");
}

void tst_GuiModels::recentFiles()
{
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 12; ++i) {
        files << dir.filePath(QString("d%1.cloudwright.yaml").arg(i));
        QFile f(files.last());
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    {
        RecentFiles recent;
        QAbstractItemModelTester tester(
            &recent, QAbstractItemModelTester::FailureReportingMode::Fatal);
        recent.clear();
        for (const auto &f : files)
            recent.add(f);
        QCOMPARE(recent.count(), RecentFiles::kMax);
        QCOMPARE(recent.pathAt(0), files.last());
        recent.add(files[5]);
        QCOMPARE(recent.pathAt(0), files[5]);
        QCOMPARE(recent.count(), RecentFiles::kMax);
    }
    QFile::remove(files.last());
    RecentFiles reloaded; // missing files are dropped on load
    QCOMPARE(reloaded.pathAt(0), files[5]);
    QVERIFY(!reloaded.pathAt(1).isEmpty());
    for (int r = 0; r < reloaded.count(); ++r)
        QVERIFY(reloaded.pathAt(r) != files.last());
}

void tst_GuiModels::templatesAndExports()
{
    TemplatesModel templates;
    QAbstractItemModelTester t1(&templates, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(templates.count() >= 2);
    QVERIFY(templates.idAt(0).startsWith("blank-"));
    ExportModel exports;
    QAbstractItemModelTester t2(&exports, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(exports.rowCount(), exports.count());
}

QTEST_GUILESS_MAIN(tst_GuiModels)
#include "tst_guimodels.moc"
