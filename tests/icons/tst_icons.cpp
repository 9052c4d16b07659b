// SPDX-License-Identifier: MIT
#include "catalog/catalog.h"
#include "iconset.h"

#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QtTest>
#include <map>
#include <string>

using namespace cw;

namespace {

/// The category colours of icons/README.md; AWS and Azure kinds share them.
const std::map<std::string, QString> &categoryColours()
{
    static const std::map<std::string, QString> colours { { "networking", "#7046CF" },
        { "compute", "#DD6B20" }, { "containers", "#0E8A8F" }, { "database", "#3452C6" },
        { "storage", "#3A9645" }, { "integration", "#C2347F" }, { "security", "#CF3535" },
        { "edge", "#1A8FD0" }, { "observability", "#B7820C" }, { "management", "#56677A" } };
    return colours;
}

/// Tile corner radius per provider: AWS tiles are squarer than Azure tiles.
int providerRadius(Provider p)
{
    switch (p) {
    case Provider::Aws:
        return 4;
    case Provider::Azure:
        return 12;
    default:
        return -1;
    }
}

/// Icons outside the catalog, as the design asks for them: containers, externals and the app.
const QStringList &fixedStems()
{
    static const QStringList stems { "account-aws", "account-azure", "network-aws", "network-azure",
        "subnet-public", "subnet-private", "subnet-isolated", "zone", "internet", "users",
        "on-premises", "saas", "cloudwright" };
    return stems;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/// Why an icon's text is unsafe or not self-contained, or an empty string.
QString unsafeReason(const QString &svg)
{
    static const QRegularExpression script(
        QStringLiteral("<\\s*script"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression foreign(
        QStringLiteral("foreignObject"), QRegularExpression::CaseInsensitiveOption);
    // Local references (href="#id", url(#id)) are fine; anything else loads from outside.
    static const QRegularExpression href(
        QStringLiteral("href\\s*=\\s*[\"'](?!#)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression url(
        QStringLiteral("url\\(\\s*(?![\"']?#)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression image(
        QStringLiteral("<\\s*image\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression doctype(
        QStringLiteral("<!\\s*(DOCTYPE|ENTITY)"), QRegularExpression::CaseInsensitiveOption);
    // Fonts differ between machines: monograms are drawn as paths, never as <text>.
    static const QRegularExpression text(
        QStringLiteral("<\\s*text\\b"), QRegularExpression::CaseInsensitiveOption);
    const std::pair<const QRegularExpression *, const char *> checks[]
        = { { &script, "contains a <script>" }, { &foreign, "contains a <foreignObject>" },
              { &href, "references an external resource" },
              { &url, "references an external url()" }, { &image, "embeds an <image>" },
              { &doctype, "declares a DOCTYPE or ENTITY" },
              { &text, "uses <text> (draw monograms as paths)" } };
    for (const auto &[re, why] : checks)
        if (re->match(svg).hasMatch())
            return QString::fromLatin1(why);
    return {};
}

QImage render(QSvgRenderer &renderer, int size)
{
    QImage img(size, size, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    renderer.render(&p, QRectF(0, 0, size, size));
    return img;
}

bool near(QRgb a, QRgb b, int tolerance)
{
    return qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance
        && qAbs(qBlue(a) - qBlue(b)) <= tolerance;
}

} // namespace

/// Every icon the program needs is embedded, valid, visible, drawn to the style rules and safe.
class tst_Icons : public QObject
{
    Q_OBJECT
private slots:
    void icon_data()
    {
        QTest::addColumn<QString>("stem");
        QStringList seen;
        for (const KindSpec &k : Catalog::builtin().kinds()) {
            const QString stem = QString::fromStdString(k.icon);
            if (!seen.contains(stem))
                QTest::newRow(k.icon.c_str()) << stem;
            seen << stem;
        }
        for (const QString &stem : fixedStems())
            QTest::newRow(qPrintable(stem)) << stem;
    }

    void icon()
    {
        QFETCH(QString, stem);
        const QString path = icons::resourcePath(stem);
        QVERIFY2(QFile::exists(path), qPrintable(path + " is missing: add icons/" + stem + ".svg"));
        const QString svg = readText(path);
        const QString why = unsafeReason(svg);
        QVERIFY2(why.isEmpty(), qPrintable(path + " " + why));
        QVERIFY2(svg.contains(QLatin1String("viewBox=\"0 0 48 48\"")),
            qPrintable(path + " does not use the 48x48 viewBox"));

        QSvgRenderer renderer(path);
        QVERIFY2(renderer.isValid(), qPrintable(path + " does not parse as SVG"));
        const QImage img = render(renderer, 48);

        // Outside the tile stays transparent; the tile edge is opaque and coloured.
        QCOMPARE(qAlpha(img.pixel(0, 0)), 0);
        const QRgb tile = img.pixel(4, 24);
        QCOMPARE(qAlpha(tile), 255);
        QVERIFY2(!near(tile, qRgb(255, 255, 255), 40), qPrintable(path + " tile is white"));

        int tilePixels = 0;
        int whitePixels = 0;
        for (int y = 0; y < img.height(); ++y) {
            for (int x = 0; x < img.width(); ++x) {
                const QRgb c = img.pixel(x, y);
                if (qAlpha(c) < 255)
                    continue;
                if (near(c, qRgb(255, 255, 255), 20))
                    ++whitePixels;
                else if (near(c, tile, 60))
                    ++tilePixels;
            }
        }
        const int total = img.width() * img.height();
        QVERIFY2(tilePixels > total * 3 / 10,
            qPrintable(QStringLiteral("%1: only %2 tile pixels").arg(path).arg(tilePixels)));
        QVERIFY2(whitePixels > total * 3 / 100,
            qPrintable(QStringLiteral("%1: pictogram nearly blank (%2 white pixels)")
                           .arg(path)
                           .arg(whitePixels)));
    }

    void catalogStyle_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("radius");
        for (const KindSpec &k : Catalog::builtin().kinds())
            QTest::newRow(k.kind.c_str())
                << QString::fromStdString(k.icon) << QString::fromStdString(k.category)
                << providerRadius(k.provider);
    }

    /// The tile colour says the category and the corner radius says the provider.
    void catalogStyle()
    {
        QFETCH(QString, stem);
        QFETCH(QString, category);
        QFETCH(int, radius);
        const auto colour = categoryColours().find(category.toStdString());
        QVERIFY2(colour != categoryColours().end(),
            qPrintable("category " + category + " has no colour in icons/README.md"));
        QVERIFY2(radius > 0, "provider has no tile shape in icons/README.md");

        const QString path = icons::resourcePath(stem);
        const QString svg = readText(path);
        static const QRegularExpression tileRe(
            QStringLiteral("<rect x=\"2\" y=\"2\" width=\"44\" height=\"44\" rx=\"(\\d+)\" "
                           "fill=\"(#[0-9A-Fa-f]{6})\""));
        const QRegularExpressionMatch m = tileRe.match(svg);
        QVERIFY2(m.hasMatch(), qPrintable(path + " has no 44x44 tile at (2,2)"));
        QCOMPARE(m.captured(1).toInt(), radius);
        QCOMPARE(m.captured(2).toUpper(), colour->second);

        QSvgRenderer renderer(path);
        const QImage img = render(renderer, 48);
        QVERIFY2(near(img.pixel(4, 24), QColor(colour->second).rgb(), 2),
            qPrintable(path + " does not render in its category colour"));
    }

    /// The library's own list of non-catalog stems is the designed one, and lookups work.
    void iconSetApi()
    {
        QCOMPARE(icons::fixedStems(), fixedStems());
        QCOMPARE(icons::resourcePath(u"aws-alb"), QStringLiteral(":/icons/aws-alb.svg"));
        QVERIFY(icons::contains(u"cloudwright"));
        QVERIFY(!icons::contains(u"no-such-icon"));
        QVERIFY(!icons::contains(u""));
    }

    /// Every embedded icon is used: a stray file is usually a misspelt stem.
    void noStrayIcons()
    {
        QStringList wanted = fixedStems();
        for (const KindSpec &k : Catalog::builtin().kinds())
            wanted << QString::fromStdString(k.icon);
        int count = 0;
        QDirIterator it(QStringLiteral(":/icons"), { QStringLiteral("*.svg") }, QDir::Files);
        while (it.hasNext()) {
            const QString stem = QFileInfo(it.next()).completeBaseName();
            QVERIFY2(wanted.contains(stem),
                qPrintable("icons/" + stem + ".svg matches no catalog icon stem"));
            ++count;
        }
        QVERIFY(count >= fixedStems().size());
    }

    void unsafeTextIsRejected_data()
    {
        QTest::addColumn<QString>("svg");
        QTest::addColumn<bool>("unsafe");
        const QString head = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\">");
        QTest::newRow("plain") << head + "<rect fill=\"url(#g)\"/></svg>" << false;
        QTest::newRow("quoted local url") << head + "<rect fill=\"url('#g')\"/></svg>" << false;
        QTest::newRow("local href") << head + "<use href=\"#a\"/></svg>" << false;
        QTest::newRow("script") << head + "<script>alert(1)</script></svg>" << true;
        QTest::newRow("SCRIPT spaced") << head + "< SCRIPT>x</SCRIPT></svg>" << true;
        QTest::newRow("external href")
            << head + "<use xlink:href=\"http://x/a.svg#a\"/></svg>" << true;
        QTest::newRow("external url")
            << head + "<rect fill=\"url(http://x/p.svg#g)\"/></svg>" << true;
        QTest::newRow("foreignObject") << head + "<foreignObject/></svg>" << true;
        QTest::newRow("image") << head + "<image href=\"#x\"/></svg>" << true;
        QTest::newRow("entity") << "<!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + head
                + "</svg>" << true;
        QTest::newRow("text") << head + "<text>AB</text></svg>" << true;
    }

    /// The safety check itself finds what it is meant to find.
    void unsafeTextIsRejected()
    {
        QFETCH(QString, svg);
        QFETCH(bool, unsafe);
        QCOMPARE(!unsafeReason(svg).isEmpty(), unsafe);
    }
};

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
