// SPDX-License-Identifier: MIT
// The scene description every painter draws: built for every template it holds one node per
// element at the layout's rects, routes from the layout, badges from the given findings; the
// picture places it unchanged and its legend lists only what it shows, in the design's
// provider colours.
#include "io/document.h"
#include "layout/layout.h"
#include "model/modelindex.h"
#include "rules/engine.h"
#include "scene/painter.h"
#include "scene/picture.h"
#include "scene/textfit.h"
#include "templatemodels.h"

#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <set>

using namespace cw;
using namespace cw::scene;

namespace {

using templatetest::templateNames;

Model loadTemplate(const QString &name)
{
    return templatetest::load(name);
}

std::string idOf(const ElementRef &e)
{
    switch (e.type) {
    case ElementType::Account:
        return e.account->id;
    case ElementType::Network:
        return e.network->id;
    case ElementType::Subnet:
        return e.subnet->id;
    case ElementType::Service:
        return e.service->id;
    case ElementType::External:
        return e.external->id;
    }
    return {};
}

QRectF rectOf(const layout::Node &n)
{
    return { n.rect.x, n.rect.y, n.rect.w, n.rect.h };
}

bool near(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
        + std::abs(a.blue() - b.blue())
        <= tolerance;
}

/// What a design shows, from the model and geometry (not from the scene): the legend's truth.
struct Used
{
    std::set<Provider> accounts, networks;
    std::set<int> tiers;
    bool zones = false, cards = false, bands = false, externals = false, routes = false;
};

Used usedBy(const Model &m, const layout::Geometry &g)
{
    Used u;
    for (const auto &a : m.accounts) {
        u.accounts.insert(a.provider);
        for (const auto &n : a.networks) {
            u.networks.insert(a.provider);
            std::set<std::string> subnets;
            for (const auto &s : n.subnets) {
                u.tiers.insert(int(s.tier));
                subnets.insert(s.id);
            }
            for (const auto &s : n.services) {
                int known = 0;
                for (const auto &r : s.subnets)
                    known += subnets.count(r) ? 1 : 0;
                (known > 1 ? u.bands : u.cards) = true;
            }
        }
        u.cards = u.cards || !a.services.empty();
    }
    for (const auto &n : g.nodes)
        u.zones = u.zones || n.kind == layout::NodeKind::Zone;
    u.externals = !m.externals.empty();
    u.routes = !g.routes.empty();
    return u;
}

} // namespace

class tst_Scene : public QObject
{
    Q_OBJECT

private slots:
    void everyTemplate_data();
    void everyTemplate();
    void badgesFromFindings();
    void legendListsOnlyWhatIsShown_data() { everyTemplate_data(); }
    void legendListsOnlyWhatIsShown();
    void azureLegendHasNoAwsColours();
    void wrapText();
};

void tst_Scene::everyTemplate_data()
{
    QTest::addColumn<QString>("name");
    for (const auto &n : templateNames())
        QTest::newRow(qPrintable(n)) << n;
    QVERIFY(templateNames().size() >= 5);
}

void tst_Scene::everyTemplate()
{
    QFETCH(QString, name);
    const Model m = loadTemplate(name);
    const layout::Geometry g = layout::layout(m);
    const Scene s = buildScene(m, g);
    // Every element exactly once, at the layout's rect.
    const ModelIndex index(m);
    std::size_t elements = 0;
    for (const auto &e : index.elements()) {
        const QString id = QString::fromStdString(idOf(e));
        int seen = 0;
        for (const auto &n : s.nodes)
            seen += n.id == id ? 1 : 0;
        QVERIFY2(seen == 1, qPrintable(id + QStringLiteral(": %1 nodes").arg(seen)));
        const layout::Node *placed = g.find(idOf(e));
        QVERIFY2(placed, qPrintable(id));
        QCOMPARE(s.nodes[std::size_t(s.find(id))].rect, rectOf(*placed));
        ++elements;
    }
    // The other nodes are the geometry's zone columns, at its rects.
    std::size_t zones = 0;
    for (const auto &n : g.nodes)
        if (n.kind == layout::NodeKind::Zone) {
            ++zones;
            const int i = s.find(QString::fromStdString(n.id));
            QVERIFY2(i >= 0, n.id.c_str());
            QCOMPARE(s.nodes[std::size_t(i)].type, NodeType::Zone);
            QCOMPARE(s.nodes[std::size_t(i)].rect, rectOf(n));
        }
    QCOMPARE(s.nodes.size(), elements + zones);
    // Parents come before their children.
    for (std::size_t i = 0; i < s.nodes.size(); ++i)
        QVERIFY(s.nodes[i].parent < int(i));
    // Routes are the layout's, labelled like the canvas labels them.
    QCOMPARE(s.routes.size(), g.routes.size());
    for (std::size_t r = 0; r < s.routes.size(); ++r) {
        const auto &want = g.routes[r];
        QCOMPARE(s.routes[r].connection, int(want.connection));
        QCOMPARE(s.routes[r].points.size(), qsizetype(want.points.size()));
        QCOMPARE(s.routes[r].points.back(), QPointF(want.points.back().x, want.points.back().y));
        QCOMPARE(s.routes[r].label, connectionLabel(m.connections[want.connection]));
    }
    // The picture places the scene unchanged, shifted below its title block.
    const Picture picture(m, g, {}, { "2025-01-31", true, false });
    QVERIFY(picture.diagramOffset().y() > 0);
    for (const auto &n : s.nodes)
        QCOMPARE(picture.pictureRect(n.id), n.rect.translated(picture.diagramOffset()));
    const QRectF all(QPointF(0, 0), picture.size());
    QVERIFY(all.contains(s.bounds.translated(picture.diagramOffset())));
}

void tst_Scene::badgesFromFindings()
{
    // badgesFrom: unsuppressed findings per target, worst severity.
    rules::Report report;
    auto finding = [](std::string target, rules::Severity sev, bool suppressed) {
        rules::Finding f;
        f.target = std::move(target);
        f.severity = sev;
        f.suppressed = suppressed;
        return f;
    };
    report.findings = { finding("a", rules::Severity::Low, false),
        finding("a", rules::Severity::High, false), finding("a", rules::Severity::Critical, true),
        finding("b", rules::Severity::Info, true) };
    const Badges b = badgesFrom(report);
    QCOMPARE(b.size(), std::size_t(1));
    QCOMPARE(b.at("a"), (Badge { 2, int(rules::Severity::High) }));

    // A scene shows the badges it is given, and only those.
    const Model m = loadTemplate(QStringLiteral("innovate-inc"));
    const layout::Geometry g = layout::layout(m);
    rules::RunOptions ro;
    ro.today = "2025-01-31";
    const Badges found = badgesFrom(rules::Engine().run(m, ro));
    QVERIFY(!found.empty());
    const Scene s = buildScene(m, g, found);
    const DescriptionSource source(s);
    int badged = 0;
    for (int i = 0; i < int(s.nodes.size()); ++i) {
        const auto it = found.find(s.nodes[std::size_t(i)].id.toStdString());
        const NodeState st = source.stateOf(i);
        QCOMPARE(st.badgeCount, it == found.end() ? 0 : it->second.count);
        QCOMPARE(st.badgeSeverity, it == found.end() ? -1 : it->second.severity);
        badged += st.badgeCount > 0 ? 1 : 0;
    }
    QVERIFY(badged > 0);
    const Badges mine { { s.nodes.back().id.toStdString(), { 7, 4 } } };
    const Scene other = buildScene(m, g, mine);
    QCOMPARE(DescriptionSource(other).stateOf(int(other.nodes.size()) - 1).badgeCount, 7);
    QCOMPARE(DescriptionSource(other).stateOf(0).badgeCount, 0);
    // Pictures leave badges out unless asked.
    QVERIFY(Picture(m, g, found, { "2025-01-31", true, false }).scene().badges.empty());
    QCOMPARE(Picture(m, g, found, { "2025-01-31", true, true }).scene().badges, found);
}

void tst_Scene::legendListsOnlyWhatIsShown()
{
    QFETCH(QString, name);
    using S = LegendItem::Swatch;
    const Model m = loadTemplate(name);
    const layout::Geometry g = layout::layout(m);
    const Used u = usedBy(m, g);
    const Picture picture(m, g, {}, { "2025-01-31", true, false });
    const auto &legend = picture.legend();
    std::set<Provider> accounts, networks;
    std::set<int> tiers;
    bool zones = false, cards = false, bands = false, externals = false, routes = false;
    std::set<QString> labels;
    for (const auto &it : legend) {
        QVERIFY2(labels.insert(it.label).second, qPrintable("twice: " + it.label));
        if (it.swatch == S::Box && it.type == NodeType::Account)
            accounts.insert(it.provider);
        else if (it.swatch == S::Box && it.type == NodeType::Network)
            networks.insert(it.provider);
        else if (it.swatch == S::Box && it.type == NodeType::Zone)
            zones = true;
        else if (it.swatch == S::Box && it.type == NodeType::Subnet)
            tiers.insert(it.tier);
        else if (it.swatch == S::Card && it.type == NodeType::Service)
            cards = true;
        else if (it.swatch == S::Card && it.type == NodeType::External)
            externals = true;
        else if (it.swatch == S::Band)
            bands = true;
        else if (it.swatch == S::Connection)
            routes = true;
        else
            QFAIL(qPrintable("unexpected legend entry " + it.label)); // badges: not asked for
    }
    QVERIFY(accounts == u.accounts);
    QVERIFY(networks == u.networks);
    QVERIFY(tiers == u.tiers);
    QCOMPARE(zones, u.zones);
    QCOMPARE(cards, u.cards);
    QCOMPARE(bands, u.bands);
    QCOMPARE(externals, u.externals);
    QCOMPARE(routes, u.routes);
    // Without a legend there is none, and the picture is shorter.
    const Picture bare(m, g, {}, { "2025-01-31", false, false });
    QVERIFY(bare.legend().empty());
    QVERIFY(bare.size().height() < picture.size().height() || legend.empty());
}

void tst_Scene::azureLegendHasNoAwsColours()
{
    const Model m = loadTemplate(QStringLiteral("ie-bank"));
    for (const auto &a : m.accounts)
        QVERIFY(a.provider == Provider::Azure);
    const layout::Geometry g = layout::layout(m);
    const Picture picture(m, g, {}, { "2025-01-31", true, false });
    const SceneStyle &style = picture.style();
    const QColor aws[] = { style.account, style.network };
    bool azureNetwork = false;
    for (const auto &it : picture.legend()) {
        QVERIFY2(it.provider == Provider::Azure
                || (it.type != NodeType::Account && it.type != NodeType::Network),
            qPrintable(it.label));
        const QColor edge = lookOf(style, it.type, it.tier, it.provider).edge;
        for (const QColor &c : aws)
            QVERIFY2(edge != c, qPrintable(it.label));
        azureNetwork = azureNetwork || it.type == NodeType::Network;
    }
    QVERIFY(azureNetwork);
    // Read back from pixels: the legend band has the VNet colour and never the VPC purple.
    QImage image(picture.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        picture.paint(p, false);
    }
    const int top = int(picture.diagramOffset().y() + picture.scene().bounds.bottom()) + 2;
    int vpc = 0, vnet = 0;
    for (int y = top; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            vpc += near(c, style.network, 60) ? 1 : 0;
            vnet += near(c, style.azureNetwork, 40) ? 1 : 0;
        }
    QCOMPARE(vpc, 0);
    QVERIFY2(vnet > 10, qPrintable(QString::number(vnet)));
}

void tst_Scene::wrapText()
{
    QFont f(QString::fromLatin1(scene::kFontFamily));
    f.setPixelSize(12);
    f.setBold(true);
    const QFontMetricsF fm(f);
    bool cut = true;
    // Short: one line, whole.
    QCOMPARE(scene::wrapText(QStringLiteral("orders"), f, 120, 3, &cut),
        QStringList { QStringLiteral("orders") });
    QVERIFY(!cut);
    // Words break at their boundaries; every line fits and the words come back in order.
    const QString words = QStringLiteral("Log Analytics Workspace for the payments platform");
    QStringList lines = scene::wrapText(words, f, 120, 5, &cut);
    QVERIFY(!cut);
    QVERIFY(lines.size() > 1 && lines.size() <= 5);
    for (const auto &l : lines)
        QVERIFY2(fm.horizontalAdvance(l) <= 120.5, qPrintable(l));
    QCOMPARE(lines.join(QLatin1Char(' ')), words);
    // One unbroken run breaks inside the word.
    const QString run = QStringLiteral("PaymentsSettlementReconciliationWorker");
    lines = scene::wrapText(run, f, 120, 3, &cut);
    QVERIFY(!cut);
    QVERIFY(lines.size() > 1);
    QCOMPARE(lines.join(QString()), run);
    // More than fits: the last line is cut with an ellipsis and the cut is reported.
    lines = scene::wrapText(words + QLatin1Char(' ') + words, f, 120, 2, &cut);
    QVERIFY(cut);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.back().endsWith(QChar(0x2026)));
    QVERIFY(fm.horizontalAdvance(lines.back()) <= 120.5);
}

QTEST_MAIN(tst_Scene)
#include "tst_scene.moc"
