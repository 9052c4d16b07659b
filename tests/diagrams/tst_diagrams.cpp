// SPDX-License-Identifier: MIT
#include "diagram/diagramexporter.h"
#include "diagramtestutil.h"
#include "docs/docsexporter.h"
#include "drawio/drawioexporter.h"
#include "drawio/drawiostyles.h"
#include "mermaid/mermaidexporter.h"
#include "reports/textescape.h"
#include "scene/description.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace cw;
using namespace cw::exporters;

namespace {

using namespace cwtest;

/// Parses xml; returns the error text (empty when well-formed) and collects ids and references.
QString checkXml(const QByteArray &xml, QSet<QString> *ids, QStringList *refs, QStringList *texts)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto a = r.attributes();
            if (ids && a.hasAttribute(QStringLiteral("id")))
                ids->insert(a.value(QStringLiteral("id")).toString());
            for (const char *ref : { "parent", "source", "target" })
                if (refs && a.hasAttribute(QLatin1String(ref)))
                    refs->append(a.value(QLatin1String(ref)).toString());
            if (texts && a.hasAttribute(QStringLiteral("value")))
                texts->append(a.value(QStringLiteral("value")).toString());
        } else if (texts && r.isCharacters()) {
            texts->append(r.text().toString());
        }
    }
    return r.hasError() ? r.errorString() + QStringLiteral(" at line %1").arg(r.lineNumber())
                        : QString();
}

} // namespace

/// draw.io, Mermaid, PNG/SVG/PDF and the architecture document.
class TestDiagrams : public QObject
{
    Q_OBJECT

private slots:
    void registry()
    {
        // The one registry the CLI and the designer share.
        ExporterRegistry reg;
        registerBuiltinExporters(reg);
        std::string ids;
        for (const auto &id : reg.ids())
            ids += (ids.empty() ? "" : ",") + id;
        QCOMPARE(QString::fromStdString(ids),
            QStringLiteral("terraform,bicep,drawio,mermaid,png,svg,pdf,markdown"));
    }

    void drawio_data()
    {
        QTest::addColumn<bool>("hostile");
        QTest::addColumn<QString>("name");
        for (const auto &n : templateNames())
            QTest::newRow(qPrintable(n)) << false << n;
        QTest::newRow("hostile") << true << QStringLiteral("innovate-inc");
    }

    void drawio()
    {
        QFETCH(bool, hostile);
        QFETCH(QString, name);
        const Model m = hostile ? hostileModel() : loadTemplate(name);
        const QByteArray xml
            = QByteArray::fromStdString(generateOne(DrawioExporter(), m, "architecture.drawio"));
        QSet<QString> ids;
        QStringList refs, texts;
        const QString err = checkXml(xml, &ids, &refs, &texts);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(ids.contains(QStringLiteral("0")) && ids.contains(QStringLiteral("1")));
        for (const auto &r : refs)
            QVERIFY2(ids.contains(r), qPrintable(QStringLiteral("dangling reference ") + r));
        QVERIFY(xml.contains("compressed=\"false\""));
        QCOMPARE(xml,
            QByteArray::fromStdString(generateOne(DrawioExporter(), m, "architecture.drawio")));
        if (hostile) {
            // Labels are HTML (html=1): after XML decoding the name is still escaped HTML text.
            bool found = false;
            for (const auto &t : texts)
                found = found
                    || t.contains(QStringLiteral("a&lt;b&gt;&amp;c&quot;d&#39;e--&gt;f]]&gt;g|h"));
            QVERIFY(found);
            for (const auto &t : texts)
                QVERIFY2(!t.contains(QStringLiteral("<b>")), qPrintable(t));
        }
    }

    /// Every catalog kind draws as a verified diagrams.net icon, never as the fallback box.
    void drawioIcons()
    {
        for (const auto &k : Catalog::builtin().kinds()) {
            NodeText t;
            t.provider = k.provider;
            t.category = k.category;
            layout::Node n;
            n.kind = layout::NodeKind::Service;
            const std::string style = drawioStyle(n, t, k.kind);
            QVERIFY2(drawioIconStyle(style), (k.kind + ": " + style).c_str());
            QVERIFY2(style.find("mxgraph.aws4.") != std::string::npos
                    || style.find("image=img/lib/azure2/") != std::string::npos,
                (k.kind + ": " + style).c_str());
        }
    }

    void mermaidGolden_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &n : templateNames())
            QTest::newRow(qPrintable(n)) << n;
    }

    void mermaidGolden()
    {
        QFETCH(QString, name);
        const std::string text = mermaidFlowchart(loadTemplate(name));
        const QString path = QStringLiteral(CW_TEST_DIR "/golden/%1/architecture.mmd").arg(name);
        if (qEnvironmentVariableIntValue("CW_UPDATE_GOLDEN")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromStdString(text));
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly),
            qPrintable(path + " missing; run with CW_UPDATE_GOLDEN=1"));
        QVERIFY2(f.readAll() == QByteArray::fromStdString(text), qPrintable(path + " differs"));
    }

    void mermaid()
    {
        const Model m = hostileModel();
        const std::string text = mermaidFlowchart(m);
        QVERIFY(text.rfind("flowchart LR\n", 0) == 0);
        int depth = 0;
        for (const auto &line : QString::fromStdString(text).split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (t.startsWith(QStringLiteral("subgraph ")))
                ++depth;
            else if (t == QStringLiteral("end"))
                --depth;
            QVERIFY(depth >= 0);
            // Hostile text never leaves its quotes: one pair per label, no raw brackets in it.
            if (t.contains(QStringLiteral("a#lt;b#gt;"))) {
                QCOMPARE(t.count(QLatin1Char('"')), 2);
                QVERIFY(!t.contains(QStringLiteral("-->f")));
                QVERIFY(t.contains(QStringLiteral("#93;#93;#gt;")));
            }
        }
        QCOMPARE(depth, 0);
        QVERIFY(text.find("-->|\"HTTPS 443\"|") != std::string::npos);
        // Account -> network -> zone -> subnet nesting for the production VPC.
        QVERIFY(text.find("subgraph n") != std::string::npos);
        QCOMPARE(QString::fromStdString(text), QString::fromStdString(mermaidFlowchart(m)));
    }

    void svg()
    {
        const Model m = hostileModel();
        const QByteArray xml = QByteArray::fromStdString(
            generateOne(DiagramExporter(DiagramExporter::Format::Svg), m, "architecture.svg"));
        QStringList texts;
        const QString err = checkXml(xml, nullptr, nullptr, &texts);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(xml.contains("<svg"));
        bool found = false;
        for (const auto &t : texts)
            found = found || t.contains(QStringLiteral("a<b>&c\"d'e-->f")); // elided, but text
        QVERIFY(found);
    }

    void png_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::newRow("1") << QStringLiteral("1");
        QTest::newRow("2") << QStringLiteral("2");
    }

    void png()
    {
        QFETCH(QString, scale);
        const Model m = loadTemplate(QStringLiteral("order-processor"));
        const DiagramExporter e(DiagramExporter::Format::Png);
        const QImage one
            = QImage::fromData(QByteArray::fromStdString(generateOne(e, m, "architecture.png")));
        const QImage img = QImage::fromData(QByteArray::fromStdString(
            generateOne(e, m, "architecture.png", { { "scale", scale.toStdString() } })));
        QVERIFY(!img.isNull());
        if (const QString dir = qEnvironmentVariable("CW_DIAGRAMS_OUT"); !dir.isEmpty())
            img.save(dir + QStringLiteral("/order-processor-x%1.png").arg(scale)); // for eyes
        const int k = scale.toInt();
        QVERIFY(std::abs(img.width() - k * one.width()) <= k
            && std::abs(img.height() - k * one.height()) <= k);
        QCOMPARE(qRound(img.dotsPerMeterX() * 0.0254), 96 * k);
        // Not blank: a good share of the pixels are drawn, in several colours.
        QSet<QRgb> colours;
        int inked = 0;
        for (int y = 0; y < img.height(); y += 3)
            for (int x = 0; x < img.width(); x += 3) {
                const QRgb c = img.pixel(x, y);
                inked += c != qRgb(255, 255, 255) ? 1 : 0;
                colours.insert(c);
            }
        QVERIFY2(inked > (img.width() / 3) * (img.height() / 3) / 20, "picture is almost blank");
        QVERIFY(colours.size() > 20);
        QVERIFY(!cw::testing::generateFor(e, m, { false, { { "scale", "-1" } } }).ok());
    }

    /// The image formats paint the scene they are given: each box where the picture's scene
    /// puts it (layout::layout's rect plus the diagram offset), badges from the given findings.
    void pictureFollowsScene_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &n : templateNames())
            QTest::newRow(qPrintable(n)) << n;
    }

    void pictureFollowsScene()
    {
        QFETCH(QString, name);
        const Model m = loadTemplate(name);
        const layout::Geometry g = layout::layout(m);
        const ExportOptions o { false, { { "date", "2025-01-31" }, { "badges", "1" } } };
        // A made-up finding on the first subnet (if any): the badge must show it, in the
        // critical colour, whatever the engine would say.
        const scene::Scene plain = scene::buildScene(m, g);
        int subnet = -1;
        for (int i = 0; i < int(plain.nodes.size()) && subnet < 0; ++i)
            if (plain.nodes[std::size_t(i)].type == scene::NodeType::Subnet)
                subnet = i;
        scene::Badges findings;
        if (subnet >= 0)
            findings[plain.nodes[std::size_t(subnet)].id.toStdString()] = { 3, 4 };
        const scene::Picture picture = diagramPicture(m, g, findings, o);
        for (const auto &n : plain.nodes) {
            const layout::Node *placed = g.find(n.id.toStdString());
            QVERIFY(placed);
            QCOMPARE(picture.pictureRect(n.id),
                QRectF(placed->rect.x, placed->rect.y, placed->rect.w, placed->rect.h)
                    .translated(picture.diagramOffset()));
        }
        std::string error;
        const QImage img
            = QImage::fromData(QByteArray::fromStdString(renderPng(m, g, findings, o, &error)));
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(img.size(), picture.size().toSize());
        const scene::SceneStyle &style = picture.style();
        auto near = [](QColor a, QColor b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
                + std::abs(a.blue() - b.blue())
                <= 12;
        };
        for (const auto &n : plain.nodes) {
            if (n.type != scene::NodeType::Subnet)
                continue;
            // Along the bottom, inside the padding no service takes: the tier's fill, but where
            // a route crosses.
            const QRectF r = picture.pictureRect(n.id);
            int fill = 0, samples = 0;
            for (double x = r.left() + 4; x < r.right() - 4; x += 5, ++samples)
                fill += near(img.pixelColor(QPoint(int(x), int(r.bottom() - 4))),
                            style.tierFill[n.tier])
                    ? 1
                    : 0;
            QVERIFY2(fill * 4 > samples * 3, qPrintable(n.id));
        }
        if (subnet >= 0) {
            const QRectF r = picture.pictureRect(plain.nodes[std::size_t(subnet)].id);
            const QColor c = img.pixelColor(QPoint(int(r.right() - 9), int(r.top() + 2)));
            QVERIFY2(near(c, style.severity[4]), qPrintable("badge: " + c.name()));
        }
    }

    void pdf()
    {
        const Model m = loadTemplate(QStringLiteral("ie-bank"));
        const DiagramExporter e(DiagramExporter::Format::Pdf);
        const std::string a = generateOne(e, m, "architecture.pdf");
        QVERIFY(a.rfind("%PDF-", 0) == 0);
        QVERIFY(a.size() > 2000);
        QVERIFY2(a == generateOne(e, m, "architecture.pdf"), "PDF output is not deterministic");
    }
};

QTEST_MAIN(TestDiagrams)
#include "tst_diagrams.moc"
