// SPDX-License-Identifier: MIT
#include "diagram/diagramexporter.h"
#include "diagramtestutil.h"
#include "docs/docsexporter.h"
#include "drawio/drawioexporter.h"
#include "drawio/drawiostyles.h"
#include "mermaid/mermaidexporter.h"
#include "reports/textescape.h"
#include "scene/description.h"
#include "scene/picture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
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

/// Every service and external of m renamed to a distinct name of exactly 60 characters, half
/// of them words and half one unbroken run (the worst case for wrapping).
cw::Model longNames(cw::Model m)
{
    int k = 0;
    auto rename = [&](std::string &name) {
        std::string base = k % 2 ? "order-processor-dead-letter-queue-for-failed-payments-"
                                 : "PaymentsSettlementReconciliationWorkerQueueStorageAccount";
        base += std::to_string(k++);
        while (base.size() < 60)
            base += 'x';
        name = base.substr(base.size() - 60);
    };
    for (auto &a : m.accounts) {
        for (auto &n : a.networks)
            for (auto &s : n.services)
                rename(s.name);
        for (auto &s : a.services)
            rename(s.name);
    }
    for (auto &e : m.externals)
        rename(e.name);
    return m;
}

/// The nodes whose name the picture of m cuts, painted as the exporters paint it.
std::vector<int> cutNames(const scene::Picture &picture)
{
    std::vector<int> cut;
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&probe);
    picture.paint(p, true, &cut);
    return cut;
}

/// The text runs of an SVG (character data of its <text> elements).
QStringList svgTexts(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("text"))
            out << r.readElementText(QXmlStreamReader::IncludeChildElements);
    return out;
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

    void svgFontsAndTitles()
    {
        const Model m = loadTemplate(QStringLiteral("order-processor"));
        const QByteArray xml = QByteArray::fromStdString(
            generateOne(DiagramExporter(DiagramExporter::Format::Svg), m, "architecture.svg"));
        QVERIFY2(checkXml(xml, nullptr, nullptr, nullptr).isEmpty(), "not well-formed");
        // Every font-family is the stack that ends in a generic family.
        static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
        int families = 0;
        for (auto it = family.globalMatch(QString::fromUtf8(xml)); it.hasNext(); ++families)
            QCOMPARE(it.next().captured(1),
                QStringLiteral("'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif"));
        QVERIFY(families > 0);
        // The document's title is the design's name, and every drawn element has a tooltip.
        QXmlStreamReader r(xml);
        QStringList titles;
        while (!r.atEnd())
            if (r.readNext() == QXmlStreamReader::StartElement
                && r.name() == QLatin1String("title"))
                titles << r.readElementText();
        QVERIFY(!titles.isEmpty());
        QCOMPARE(titles.front(), QString::fromStdString(m.name));
        const scene::Picture picture(m, layout::layout(m), {}, { .date = "2025-01-31" });
        for (const auto &n : picture.scene().nodes)
            if (!n.rect.isEmpty())
                QVERIFY2(titles.contains(n.label + QStringLiteral(" \u2014 ") + n.subLabel)
                        || titles.contains(n.label),
                    qPrintable(n.label));
    }

    void namesWrap_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &t : templateNames())
            QTest::newRow(qPrintable(t)) << t;
    }

    void namesWrap()
    {
        // Names up to 60 characters wrap (and step down) in their cards; nothing is cut, in the
        // templates as shipped or with every service and external named with 60 characters.
        QFETCH(QString, name);
        for (const Model &m : { loadTemplate(name), longNames(loadTemplate(name)) }) {
            const scene::Picture picture(m, layout::layout(m), {}, { .date = "2025-01-31" });
            const auto cut = cutNames(picture);
            QVERIFY2(cut.empty(),
                cut.empty() ? ""
                            : qPrintable(picture.scene().nodes[std::size_t(cut.front())].label));
            const QByteArray svg = QByteArray::fromStdString(
                generateOne(DiagramExporter(DiagramExporter::Format::Svg), m, "architecture.svg"));
            const QStringList texts = svgTexts(svg);
            QVERIFY(texts.size() > 2); // at least the title block
            for (const auto &t : texts)
                QVERIFY2(!t.contains(QChar(0x2026)), qPrintable(t));
        }
    }

    void cutNamesKeptWhole()
    {
        // A name too long for three lines is cut in the picture, and kept whole in the SVG's
        // tooltip and the PDF's metadata.
        Model m = loadTemplate(QStringLiteral("order-processor"));
        std::string longName;
        for (int i = 0; i < 12; ++i)
            longName += "settlement-reconciliation-" + std::to_string(i) + "-";
        longName += "end";
        m.externals.front().name = longName;
        const scene::Picture picture(m, layout::layout(m), {}, { .date = "2025-01-31" });
        QCOMPARE(cutNames(picture).size(), std::size_t(1));
        const QByteArray svg = QByteArray::fromStdString(
            generateOne(DiagramExporter(DiagramExporter::Format::Svg), m, "architecture.svg"));
        bool elided = false;
        for (const auto &t : svgTexts(svg))
            elided = elided || t.endsWith(QChar(0x2026));
        QVERIFY(elided);
        QVERIFY(svg.contains("<title>" + QByteArray::fromStdString(longName)));
        const std::string pdf
            = generateOne(DiagramExporter(DiagramExporter::Format::Pdf), m, "architecture.pdf");
        QVERIFY(pdf.find(longName) != std::string::npos);
    }

    void pdfPaper_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("height");
        // Wide pictures turn the sheet to landscape; "fit" is the picture at 72 points per inch.
        QTest::newRow("a4") << QStringLiteral("a4") << 842.0 << 595.0;
        QTest::newRow("a3") << QStringLiteral("a3") << 1191.0 << 842.0;
        QTest::newRow("letter") << QStringLiteral("letter") << 792.0 << 612.0;
        QTest::newRow("fit") << QStringLiteral("fit") << 0.0 << 0.0;
    }

    void pdfPaper()
    {
        QFETCH(QString, paper);
        QFETCH(double, width);
        QFETCH(double, height);
        const Model m = loadTemplate(QStringLiteral("ie-bank"));
        if (width == 0) {
            const scene::Picture picture(m, layout::layout(m), {}, { .date = "2025-01-31" });
            width = picture.size().width() * 0.75;
            height = picture.size().height() * 0.75;
        }
        const std::string pdf = generateOne(DiagramExporter(DiagramExporter::Format::Pdf), m,
            "architecture.pdf", { { "paper", paper.toStdString() } });
        static const QRegularExpression box(
            QStringLiteral("/MediaBox \\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"));
        const auto match = box.match(QString::fromLatin1(pdf));
        QVERIFY(match.hasMatch());
        QVERIFY2(
            std::abs(match.captured(1).toDouble() - width) < 1.5, qPrintable(match.captured(0)));
        QVERIFY2(
            std::abs(match.captured(2).toDouble() - height) < 1.5, qPrintable(match.captured(0)));
        // The document's title is the design's name.
        QVERIFY(
            pdf.find("<rdf:li xml:lang='x-default'>" + m.name + "</rdf:li>") != std::string::npos);
        QVERIFY(pdf.find("Cloudwright architecture diagram") == std::string::npos);
    }

    void titleBlock()
    {
        const Model m = loadTemplate(QStringLiteral("innovate-opsfleet"));
        const scene::Picture picture(m, layout::layout(m), {}, { .date = "2025-01-31" });
        QCOMPARE(picture.title(), QString::fromStdString(m.name));
        const QByteArray svg = QByteArray::fromStdString(
            generateOne(DiagramExporter(DiagramExporter::Format::Svg), m, "architecture.svg"));
        const QString all = svgTexts(svg).join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Date: 2025-01-31")), qPrintable(all.left(400)));
        QVERIFY(all.contains(QStringLiteral("Environment")));
        QVERIFY(!all.contains(QStringLiteral("Format version")));
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
