// SPDX-License-Identifier: MIT
// The canvas shows exactly the geometry the exporters draw (cw::layout), for every template, for
// designs built through the editor, and after long random sequences of edits; that geometry
// always obeys the nesting rules, and what the designer saves loads back to the same picture.
#include "common/exporter.h"
#include "diagram/diagramexporter.h"
#include "editor.h"
#include "io/document.h"
#include "layout/nesting.h"
#include "rules/engine.h"
#include "testdocs.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <cmath>

using namespace cw;
using namespace cw::gui;

class tst_OneGeometry : public QObject
{
    Q_OBJECT

private:
    /// Every canvas node sits at the rect the layout gives it; the layout obeys the rules.
    static QString mismatches(const Editor &editor, const Model &model)
    {
        const cw::layout::Geometry g = cw::layout::layout(model, { .route = false });
        QStringList out;
        for (const auto &p : cw::layout::nestingProblems(model, g))
            out << QString::fromStdString(p);
        const SceneModel *s = editor.scene();
        int zones = 0;
        for (const auto &n : g.nodes)
            zones += n.kind == cw::layout::NodeKind::Zone;
        if (s->count() != int(g.nodes.size()))
            out << QStringLiteral("canvas has %1 nodes, layout %2")
                       .arg(s->count())
                       .arg(g.nodes.size());
        for (int i = 0; i < s->count(); ++i) {
            const auto *n = g.find(s->node(i).id.toStdString());
            if (!n) {
                out << s->node(i).id + QStringLiteral(" is not in the layout");
                continue;
            }
            const QRectF want(n->rect.x, n->rect.y, n->rect.w, n->rect.h);
            const QRectF got = s->rectOf(i);
            if (std::abs(want.x() - got.x()) > 1e-6 || std::abs(want.y() - got.y()) > 1e-6
                || std::abs(want.width() - got.width()) > 1e-6
                || std::abs(want.height() - got.height()) > 1e-6)
                out << QStringLiteral("%1 drawn at %2,%3 %4x%5, laid out at %6,%7 %8x%9")
                           .arg(s->node(i).id)
                           .arg(got.x())
                           .arg(got.y())
                           .arg(got.width())
                           .arg(got.height())
                           .arg(want.x())
                           .arg(want.y())
                           .arg(want.width())
                           .arg(want.height());
        }
        return out.join(QLatin1String("; "));
    }

    /// The designer's exports of model (one registry, the one geometry): every element of the
    /// PNG/SVG/PDF picture and of the draw.io file sits at the canvas's rect (the pictures shift
    /// the diagram below their title block, draw.io to its page margin: one offset for all).
    static QString exportsMismatch(const Editor &editor, const Model &model)
    {
        const cw::layout::Geometry geometry = cw::layout::layout(model);
        const rules::Report report = rules::Engine().run(model);
        const exporters::ExportInput input { model, geometry, report };
        exporters::ExporterRegistry registry;
        exporters::registerBuiltinExporters(registry);
        exporters::ExportOptions options;
        options.force = true;
        options.values["date"] = "2026-12-08";
        const SceneModel *s = editor.scene();
        QStringList out;
        auto near = [](const QRectF &a, const QRectF &b, double tol) {
            return std::abs(a.x() - b.x()) <= tol && std::abs(a.y() - b.y()) <= tol
                && std::abs(a.width() - b.width()) <= tol
                && std::abs(a.height() - b.height()) <= tol;
        };
        // PNG, SVG and PDF paint one picture; the PNG file is that picture's size.
        const scene::Picture picture
            = exporters::diagramPicture(model, geometry, scene::badgesFrom(report), options);
        for (int i = 0; i < s->count(); ++i) {
            const QRectF drawn
                = picture.pictureRect(s->node(i).id).translated(-picture.diagramOffset());
            if (!near(drawn, s->rectOf(i), 1e-6))
                out << QStringLiteral("picture: %1").arg(s->node(i).id);
        }
        const auto png = registry.find("png")->generate(input, options);
        if (!png.ok() || png.files.size() != 1)
            return QStringLiteral("png export failed");
        // The header's size: big random designs pass Qt's default decoding allocation limit.
        QByteArray pngBytes = QByteArray::fromStdString(png.files[0].bytes);
        QBuffer pngBuffer(&pngBytes);
        const QImageReader image(&pngBuffer, "png");
        if (image.size() != picture.size().toSize()
            && image.size() != (picture.size() + QSizeF(0.999, 0.999)).toSize())
            out << QStringLiteral("png is %1x%2, picture %3x%4")
                       .arg(image.size().width())
                       .arg(image.size().height())
                       .arg(picture.size().width())
                       .arg(picture.size().height());
        for (const char *vector : { "svg", "pdf" })
            if (!registry.find(vector)->generate(input, options).ok())
                out << QStringLiteral("%1 export failed").arg(QLatin1String(vector));
        // draw.io: cells nest in their parents; absolute rects add the parents' offsets.
        const auto drawio = registry.find("drawio")->generate(input, options);
        if (!drawio.ok() || drawio.files.empty())
            return QStringLiteral("draw.io export failed");
        QHash<QString, QPair<QString, QRectF>> cells;
        QXmlStreamReader xml(QByteArray::fromStdString(drawio.files[0].bytes));
        QString current, parent;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("mxCell")) {
                current = xml.attributes().value("id").toString();
                parent = xml.attributes().value("parent").toString();
            } else if (xml.name() == QLatin1String("mxGeometry") && current.startsWith("n:")
                && !xml.attributes().hasAttribute("relative")) {
                const auto a = xml.attributes();
                cells.insert(current.mid(2),
                    { parent.startsWith("n:") ? parent.mid(2) : QString(),
                        QRectF(a.value("x").toDouble(), a.value("y").toDouble(),
                            a.value("width").toDouble(), a.value("height").toDouble()) });
            }
        }
        if (xml.hasError())
            return QStringLiteral("draw.io XML: ") + xml.errorString();
        auto absolute = [&](QString id) {
            QRectF r = cells.value(id).second;
            for (QString p = cells.value(id).first; !p.isEmpty(); p = cells.value(p).first)
                r.translate(cells.value(p).second.topLeft());
            return r;
        };
        QPointF offset;
        bool haveOffset = false;
        for (int i = 0; i < s->count(); ++i) {
            const QString id = s->node(i).id;
            if (!cells.contains(id)) {
                out << QStringLiteral("draw.io has no cell for %1").arg(id);
                continue;
            }
            const QRectF r = absolute(id);
            if (!haveOffset) {
                offset = r.topLeft() - s->rectOf(i).topLeft();
                haveOffset = true;
            }
            // draw.io numbers keep two decimals, each nesting level rounds once.
            if (!near(r.translated(-offset), s->rectOf(i), 0.05))
                out << QStringLiteral("draw.io: %1 at %2,%3 %4x%5, canvas %6,%7 %8x%9")
                           .arg(id)
                           .arg(r.x() - offset.x())
                           .arg(r.y() - offset.y())
                           .arg(r.width())
                           .arg(r.height())
                           .arg(s->rectOf(i).x())
                           .arg(s->rectOf(i).y())
                           .arg(s->rectOf(i).width())
                           .arg(s->rectOf(i).height());
        }
        return out.join(QLatin1String("; "));
    }

    static QStringList subnetsOfNetwork(const Model &m, const QString &network)
    {
        QStringList out;
        for (const auto &a : m.accounts)
            for (const auto &n : a.networks)
                if (QString::fromStdString(n.id) == network)
                    for (const auto &s : n.subnets)
                        out << QString::fromStdString(s.id);
        return out;
    }

private slots:
    void templates_data()
    {
        QTest::addColumn<QString>("templateId");
        for (const auto &id : test::templateIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    /// Every template: the canvas places every element where the exporters do.
    void templates()
    {
        QFETCH(QString, templateId);
        Document doc;
        QVERIFY(doc.newFromTemplate(templateId));
        Editor editor;
        editor.setDocument(&doc);
        const QString diff = mismatches(editor, doc.model());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const QString exported = exportsMismatch(editor, doc.model());
        QVERIFY2(exported.isEmpty(), qPrintable(exported));
    }

    /// The design of the issue, drawn as an architect would: blank AWS, a VPC, public, private
    /// and isolated subnets in two zones, an ALB, an ECS service and an RDS database spanning
    /// the isolated subnets. Saved and loaded again, it lays out the same, nested correctly.
    void designerBuiltDesign()
    {
        Document doc;
        QVERIFY(doc.newFromTemplate(QStringLiteral("blank-aws")));
        Editor editor;
        editor.setDocument(&doc);
        const QRectF acc = editor.boundsOf(QStringLiteral("aws-account"));
        QVERIFY(editor.drop(QStringLiteral("network"), acc.left() + 60, acc.top() + 80));
        const QString vpc = editor.currentId();
        // Two zones: the third column of the new VPC stays empty.
        for (const char *tier : { "public", "private", "isolated" })
            for (int zone = 0; zone < 2; ++zone) {
                const auto zones = doc.model().accounts[0].networks[0].zones;
                const QRectF col
                    = editor.boundsOf(vpc + "/" + QString::fromStdString(zones[std::size_t(zone)]));
                QVERIFY2(!col.isEmpty(), tier);
                QVERIFY2(editor.drop(
                             QStringLiteral("subnet:") + tier, col.center().x(), col.bottom() - 10),
                    tier);
                QVERIFY2(mismatches(editor, doc.model()).isEmpty(),
                    qPrintable(mismatches(editor, doc.model())));
            }
        const QStringList subnets = subnetsOfNetwork(doc.model(), vpc);
        QCOMPARE(subnets.size(), 6);
        auto centreOf = [&](const QString &id) { return editor.boundsOf(id).center(); };
        const QString pubA = subnets[0], privA = subnets[2], isoA = subnets[4], isoB = subnets[5];
        QVERIFY(editor.drop(QStringLiteral("aws.alb"), centreOf(pubA).x(), centreOf(pubA).y()));
        QVERIFY(editor.drop(
            QStringLiteral("aws.ecs-fargate"), centreOf(privA).x(), centreOf(privA).y()));
        QVERIFY(editor.drop(
            QStringLiteral("aws.rds-postgresql"), centreOf(isoA).x(), centreOf(isoA).y()));
        const QString db = editor.currentId();
        // Span the two isolated subnets from the inspector, as an architect ticks the second.
        auto *insp = editor.inspector();
        QVERIFY(insp->setValueByKey(QStringLiteral("subnets"), QStringList { isoA, isoB }));
        QVERIFY2(
            mismatches(editor, doc.model()).isEmpty(), qPrintable(mismatches(editor, doc.model())));
        const QRectF band = editor.boundsOf(db);
        QVERIFY(band.left() < editor.boundsOf(isoA).right());
        QVERIFY(band.right() > editor.boundsOf(isoB).left());

        const QString exported = exportsMismatch(editor, doc.model());
        QVERIFY2(exported.isEmpty(), qPrintable(exported));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("designed.cloudwright.yaml"));
        QVERIFY(doc.saveAs(path));
        // CW_KEEP_DESIGN=FILE keeps a copy (the README's side-by-side pictures come from it).
        if (const QString keep = qEnvironmentVariable("CW_KEEP_DESIGN"); !keep.isEmpty()) {
            QFile::remove(keep);
            QVERIFY(QFile::copy(path, keep));
        }
        const auto loaded = io::loadFile(path.toStdString());
        QVERIFY(loaded.model);
        const auto again = cw::layout::layout(*loaded.model, { .route = false });
        QVERIFY(cw::layout::nestingProblems(*loaded.model, again).empty());
        for (int i = 0; i < editor.scene()->count(); ++i) {
            const auto *n = again.find(editor.scene()->node(i).id.toStdString());
            QVERIFY(n);
            QVERIFY2(std::abs(n->rect.x - editor.scene()->rectOf(i).x()) < 1e-3
                    && std::abs(n->rect.y - editor.scene()->rectOf(i).y()) < 1e-3
                    && std::abs(n->rect.w - editor.scene()->rectOf(i).width()) < 1e-3,
                qPrintable(editor.scene()->node(i).id));
        }
    }

    /// 300 random edits: drops into random containers, moves, resizes, span changes from the
    /// inspector and by drag, re-parenting, deletes, undo and redo. After every one the canvas
    /// shows the layout's geometry and the nesting rules hold.
    void randomEdits_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("innovate-inc") << "innovate-inc" << 11u;
        QTest::newRow("blank-aws") << "blank-aws" << 12u;
        QTest::newRow("ie-bank") << "ie-bank" << 13u;
        QTest::newRow("order-processor") << "order-processor" << 14u;
        QTest::newRow("eks-platform-outline") << "eks-platform-outline" << 15u;
        QTest::newRow("innovate-opsfleet") << "innovate-opsfleet" << 16u;
        QTest::newRow("innovate-inc, second sequence") << "innovate-inc" << 17u;
    }

    void randomEdits()
    {
        QFETCH(QString, templateId);
        QFETCH(quint32, seed);
        Document doc;
        QVERIFY(doc.newFromTemplate(templateId));
        Editor editor;
        editor.setDocument(&doc);
        QRandomGenerator rng(seed);
        auto pick = [&](int n) { return n <= 0 ? 0 : int(rng.bounded(n)); };
        auto randomNode = [&](bool containers) -> int {
            auto *s = editor.scene();
            for (int tries = 0; tries < 30 && s->count() > 0; ++tries) {
                const int i = pick(s->count());
                const auto t = s->node(i).type;
                const bool box = t == NodeType::Service || t == NodeType::External;
                if (t != NodeType::Zone && (containers ? !box : true))
                    return i;
            }
            return -1;
        };
        const QStringList kinds { "aws.alb", "aws.ec2", "aws.rds-postgresql", "aws.s3",
            "aws.ecs-fargate", "azure.app-service", "azure.key-vault", "subnet:public",
            "subnet:private", "subnet:isolated", "network", "account:aws", "external:internet" };
        int took = 0;
        for (int step = 0; step < 300; ++step) {
            auto *s = editor.scene();
            const int before = doc.undoStack()->index();
            const int op = pick(10);
            const int n = randomNode(op < 2);
            const QRectF r = n >= 0 ? s->rectOf(n) : QRectF(0, 0, 400, 300);
            const QPointF inside(r.left() + pick(int(r.width())), r.top() + pick(int(r.height())));
            QString what;
            switch (op) {
            case 0:
            case 1: // a drop into a random container
                what = kinds[pick(kinds.size())];
                editor.drop(what, inside.x(), inside.y());
                break;
            case 2: // a move, maybe into another container
                if (n < 0)
                    break;
                what = "move " + s->node(n).id;
                editor.select(s->node(n).id);
                editor.beginDrag(inside.x(), inside.y());
                editor.dragTo(inside.x() + pick(600) - 300, inside.y() + pick(600) - 300);
                editor.endDrag();
                break;
            case 3: // a resize
                if (n < 0)
                    break;
                what = "resize " + s->node(n).id;
                editor.select(s->node(n).id);
                editor.beginResize(s->node(n).id,
                    QStringList { "br", "r", "b", "tl", "l" }[pick(5)], r.right(), r.bottom());
                editor.resizeTo(r.right() + pick(500) - 200, r.bottom() + pick(300) - 100);
                editor.endResize();
                break;
            case 4: { // a span change from the inspector
                QList<int> services;
                for (int i = 0; i < s->count(); ++i)
                    if (s->node(i).type == NodeType::Service && s->node(i).parent >= 0
                        && s->node(s->node(i).parent).type != NodeType::Account)
                        services << i;
                if (services.isEmpty())
                    break;
                const int svc = services[pick(services.size())];
                what = "span " + s->node(svc).id;
                editor.select(s->node(svc).id);
                auto *insp = editor.inspector();
                const int row = insp->rowOf(QStringLiteral("subnets"));
                if (row < 0)
                    break;
                const QStringList allowed
                    = insp->data(insp->index(row), PropertyModel::AllowedRole).toStringList();
                QStringList chosen;
                for (const auto &a : allowed)
                    if (pick(2))
                        chosen << a;
                insp->setValue(row, chosen);
                break;
            }
            case 5:
                if (n >= 0 && pick(3) == 0) {
                    what = "delete " + s->node(n).id;
                    editor.select(s->node(n).id);
                    editor.deleteSelection();
                }
                break;
            case 6:
            case 7:
                what = "undo";
                if (doc.canUndo())
                    doc.undo();
                break;
            case 8:
                what = "redo";
                if (doc.canRedo())
                    doc.redo();
                break;
            case 9:
                if (n >= 0) {
                    what = "nudge " + s->node(n).id;
                    editor.select(s->node(n).id);
                    editor.nudge(8 * (pick(5) - 2), 8 * (pick(5) - 2));
                }
                break;
            }
            took += doc.undoStack()->index() != before;
            const QString diff = mismatches(editor, doc.model());
            QVERIFY2(diff.isEmpty(),
                qPrintable(QStringLiteral("step %1 (%2): %3").arg(step).arg(what, diff)));
        }
        QVERIFY2(took > 100, qPrintable(QStringLiteral("only %1 edits took effect").arg(took)));
        // What the designer saves loads back to the same picture.
        const auto text = io::saveText(doc.model(), io::Format::Yaml);
        const auto loaded = io::loadText(text, io::Format::Yaml, "edited.cloudwright.yaml");
        QVERIFY(loaded.model);
        const QString diff = mismatches(editor, *loaded.model);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // The exported pictures' scene equals the canvas scene.
        const QString exported = exportsMismatch(editor, doc.model());
        QVERIFY2(exported.isEmpty(), qPrintable(exported));
    }
};

QTEST_MAIN(tst_OneGeometry) // pictures need a QGuiApplication
#include "tst_onegeometry.moc"
