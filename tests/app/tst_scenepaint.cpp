// SPDX-License-Identifier: MIT
// What the canvas's painter draws, read back from pixels: names readable at the zoom that fits
// a template in the window (and left out where there is no room), selection frames with resize
// handles, highlighted connection ends, finding badges and the drop-target fill.
#include "editor.h"
#include "layout/metrics.h"
#include "scenepainter.h"
#include "testdocs.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace cw;
using namespace cw::gui;

namespace {

/// The scene painted at zoom (scene point p lands on pixel (p - origin) * zoom).
struct Painted
{
    QImage image;
    QPointF origin;
    double zoom = 1;

    QPoint px(QPointF scene) const { return ((scene - origin) * zoom).toPoint(); }
    QColor at(QPointF scene) const { return image.pixelColor(px(scene)); }
};

Painted paint(const Editor &editor, double zoom, const SceneStyle &style, QRectF area = {})
{
    if (area.isNull())
        area = editor.sceneBounds().adjusted(-30, -30, 30, 30);
    Painted out;
    out.zoom = zoom;
    out.origin = area.topLeft();
    out.image = QImage(
        (area.size() * zoom).toSize().expandedTo({ 1, 1 }), QImage::Format_ARGB32_Premultiplied);
    out.image.fill(style.background);
    QPainter p(&out.image);
    p.scale(zoom, zoom);
    p.translate(-area.topLeft());
    paintScene(p, *editor.scene(), editor.connections(), area, zoom, style);
    return out;
}

bool near(const QColor &a, const QColor &b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
        + std::abs(a.blue() - b.blue())
        <= tolerance;
}

/// Pixels in a screen rect of the image close to colour.
int count(const QImage &image, QRect r, const QColor &colour)
{
    r = r.intersected(image.rect());
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += near(image.pixelColor(x, y), colour, 120) ? 1 : 0;
    return n;
}

/// The zoom DesignCanvas.fitToView picks for a canvas of this size (the designer's default
/// 1600x1000 window leaves about 1020x660 to the canvas).
double fitZoom(const QRectF &bounds, QSizeF canvas = { 1020, 660 })
{
    return std::min(
        { (canvas.width() - 64) / bounds.width(), (canvas.height() - 64) / bounds.height(), 1.25 });
}

/// Text-coloured pixels in a container's title band, right of its icon tab.
int titleInk(const Painted &shot, const SceneNode &n, const QColor &text)
{
    const double tab = n.type == NodeType::Subnet ? 26 : 34;
    const double band = n.type == NodeType::Subnet ? cw::layout::kSubnetTitle
        : n.type == NodeType::Network              ? cw::layout::kNetworkTitle
                                                   : cw::layout::kAccountTitle;
    const QPoint a = shot.px(n.rect.topLeft() + QPointF(tab + 8, 0));
    const int right = shot.px(n.rect.topRight()).x() - 4;
    return count(shot.image,
        QRect(QPoint(a.x(), a.y() + 3), QPoint(right, a.y() + int(band * shot.zoom) - 2)), text);
}

int firstOf(const SceneModel *s, NodeType type)
{
    for (int i = 0; i < s->count(); ++i)
        if (s->node(i).type == type)
            return i;
    return -1;
}

} // namespace

class tst_ScenePaint : public QObject
{
    Q_OBJECT

private slots:
    void namesReadableWhenFitted_data();
    void namesReadableWhenFitted();
    void selectionHandlesAndConnectionEnds();
    void badgesAndDropTarget();
};

void tst_ScenePaint::namesReadableWhenFitted_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<bool>("dark");
    QTest::newRow("innovate-inc") << "innovate-inc" << false;
    QTest::newRow("innovate-inc, dark") << "innovate-inc" << true;
    QTest::newRow("ie-bank") << "ie-bank" << false;
    QTest::newRow("order-processor") << "order-processor" << false;
}

void tst_ScenePaint::namesReadableWhenFitted()
{
    QFETCH(QString, templateId);
    QFETCH(bool, dark);
    Document doc;
    QVERIFY(doc.newFromTemplate(templateId));
    Editor editor;
    editor.setDocument(&doc);
    const SceneStyle style = dark ? SceneStyle::dark() : SceneStyle::light();
    const double zoom = fitZoom(editor.sceneBounds());
    const Painted fitted = paint(editor, zoom, style);
    if (qEnvironmentVariableIsSet("CW_PAINT_OUT"))
        fitted.image.save(qEnvironmentVariable("CW_PAINT_OUT") + "/" + templateId
            + (dark ? "-dark" : "") + ".png");
    // Every account and network title is drawn at the default view: its band holds ink.
    const auto *s = editor.scene();
    int containers = 0;
    for (int i = 0; i < s->count(); ++i) {
        const SceneNode &n = s->node(i);
        if (n.type != NodeType::Account && n.type != NodeType::Network)
            continue;
        ++containers;
        QVERIFY2(titleInk(fitted, n, style.text) >= 12,
            qPrintable(
                QStringLiteral("%1 has no readable name at %2%").arg(n.id).arg(int(zoom * 100))));
    }
    QVERIFY(containers >= 2);
    // Far out, where a title band is a few pixels high, names are left out rather than smeared.
    const Painted tiny = paint(editor, 6 / cw::layout::kAccountTitle, style);
    const int acc = firstOf(s, NodeType::Account);
    QCOMPARE(titleInk(tiny, s->node(acc), style.text), 0);
}

void tst_ScenePaint::selectionHandlesAndConnectionEnds()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    Editor editor;
    editor.setDocument(&doc);
    const SceneStyle style = SceneStyle::light();
    const auto *s = editor.scene();
    QVERIFY(editor.connections()->count() > 0);
    // A connection: its route in the accent colour, both ends framed in the highlight colour.
    const QString key = editor.connections()->key(0);
    editor.selectConnection(key);
    const QString from = editor.connections()->fromOf(0), to = editor.connections()->toOf(0);
    Painted shot = paint(editor, 1, style);
    for (const QString &end : { from, to }) {
        const QRectF r = editor.boundsOf(end);
        const QPointF left(r.left() - 3, r.center().y() + 12);
        QVERIFY2(near(shot.at(left), style.highlight, 90),
            qPrintable(end + " not highlighted: " + shot.at(left).name()));
    }
    const Route &route = editor.connections()->route(0);
    const QPointF mid = (route.points[0] + route.points[1]) / 2;
    QVERIFY2(count(shot.image, QRect(shot.px(mid) - QPoint(2, 2), QSize(5, 5)), style.accent) > 0,
        "the selected route is drawn in the accent colour");
    // A service: a frame in the accent colour and white resize handles at its corners, none
    // where its connection dot goes.
    QCOMPARE(s->node(s->indexOf(to)).type, NodeType::Service);
    editor.select(to);
    shot = paint(editor, 1, style);
    const QRectF r = editor.boundsOf(to);
    QVERIFY(near(shot.at({ r.left() - 3, r.center().y() + 12 }), style.accent, 90));
    for (const QPointF &corner : { r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight() })
        QVERIFY2(near(shot.at(corner), Qt::white, 30),
            qPrintable(QStringLiteral("handle at %1,%2").arg(corner.x()).arg(corner.y())));
    QVERIFY(near(shot.at({ r.center().x(), r.top() }), Qt::white, 30));
    QVERIFY(!near(shot.at({ r.right() + 2, r.center().y() }), Qt::white, 30));
    // A container: handles where it resizes, none at the top middle (dragged by its title).
    const int net = firstOf(s, NodeType::Network);
    editor.select(s->node(net).id);
    shot = paint(editor, 1, style);
    const QRectF n = s->rectOf(net);
    QVERIFY(near(shot.at(n.topLeft()), Qt::white, 30));
    QVERIFY(near(shot.at({ n.left(), n.center().y() }), Qt::white, 30));
    QVERIFY(!near(shot.at({ n.center().x(), n.top() }), Qt::white, 30));
    QCOMPARE(editor.hitTest(n.center().x(), n.top(), 1).value("what").toString(), QString("node"));
    QCOMPARE(editor.hitTest(n.left(), n.top(), 1).value("handle").toString(), QString("tl"));
    editor.select(to);
    // The former ends are no longer highlighted.
    const QRectF other = editor.boundsOf(from);
    QVERIFY(!near(shot.at({ other.left() - 3, other.center().y() + 12 }), style.highlight, 90));
    QCOMPARE(s->nodeData(s->indexOf(from), SceneModel::HighlightedRole).toBool(), false);
}

void tst_ScenePaint::badgesAndDropTarget()
{
    Document doc;
    QVERIFY(doc.newFromTemplate("innovate-inc"));
    Editor editor;
    editor.setDocument(&doc);
    editor.validateNow();
    const SceneStyle style = SceneStyle::light();
    const auto *s = editor.scene();
    // The badge of the first element with findings, in the colour of its worst severity.
    int badged = -1;
    for (int i = 0; i < s->count() && badged < 0; ++i)
        if (s->nodeData(i, SceneModel::BadgeCountRole).toInt() > 0
            && s->node(i).type == NodeType::Service)
            badged = i;
    QVERIFY2(badged >= 0, "innovate-inc has findings on a service");
    Painted shot = paint(editor, 1, style);
    const QRectF r = s->rectOf(badged);
    const int severity = s->nodeData(badged, SceneModel::BadgeSeverityRole).toInt();
    const QRectF badge(r.right() - 12, r.top() - 8, 20, 20);
    QVERIFY2(
        count(shot.image, QRect(shot.px(badge.topLeft()), QSize(20, 20)), style.severity[severity])
            > 60,
        qPrintable(s->node(badged).id));
    // Hovering a palette entry over a subnet fills that subnet as the drop target.
    const int subnet = firstOf(s, NodeType::Subnet);
    const QRectF sr = s->rectOf(subnet);
    const QPointF inside(sr.left() + 6, sr.bottom() - 6);
    QVERIFY(!near(shot.at(inside), style.dropFill, 6));
    const QVariantMap hover = editor.canDrop("aws.ec2", inside.x(), inside.y());
    QVERIFY(hover.value("ok").toBool());
    QCOMPARE(hover.value("target").toString(), s->node(subnet).id);
    shot = paint(editor, 1, style);
    QVERIFY2(near(shot.at(inside), style.dropFill, 6), qPrintable(shot.at(inside).name()));
    editor.clearDropTarget();
    shot = paint(editor, 1, style);
    QVERIFY(!near(shot.at(inside), style.dropFill, 6));
}

QTEST_MAIN(tst_ScenePaint)
#include "tst_scenepaint.moc"
