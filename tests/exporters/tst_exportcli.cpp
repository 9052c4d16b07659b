// SPDX-License-Identifier: MIT
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kCli = QStringLiteral(CW_BINARY_DIR "/app/cli/cloudwright-cli");
const QString kTemplates = QStringLiteral(CW_SOURCE_DIR "/templates");
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
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/// cloudwright-cli export end to end: formats, exit codes, the gate, all-or-nothing output.
class tst_ExportCli : public QObject
{
    Q_OBJECT
private slots:
    void exportsTerraform()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("tf"));
        const auto r = cli({ QStringLiteral("export"),
            kTemplates + QStringLiteral("/order-processor.cloudwright.yaml"),
            QStringLiteral("--to"), QStringLiteral("terraform"), QStringLiteral("--output"), out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("wrote ")));
        QVERIFY(QFile::exists(out + QStringLiteral("/order-dev/versions.tf")));
        QVERIFY(
            read(out + QStringLiteral("/order-dev/network.tf")).contains("resource \"aws_vpc\""));
    }

    void exportsBicep()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("bicep"));
        const auto r = cli(
            { QStringLiteral("export"), kTemplates + QStringLiteral("/ie-bank.cloudwright.yaml"),
                QStringLiteral("--to"), QStringLiteral("bicep"), QStringLiteral("--output"), out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out + QStringLiteral("/prod/main.bicep")));
        QVERIFY(QFile::exists(out + QStringLiteral("/prod/main.prod.bicepparam")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString file = kTemplates + QStringLiteral("/order-processor.cloudwright.yaml");
        QTest::newRow("no format")
            << QStringList { "export", file, "--output", "x" } << "--to is required";
        QTest::newRow("unknown format") << QStringList { "export", file, "--to", "pulumi",
            "--output", "x" } << "known formats: terraform, bicep";
        QTest::newRow("no output")
            << QStringList { "export", file, "--to", "terraform" } << "--output DIR is required";
        QTest::newRow("no file") << QStringList { "export", "--to", "terraform", "--output", "x" }
                                 << "exactly one FILE";
        QTest::newRow("missing file") << QStringList { "export", "/nonexistent.cloudwright.yaml",
            "--to", "terraform", "--output", "x" }
                                      << "nonexistent";
        QTest::newRow("unknown option")
            << QStringList { "export", file, "--to", "png", "--output", "x", "--set", "scal=2" }
            << "unknown option 'scal' for png; known options: date, "
               "legend, badges, scale, dpi";
        QTest::newRow("option of another format") << QStringList { "export", file, "--to",
            "terraform", "--output", "x", "--set", "paper=a4" }
                                                  << "unknown option 'paper' for terraform";
        QTest::newRow("wrong provider") << QStringList { "export",
            kTemplates + "/ie-bank.cloudwright.yaml", "--to", "terraform", "--output", "x" }
                                        << "no AWS account";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        QDir::setCurrent(tmp.path());
        const auto r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("x"))));
    }

    void helpListsOptions()
    {
        const auto r = cli({ QStringLiteral("export"), QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        // Every option of every format, with its values and default.
        for (const char *line : { "date", "--to png:", "scale     Scale: 0.1 to 8 (default 1)",
                 "dpi", "legend", "badges", "--to pdf:",
                 "paper     Paper size: fit, a4, a3, a2, letter, legal, tabloid (default fit)" })
            QVERIFY2(r.out.contains(QLatin1String(line)), line);
    }

    void knownOptionsAccepted()
    {
        QTemporaryDir tmp;
        const auto r = cli({ QStringLiteral("export"),
            kTemplates + QStringLiteral("/order-processor.cloudwright.yaml"),
            QStringLiteral("--to"), QStringLiteral("pdf"), QStringLiteral("--output"), tmp.path(),
            QStringLiteral("--set"), QStringLiteral("paper=a4"), QStringLiteral("--set"),
            QStringLiteral("legend=0"), QStringLiteral("--set"),
            QStringLiteral("date=2025-01-31") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(read(tmp.filePath(QStringLiteral("architecture.pdf"))).startsWith("%PDF-"));
    }

    void gateRefusesThenForce()
    {
        QTemporaryDir tmp;
        QByteArray yaml = read(kTemplates + QStringLiteral("/order-processor.cloudwright.yaml"));
        // Make the second public subnet overlap the first: a constraint finding (NET-003).
        const qsizetype first = yaml.indexOf("cidr: 10.0.0.0/24");
        QVERIFY(first > 0);
        const qsizetype second = yaml.indexOf("cidr: 10.0.1.0/24", first);
        QVERIFY(second > 0);
        yaml.replace(second, 17, "cidr: 10.0.0.0/24");
        const QString file = tmp.filePath(QStringLiteral("bad.cloudwright.yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        const QString out = tmp.filePath(QStringLiteral("out"));
        auto r = cli({ QStringLiteral("export"), file, QStringLiteral("--to"),
            QStringLiteral("terraform"), QStringLiteral("--output"), out });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad.cloudwright.yaml:"))
                && r.err.contains(QStringLiteral("error: [NET-003]")),
            qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        r = cli(
            { QStringLiteral("export"), file, QStringLiteral("--to"), QStringLiteral("terraform"),
                QStringLiteral("--output"), out, QStringLiteral("--force") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("warning: [NET-003]")), qPrintable(r.err));
        QVERIFY(QFile::exists(out + QStringLiteral("/order-dev/network.tf")));
    }

    void validateAndExportAgreeOnRules()
    {
        // Options, severities and a project-file disable change validate and the exported
        // document's review alike (one run context).
        QTemporaryDir tmp;
        const QString design = tmp.filePath(QStringLiteral("d.cloudwright.yaml"));
        QFile f(design);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(read(kFixtures + QStringLiteral("/REL-007/fail.cloudwright.yaml"))
            + "rules:\n  severity: { SEC-009: info }\n  options: { REL-007.min_days: 1 }\n");
        f.close();
        QFile project(tmp.filePath(QStringLiteral("cloudwright.rules.yaml")));
        QVERIFY(project.open(QIODevice::WriteOnly));
        project.write("disable: [OPS-006]\n");
        project.close();
        const auto v = cli({ QStringLiteral("validate"), QStringLiteral("--fail-on"),
            QStringLiteral("never"), design });
        QCOMPARE(v.code, 0);
        QVERIFY(!v.out.contains(QStringLiteral("[OPS-006]")));
        QVERIFY2(v.out.contains(QStringLiteral(": info: [SEC-009]")), qPrintable(v.out));
        const QString out = tmp.filePath(QStringLiteral("doc"));
        const auto e = cli({ QStringLiteral("export"), design, QStringLiteral("--to"),
            QStringLiteral("markdown"), QStringLiteral("--output"), out });
        QVERIFY2(e.code == 0, qPrintable(e.err));
        const QString readme = QString::fromUtf8(read(out + QStringLiteral("/README.md")));
        QVERIFY(readme.contains(QStringLiteral("| SEC-009 | info |")));
        QVERIFY(!readme.contains(QStringLiteral("| OPS-006 |")));
        // REL-007.min_days: 1 accepts the one-day retentions in both.
        QVERIFY(!v.out.contains(QStringLiteral("at least 7 are expected")));
        QVERIFY(!readme.contains(QStringLiteral("at least 7 are expected")));
        // A bad configuration stops both, with its position.
        QVERIFY(project.open(QIODevice::WriteOnly | QIODevice::Truncate));
        project.write("disable: [OPS-06]\n");
        project.close();
        const auto bad = cli({ QStringLiteral("export"), design, QStringLiteral("--to"),
            QStringLiteral("mermaid"), QStringLiteral("--output"), tmp.filePath("m") });
        QCOMPARE(bad.code, 2);
        QVERIFY2(
            bad.err.contains(QStringLiteral("cloudwright.rules.yaml:1:11: error: unknown rule")),
            qPrintable(bad.err));
        QVERIFY(!QFile::exists(tmp.filePath("m")));
        QCOMPARE(cli({ QStringLiteral("validate"), design }).code, 2);
    }

    void disabledConstraintGatesValidateAndExport()
    {
        // disable: of a constraint is ignored everywhere (SUP-003): validate fails on it and
        // export refuses it, as the designer lists it.
        QTemporaryDir tmp;
        const QString design = tmp.filePath(QStringLiteral("d.cloudwright.yaml"));
        QFile f(design);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(read(kFixtures + QStringLiteral("/NET-003/fail.cloudwright.yaml"))
            + "rules:\n  disable: [NET-003]\n");
        f.close();
        const auto v = cli({ QStringLiteral("validate"), design });
        QCOMPARE(v.code, 1);
        QVERIFY2(v.out.contains(QStringLiteral("[NET-003]")), qPrintable(v.out));
        QVERIFY(v.out.contains(QStringLiteral("[SUP-003] disabling NET-003 is ignored")));
        const QString out = tmp.filePath(QStringLiteral("tf"));
        auto e = cli({ QStringLiteral("export"), design, QStringLiteral("--to"),
            QStringLiteral("terraform"), QStringLiteral("--output"), out });
        QCOMPARE(e.code, 2);
        QVERIFY2(e.err.contains(QStringLiteral("error: [NET-003]")), qPrintable(e.err));
        QVERIFY(e.err.contains(QStringLiteral("--force")));
        QVERIFY(!QFile::exists(out));
        // Re-levelling a constraint changes how validate reports it, not the gate.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(read(kFixtures + QStringLiteral("/NET-003/fail.cloudwright.yaml"))
            + "rules:\n  severity: { NET-003: low }\n");
        f.close();
        const auto low = cli({ QStringLiteral("validate"), QStringLiteral("--fail-on"),
            QStringLiteral("critical"), design });
        QVERIFY2(low.out.contains(QStringLiteral(": low: [NET-003]")), qPrintable(low.out));
        QCOMPARE(low.code, 0);
        e = cli({ QStringLiteral("export"), design, QStringLiteral("--to"),
            QStringLiteral("terraform"), QStringLiteral("--output"), out });
        QCOMPARE(e.code, 2);
        QVERIFY(!QFile::exists(out));
    }

    void unwritableOutputLeavesNothing()
    {
        QTemporaryDir tmp;
        const QString blocker = tmp.filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        // The output "folder" is a file: nothing can be written, exit 2, the file is untouched.
        const auto r = cli({ QStringLiteral("export"),
            kTemplates + QStringLiteral("/order-processor.cloudwright.yaml"),
            QStringLiteral("--to"), QStringLiteral("terraform"), QStringLiteral("--output"),
            blocker });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("cannot write")));
        QCOMPARE(QFileInfo(blocker).size(), 0);
    }

    void notesStaleFiles()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("tf"));
        QDir().mkpath(out + QStringLiteral("/order-dev"));
        QFile stale(out + QStringLiteral("/order-dev/old.tf"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        const auto r = cli({ QStringLiteral("export"),
            kTemplates + QStringLiteral("/order-processor.cloudwright.yaml"),
            QStringLiteral("--to"), QStringLiteral("terraform"), QStringLiteral("--output"), out });
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.err.contains(QStringLiteral("old.tf is not part of this export")), qPrintable(r.err));
        QVERIFY(QFile::exists(out + QStringLiteral("/order-dev/old.tf")));
    }
};

QTEST_GUILESS_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"
