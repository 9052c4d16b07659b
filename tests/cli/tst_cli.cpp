// SPDX-License-Identifier: MIT
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kCli = QStringLiteral(CW_BINARY_DIR "/app/cli/cloudwright-cli");
const QString kFixtures = QStringLiteral(CW_SOURCE_DIR "/tests/rules/fixtures");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(kCli, args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

/// cloudwright-cli end to end: exit codes, formats, the planner, templates, bad usage.
class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void version()
    {
        const auto r = cli({ QStringLiteral("--version") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("cloudwright-cli ")));
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { "frobnicate" };
        QTest::newRow("validate without file") << QStringList { "validate" };
        QTest::newRow("bad format") << QStringList { "validate", "--format", "xml", "x.yaml" };
        QTest::newRow("bad fail-on")
            << QStringList { "validate", "--fail-on", "sometimes", "x.yaml" };
        QTest::newRow("unknown option") << QStringList { "validate", "--colour", "x.yaml" };
        QTest::newRow("missing file")
            << QStringList { "validate", "/nonexistent/x.cloudwright.yaml" };
        QTest::newRow("plan bad cidr") << QStringList { "plan", "--cidr", "10.0.0.0/33", "--zones",
            "a", "--tiers", "app:/24" };
        QTest::newRow("plan bad tier")
            << QStringList { "plan", "--cidr", "10.0.0.0/16", "--zones", "a", "--tiers", "app-24" };
        QTest::newRow("plan does not fit") << QStringList { "plan", "--cidr", "10.0.0.0/24",
            "--zones", "a,b,c", "--tiers", "app:/24" };
        QTest::newRow("unknown template")
            << QStringList { "templates", "new", "nope", "-o", "/tmp/x" };
    }
    void usageErrorsExit2()
    {
        QFETCH(QStringList, args);
        const auto r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(!r.err.isEmpty(), "an error must say what is wrong");
    }

    void validateExitCodes()
    {
        const QString fail = kFixtures + QStringLiteral("/NET-003/fail.cloudwright.yaml");
        auto r = cli({ QStringLiteral("validate"), fail });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(
                     "fail\\.cloudwright\\.yaml:\\d+:\\d+: critical: \\[NET-003\\] "))),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("    fix: ")));
        r = cli({ QStringLiteral("validate"), QStringLiteral("--fail-on"), QStringLiteral("never"),
            fail });
        QCOMPARE(r.code, 0);
        // REL-001's fail fixture has only high findings: high fails, critical passes.
        const QString rel = kFixtures + QStringLiteral("/REL-001/fail.cloudwright.yaml");
        QCOMPARE(cli({ QStringLiteral("validate"), QStringLiteral("--fail-on"),
                         QStringLiteral("critical"), rel })
                     .code,
            0);
    }

    void validateLoadErrorsExit2WithPosition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.cloudwright.yaml"));
        write(path,
            "cloudwright: 1\nname: x\naccounts:\n  - id: a\n    provider: aws\n    netwroks: []\n");
        const auto r = cli({ QStringLiteral("validate"), path });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(path + QStringLiteral(":6:5: error: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("networks")), qPrintable(r.err));
    }

    void validateJsonAndOutput()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("report.json"));
        const auto r = cli({ QStringLiteral("validate"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--output"), out,
            kFixtures + QStringLiteral("/NET-003/fail.cloudwright.yaml") });
        QCOMPARE(r.code, 1);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(doc[QStringLiteral("summary")].toObject()[QStringLiteral("findings")].toInt() >= 2);
    }

    void validateEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("marker");
        QTest::newRow("sarif") << "sarif"
                               << "\"version\": \"2.1.0\"";
        QTest::newRow("junit") << "junit"
                               << "<testsuites name=\"cloudwright\"";
        QTest::newRow("markdown") << "markdown"
                                  << "## Scorecard";
        QTest::newRow("html") << "html"
                              << "<!DOCTYPE html>";
    }
    void validateEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, marker);
        const auto r = cli({ QStringLiteral("validate"), QStringLiteral("--format"), format,
            kFixtures + QStringLiteral("/REL-001/fail.cloudwright.yaml") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(marker), qPrintable(r.out.left(300)));
    }

    void rulesConfiguration()
    {
        QTemporaryDir dir;
        const QString design = dir.filePath(QStringLiteral("d.cloudwright.yaml"));
        QFile src(kFixtures + QStringLiteral("/REL-001/fail.cloudwright.yaml"));
        QVERIFY(src.open(QIODevice::ReadOnly));
        // The document re-levels REL-001 to low and sets an option; the project file disables
        // NET-003; both choices must show in the report with where they were made.
        write(design,
            src.readAll()
                + "rules:\n  severity: { REL-001: low }\n  options: { REL-004.include_staging: 1 "
                  "}\n");
        write(dir.filePath(QStringLiteral("cloudwright.rules.yaml")), "disable: [OPS-006]\n");
        auto r = cli({ QStringLiteral("validate"), design });
        QCOMPARE(r.code, 0); // REL-001 is now low: nothing at or above high
        QVERIFY2(r.out.contains(QStringLiteral(": low: [REL-001]")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("[OPS-006]")));
        QVERIFY2(r.out.contains(QStringLiteral("configuration: OPS-006 disabled (")
                     + dir.filePath(QStringLiteral("cloudwright.rules.yaml:1:11)"))),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("configuration: REL-001 severity low (")));
        QVERIFY(r.out.contains(QStringLiteral("configuration: REL-004.include_staging = 1 (")));

        // Unknown ids, levels and options are input errors with their position.
        write(dir.filePath(QStringLiteral("cloudwright.rules.yaml")),
            "disable: [REL-0O1]\nseverity: { NET-003: severe }\noptions: { NET-008.nope: 1 }\n");
        r = cli({ QStringLiteral("validate"), design });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cloudwright.rules.yaml:1:11: error: unknown rule "
                                               "'REL-0O1'; did you mean 'REL-001'?")),
            qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("unknown severity 'severe'")));
        QVERIFY(r.err.contains(QStringLiteral("NET-008 has no option 'nope'")));
        // --config points elsewhere explicitly.
        const QString other = dir.filePath(QStringLiteral("other.yaml"));
        write(other, "severity: { REL-001: critical }\n");
        r = cli({ QStringLiteral("validate"), QStringLiteral("--config"), other, design });
        QCOMPARE(r.code, 0); // the document's own choice (low) wins over the project's
    }

    void planLikeSeed002()
    {
        const auto r
            = cli({ QStringLiteral("plan"), QStringLiteral("--cidr"), QStringLiteral("10.0.0.0/16"),
                QStringLiteral("--zones"), QStringLiteral("eu-west-3a,eu-west-3b,eu-west-3c"),
                QStringLiteral("--tiers"), QStringLiteral("public:/24,app:/24,db:/24"),
                QStringLiteral("--format"), QStringLiteral("yaml") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(QStringLiteral("tier: public")), 3);
        QCOMPARE(r.out.count(QStringLiteral("tier: isolated")), 3);
        QVERIFY(r.out.contains(QStringLiteral("zone: eu-west-3c")));
        const auto text = cli({ QStringLiteral("plan"), QStringLiteral("--cidr"),
            QStringLiteral("10.0.0.0/16"), QStringLiteral("--zones"), QStringLiteral("a,b,c"),
            QStringLiteral("--tiers"), QStringLiteral("app:/24") });
        QCOMPARE(text.code, 0);
        QVERIFY2(
            text.out.contains(QStringLiteral("251")), qPrintable(text.out)); // AWS usable in a /24
    }

    void rulesList()
    {
        auto r = cli({ QStringLiteral("rules") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("NET-003")));
        r = cli({ QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json") });
        const auto rules = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(rules.size() >= 9);
        QVERIFY(!rules[0].toObject()[QStringLiteral("rationale")].toString().isEmpty());
    }

    void templatesNew()
    {
        auto r = cli({ QStringLiteral("templates"), QStringLiteral("list") });
        QCOMPARE(r.code, 0);
        for (const char *id : { "blank-aws", "blank-azure", "ie-bank", "innovate-opsfleet",
                 "eks-platform-outline", "innovate-inc", "order-processor" })
            QVERIFY2(r.out.contains(QLatin1String(id)), id);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("new.cloudwright.yaml"));
        r = cli({ QStringLiteral("templates"), QStringLiteral("new"),
            QStringLiteral("order-processor"), QStringLiteral("--output"), out });
        QCOMPARE(r.code, 0);
        QCOMPARE(cli({ QStringLiteral("validate"), QStringLiteral("--fail-on"),
                         QStringLiteral("never"), out })
                     .code,
            0);
        r = cli({ QStringLiteral("templates"), QStringLiteral("new"), QStringLiteral("blank-aws"),
            QStringLiteral("--output"), out });
        QCOMPARE(r.code, 2); // refuses to overwrite
        QVERIFY(r.err.contains(QStringLiteral("--force")));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
