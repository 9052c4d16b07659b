// SPDX-License-Identifier: MIT
#include "reports/documentreport.h"
#include "reports/jsonreport.h"
#include "reports/junitreport.h"
#include "reports/sarifreport.h"
#include "reports/textreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace cw;
using namespace cw::reports;

namespace {

const char *kHostile = "<script>alert(1)</script> | ](javascript:alert(1)) & \"q\" 'a' \n# h";

/// Two files: one with an open constraint, an open best-practice and a waived finding whose
/// texts are hostile; one clean.
ReportInput sampleInput(rules::RuleConfig &config)
{
    ReportInput input;
    input.registry = &rules::builtinRegistry();
    rules::Finding open1 { .ruleId = "NET-003",
        .severity = rules::Severity::Critical,
        .target = "app-b",
        .related = { "app-a" },
        .message = std::string("subnet overlaps ") + kHostile,
        .fix = "Give one subnet a free block.",
        .loc = { 12, 13 } };
    rules::Finding open2 { .ruleId = "REL-001",
        .severity = rules::Severity::High,
        .target = "db-a",
        .message = "the isolated tier is in one zone",
        .fix = std::string("Add a subnet ") + kHostile,
        .loc = { 20, 13 } };
    rules::Finding waived { .ruleId = "REL-001",
        .severity = rules::Severity::High,
        .target = "app-a",
        .message = "the private tier is in one zone",
        .fix = "Add a subnet.",
        .loc = { 9, 13 },
        .suppressed = true,
        .justification = std::string("accepted: ") + kHostile };
    input.files.push_back(
        { "designs/shop.cloudwright.yaml", { { open1, open2, waived } }, kHostile });
    input.files.push_back({ "designs/clean.cloudwright.yaml", {}, "Clean" });
    config.disabled["COST-004"] = { "cloudwright.rules.yaml", { 2, 5 } };
    config.severities["REL-001"]
        = { rules::Severity::High, { "designs/shop.cloudwright.yaml", { 40, 7 } } };
    input.config = &config;
    return input;
}

QJsonObject parseObject(const std::string &text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    [&] { QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString())); }();
    return doc.object();
}

} // namespace

/// Every validation report format: structure, counts, escaping of hostile model text.
class tst_Reports : public QObject
{
    Q_OBJECT
private slots:
    void text()
    {
        rules::RuleConfig config;
        const std::string out = textReport(sampleInput(config));
        QVERIFY(out.find("designs/shop.cloudwright.yaml:12:13: critical: [NET-003] ") == 0);
        QVERIFY(out.find("2 findings (1 critical, 1 high), 1 suppressed, in 2 files")
            != std::string::npos);
        // One finding per line: the newline in the hostile text must not start a fake line.
        QVERIFY(out.find("\n# h") == std::string::npos);
    }

    void json()
    {
        rules::RuleConfig config;
        const auto doc = parseObject(jsonReport(sampleInput(config)));
        QCOMPARE(doc["summary"].toObject()["findings"].toInt(), 2);
        QCOMPARE(doc["summary"].toObject()["suppressed"].toInt(), 1);
        const auto f = doc["files"].toArray()[0].toObject()["findings"].toArray();
        QCOMPARE(f.size(), 3);
        QCOMPARE(f[0].toObject()["pillar"].toString(), QStringLiteral("network"));
        QCOMPARE(f[2].toObject()["justification"].toString(),
            QString::fromUtf8("accepted: ") + QString::fromUtf8(kHostile));
    }

    void sarifStructure()
    {
        rules::RuleConfig config;
        const auto doc = parseObject(sarifReport(sampleInput(config)));
        QCOMPARE(doc["version"].toString(), QStringLiteral("2.1.0"));
        const auto run = doc["runs"].toArray()[0].toObject();
        const auto rulesJson = run["tool"].toObject()["driver"].toObject()["rules"].toArray();
        QCOMPARE(rulesJson.size(), qsizetype(rules::builtinRegistry().rules().size()));
        for (const auto &r : rulesJson) {
            const auto o = r.toObject();
            QVERIFY(!o["shortDescription"].toObject()["text"].toString().isEmpty());
            QVERIFY(!o["fullDescription"].toObject()["text"].toString().isEmpty());
            QVERIFY(!o["help"].toObject()["text"].toString().isEmpty());
        }
        const auto results = run["results"].toArray();
        QCOMPARE(results.size(), 3);
        QSet<QString> fingerprints;
        for (const auto &r : results) {
            const auto o = r.toObject();
            const auto loc = o["locations"].toArray()[0].toObject()["physicalLocation"].toObject();
            QCOMPARE(loc["artifactLocation"].toObject()["uri"].toString(),
                QStringLiteral("designs/shop.cloudwright.yaml"));
            QVERIFY(loc["region"].toObject()["startLine"].toInt() >= 1);
            fingerprints
                << o["partialFingerprints"].toObject()["primaryLocationLineHash"].toString();
            const QString id = o["ruleId"].toString();
            QCOMPARE(rulesJson[o["ruleIndex"].toInt()].toObject()["id"].toString(), id);
        }
        QCOMPARE(fingerprints.size(), 3);
        QCOMPARE(results[0].toObject()["level"].toString(), QStringLiteral("error"));
        const auto waived = results[2].toObject()["suppressions"].toArray()[0].toObject();
        QCOMPARE(waived["kind"].toString(), QStringLiteral("inSource"));
        QVERIFY(waived["justification"].toString().startsWith(QStringLiteral("accepted: ")));
        QCOMPARE(run["properties"].toObject()["configuration"].toArray().size(), 2);
    }

    /// Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool, pinned) must report no error.
    void sarifMultitoolValidates()
    {
        const QString tool = QStringLiteral(CW_SOURCE_DIR "/node_modules/.bin/sarif-multitool");
        QVERIFY2(QFileInfo::exists(tool), "run npm ci at the repository root (tools/run.sh does)");
        rules::RuleConfig config;
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("report.sarif"));
        const QString out = dir.filePath(QStringLiteral("validation.sarif"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(sarifReport(sampleInput(config))));
        f.close();
        QProcess p;
        p.start(tool, { QStringLiteral("validate"), in, QStringLiteral("-o"), out });
        QVERIFY(p.waitForFinished(120000));
        const QByteArray console = p.readAllStandardOutput() + p.readAllStandardError();
        QFile log(out);
        QVERIFY2(log.open(QIODevice::ReadOnly), console.constData());
        const auto results = QJsonDocument::fromJson(log.readAll())
                                 .object()["runs"]
                                 .toArray()[0]
                                 .toObject()["results"]
                                 .toArray();
        for (const auto &r : results)
            QVERIFY2(
                r.toObject()["level"].toString() != QLatin1String("error"), console.constData());
        QVERIFY2(!console.contains(": error "), console.constData());
    }

    void junitWellFormed()
    {
        rules::RuleConfig config;
        const std::string xml = junitReport(sampleInput(config));
        QXmlStreamReader reader(QByteArray::fromStdString(xml));
        int cases = 0, failures = 0, skipped = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                cases += reader.name() == QLatin1String("testcase");
                failures += reader.name() == QLatin1String("failure");
                skipped += reader.name() == QLatin1String("skipped");
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(failures, 2);
        QCOMPARE(skipped, 1);
        // 3 rule × element cases, plus a passing case per other rule in each file.
        const int ruleCount = int(rules::builtinRegistry().rules().size());
        QCOMPARE(cases, 3 + (ruleCount - 2) + ruleCount);
        QVERIFY(xml.find("<script>") == std::string::npos);
    }

    void markdownInert()
    {
        rules::RuleConfig config;
        const std::string md = markdownReport(sampleInput(config));
        // Markup characters from the model only ever appear escaped (tst_markdown renders it).
        const QString text = QString::fromStdString(md);
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<script"))));
        QVERIFY(text.contains(QStringLiteral("\\<script>")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("(?<!\\\\)\\]\\(javascript:"))));
        QVERIFY(md.find("\n# h") == std::string::npos);
        // Every table row keeps its column count despite '|' in model text.
        for (const auto &line : QString::fromStdString(md).split('\n')) {
            if (!line.startsWith('|'))
                continue;
            const auto cells = line.split(QRegularExpression(QStringLiteral("(?<!\\\\)\\|")));
            QVERIFY2(cells.size() == 9 || cells.size() == 4, qPrintable(line));
        }
        QVERIFY(md.find("| Network | 1 | 0 | 0 | 0 | 0 | 0 |") != std::string::npos);
        QVERIFY(md.find("| Reliability | 0 | 1 | 0 | 0 | 0 | 1 |") != std::string::npos);
        QVERIFY(md.find("COST-004 disabled") != std::string::npos);
    }

    void htmlInertAndSelfContained()
    {
        rules::RuleConfig config;
        const std::string html = htmlReport(sampleInput(config));
        QVERIFY(html.find("<script") == std::string::npos);
        QVERIFY(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
        QVERIFY(html.find("src=") == std::string::npos);
        QVERIFY(html.find("href=") == std::string::npos);
        QXmlStreamReader reader(QByteArray::fromStdString(html.substr(html.find("<html"))));
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    }
};

QTEST_GUILESS_MAIN(tst_Reports)
#include "tst_reports.moc"
