// SPDX-License-Identifier: MIT
// The designer follows the design's rules configuration exactly as `validate` does: its live
// findings, the canvas badges, and the export (gate, badges, the document's review) all come
// from the run context's report for the saved design's path.
#include "diagram/diagramexporter.h"
#include "editor.h"
#include "exportmodel.h"
#include "io/document.h"
#include "rules/runcontext.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <tuple>

using namespace cw;
using namespace cw::gui;

namespace {

const QString kFixtures = QStringLiteral(CW_SOURCE_DIR "/tests/rules/fixtures");

QByteArray fixture(const char *rule)
{
    QFile f(kFixtures + QLatin1Char('/') + QLatin1String(rule)
        + QStringLiteral("/fail.cloudwright.yaml"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

using Key = std::tuple<std::string, std::string, int, bool>;

std::vector<Key> keys(const rules::Report &r)
{
    std::vector<Key> out;
    for (const auto &f : r.findings)
        out.emplace_back(f.ruleId, f.target, int(f.severity), f.suppressed);
    return out;
}

int count(const rules::Report &r, const std::string &rule, const std::string &target = {})
{
    int n = 0;
    for (const auto &f : r.findings)
        n += f.ruleId == rule && (target.empty() || f.target == target) ? 1 : 0;
    return n;
}

/// Runs an export through the model and waits for its outcome.
struct Outcome
{
    bool ok = false;
    QString message;
    QStringList files;
    bool gated = false;
};
Outcome exportNow(ExportModel &m, const QString &id, const QString &target, bool force,
    const QVariantMap &options = {})
{
    QSignalSpy done(&m, &ExportModel::finished);
    Outcome o;
    if (!m.run(id, target, options, force) && done.isEmpty())
        return o;
    if (done.isEmpty() && !done.wait(120000))
        return o;
    const auto args = done.takeFirst();
    return { args[0].toBool(), args[1].toString(), args[2].toStringList(), args[3].toBool() };
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class tst_DesignerRules : public QObject
{
    Q_OBJECT
private slots:
    void findingsAndBadgesFollowTheConfiguration()
    {
        QTemporaryDir tmp;
        const QString design = tmp.filePath(QStringLiteral("d.cloudwright.yaml"));
        // Without choices: the baseline the choices must change.
        write(design, fixture("REL-007"));
        const auto defaults = rules::runRules(
            *io::loadFile(design.toStdString()).model, { .designPath = design.toStdString() });
        QVERIFY(count(defaults.report, "REL-007", "orders-db") > 0);
        QVERIFY(count(defaults.report, "OPS-006") > 0);
        QVERIFY(count(defaults.report, "SEC-009") > 0);

        // The document sets an option, re-levels a rule; the project file disables one.
        write(design,
            fixture("REL-007")
                + "rules:\n  severity: { SEC-009: info }\n  options: { REL-007.min_days: 1 }\n");
        write(tmp.filePath(QStringLiteral("cloudwright.rules.yaml")), "disable: [OPS-006]\n");
        Document doc;
        QVERIFY(doc.open(design));
        Editor editor;
        editor.setDocument(&doc);
        editor.validateNow();
        const rules::Report &designer = editor.validator()->report();
        const auto validate = rules::runRules(doc.model(), { .designPath = design.toStdString() });
        QCOMPARE(keys(designer), keys(validate.report)); // what `validate` computes
        QVERIFY(editor.validator()->config().ok());
        QCOMPARE(count(designer, "OPS-006"), 0);
        QCOMPARE(count(designer, "REL-007", "orders-db"), 0);
        QVERIFY(count(designer, "SEC-009") > 0);
        for (const auto &f : designer.findings)
            if (f.ruleId == "SEC-009")
                QVERIFY(f.severity == rules::Severity::Info);
        QVERIFY(keys(designer) != keys(defaults.report));

        // The findings panel and the canvas badges show this report.
        int open = 0;
        for (const auto &f : designer.findings)
            open += f.suppressed ? 0 : 1;
        QCOMPARE(editor.findings()->total(), open);
        for (int row = 0; row < editor.findings()->rowCount(); ++row)
            QVERIFY(editor.findings()
                        ->data(editor.findings()->index(row), FindingsModel::RuleIdRole)
                        .toString()
                != QStringLiteral("OPS-006"));
        const int node = editor.scene()->indexOf(QStringLiteral("orders-db"));
        QVERIFY(node >= 0);
        int ordersDb = 0;
        for (const auto &f : designer.findings)
            ordersDb += !f.suppressed && f.target == "orders-db" ? 1 : 0;
        QCOMPARE(
            editor.scene()->data(editor.scene()->index(node), SceneModel::BadgeCountRole).toInt(),
            ordersDb);

        // The architecture document exported from the designer reviews the same findings.
        ExportModel exports;
        exports.setProperty("document", QVariant::fromValue(&doc));
        exports.setProperty("editor", QVariant::fromValue(&editor));
        const QString out = tmp.filePath(QStringLiteral("doc"));
        const Outcome o = exportNow(exports, QStringLiteral("markdown"), out, false);
        QVERIFY2(o.ok, qPrintable(o.message));
        const QString readme = readAll(out + QStringLiteral("/README.md"));
        QVERIFY(readme.contains(QStringLiteral("| SEC-009 | info |")));
        QVERIFY(!readme.contains(QStringLiteral("| OPS-006 |")));
        QVERIFY(!readme.contains(QStringLiteral("at least 7 are expected")));
        QCOMPARE(exports.lastOutput(), out);
    }

    void disabledConstraintStillGatesTheExport()
    {
        QTemporaryDir tmp;
        const QString design = tmp.filePath(QStringLiteral("d.cloudwright.yaml"));
        write(design, fixture("NET-003") + "rules:\n  disable: [NET-003]\n");
        Document doc;
        QVERIFY(doc.open(design));
        Editor editor;
        editor.setDocument(&doc);
        editor.validateNow();
        const rules::Report &designer = editor.validator()->report();
        QCOMPARE(count(designer, "NET-003"), 2); // listed, as validate lists it
        QCOMPARE(count(designer, "SUP-003"), 1); // with the reason the disable is ignored

        ExportModel exports;
        exports.setProperty("document", QVariant::fromValue(&doc));
        exports.setProperty("editor", QVariant::fromValue(&editor));
        const QString out = tmp.filePath(QStringLiteral("tf"));
        Outcome o = exportNow(exports, QStringLiteral("terraform"), out, false);
        QVERIFY(!o.ok);
        QVERIFY(o.gated);
        QVERIFY2(o.message.contains(QStringLiteral("error: [NET-003]")), qPrintable(o.message));
        QVERIFY2(!o.message.contains(QStringLiteral("--")), qPrintable(o.message)); // no CLI flags
        QVERIFY(o.message.contains(QStringLiteral("Export anyway")));
        QVERIFY(!QFileInfo::exists(out));
        o = exportNow(exports, QStringLiteral("terraform"), out, true);
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/prod/versions.tf")));
        QCOMPARE(exports.existingFiles(QStringLiteral("terraform"), out).size(),
            exports.plannedFiles(QStringLiteral("terraform")).size());
    }

    void badConfigurationIsShownAndStopsTheExport()
    {
        QTemporaryDir tmp;
        const QString design = tmp.filePath(QStringLiteral("d.cloudwright.yaml"));
        write(design, fixture("REL-007"));
        write(tmp.filePath(QStringLiteral("cloudwright.rules.yaml")), "disable: [OPS-06]\n");
        Document doc;
        QVERIFY(doc.open(design));
        Editor editor;
        editor.setDocument(&doc);
        editor.validateNow();
        const QStringList errors = editor.findings()->configErrors();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].startsWith(tmp.filePath(QStringLiteral("cloudwright.rules.yaml:1:11: "
                                                                  "error: unknown rule 'OPS-06'"))),
            qPrintable(errors[0]));
        ExportModel exports;
        exports.setProperty("document", QVariant::fromValue(&doc));
        exports.setProperty("editor", QVariant::fromValue(&editor));
        const Outcome o
            = exportNow(exports, QStringLiteral("mermaid"), tmp.filePath("a.mmd"), false);
        QVERIFY(!o.ok);
        QVERIFY(!o.gated);
        QVERIFY2(
            o.message.contains(QStringLiteral("unknown rule 'OPS-06'")), qPrintable(o.message));
        QVERIFY(!QFileInfo::exists(tmp.filePath("a.mmd")));
        // Fixed on disk and re-run (the designer re-reads the project file on every run).
        write(tmp.filePath(QStringLiteral("cloudwright.rules.yaml")), "disable: [OPS-006]\n");
        editor.validateNow();
        QVERIFY(editor.findings()->configErrors().isEmpty());
        QVERIFY2(exportNow(exports, QStringLiteral("mermaid"), tmp.filePath("a.mmd"), false).ok,
            "export after the fix");
    }

    void pictureBadgesComeFromTheGivenReport()
    {
        // The picture exporters badge what they are handed, never a run of their own.
        Document doc;
        QVERIFY(doc.newFromTemplate(QStringLiteral("order-processor")));
        const Model &m = doc.model();
        const auto geometry = cw::layout::layout(m);
        const rules::Report none;
        rules::Report one;
        one.findings.push_back({ .ruleId = "NET-003",
            .severity = rules::Severity::Critical,
            .target = m.accounts.front().networks.front().id,
            .related = {},
            .message = "test",
            .fix = {},
            .loc = {},
            .suppressed = false,
            .justification = {} });
        const exporters::DiagramExporter svg(exporters::DiagramExporter::Format::Svg);
        auto bytes = [&](const rules::Report &r, const char *badges) {
            const auto result = svg.generate(
                { m, geometry, r }, { false, { { "date", "2025-01-31" }, { "badges", badges } } });
            return result.files.empty() ? std::string() : result.files.front().bytes;
        };
        QVERIFY(!bytes(none, "1").empty());
        QVERIFY(bytes(none, "1") != bytes(one, "1"));
        QCOMPARE(bytes(none, "0"), bytes(one, "0"));
    }

    void singleFileFormatsWriteTheNamedFile()
    {
        QTemporaryDir tmp;
        Document doc;
        QVERIFY(doc.newFromTemplate(QStringLiteral("order-processor")));
        ExportModel exports;
        exports.setProperty("document", QVariant::fromValue(&doc));
        QVERIFY(exports.singleFile(QStringLiteral("pdf")));
        QVERIFY(!exports.singleFile(QStringLiteral("markdown")));
        QCOMPARE(exports.suffixOf(QStringLiteral("svg")), QStringLiteral("svg"));
        QStringList keys;
        for (const auto &o : exports.optionsOf(QStringLiteral("pdf")))
            keys << o.toMap().value(QStringLiteral("key")).toString();
        QCOMPARE(keys, QStringList({ "legend", "badges", "paper" }));
        const QString file = tmp.filePath(QStringLiteral("sub/my diagram.pdf"));
        QVERIFY(exports.existingFiles(QStringLiteral("pdf"), file).isEmpty());
        const Outcome o = exportNow(exports, QStringLiteral("pdf"), file, false,
            { { QStringLiteral("paper"), QStringLiteral("a4") },
                { QStringLiteral("badges"), true } });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.files, QStringList { file });
        QVERIFY(readAll(file).startsWith(QStringLiteral("%PDF-")));
        QCOMPARE(exports.existingFiles(QStringLiteral("pdf"), file), QStringList { file });
        // A bad option value is a clear error, and nothing is written.
        const QString bad = tmp.filePath(QStringLiteral("bad.pdf"));
        const Outcome refused = exportNow(exports, QStringLiteral("pdf"), bad, false,
            { { QStringLiteral("paper"), QStringLiteral("napkin") } });
        QVERIFY(!refused.ok);
        QVERIFY(refused.message.contains(QStringLiteral("paper")));
        QVERIFY(!QFileInfo::exists(bad));
    }
};

QTEST_MAIN(tst_DesignerRules)
#include "tst_designerrules.moc"
