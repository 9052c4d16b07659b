// SPDX-License-Identifier: MIT
#include "common/exporter.h"
#include "common/gate.h"
#include "common/safepath.h"
#include "common/text.h"
#include "preparedinput.h"
#include "testmodels.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw;
using namespace cw::exporters;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

class FakeExporter : public Exporter
{
public:
    explicit FakeExporter(std::string id)
        : m_id(std::move(id))
    { }
    std::string id() const override { return m_id; }
    std::string displayName() const override { return "Fake"; }
    std::string description() const override { return "test"; }
    std::vector<std::string> outputFiles(const Model &) const override { return { "a.txt" }; }
    ExportResult generate(const ExportInput &, const ExportOptions &) const override
    {
        return { { { "a.txt", "x" } }, {}, false };
    }

private:
    std::string m_id;
};

/// Temporary files writeOutput leaves behind ("*.cw-*").
QStringList leftovers(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (p.contains(QStringLiteral(".cw-")))
            out << p;
    }
    return out;
}

} // namespace

/// Shared exporter pieces: safe names, all-or-nothing writes, escaping, naming, registry, gate.
class tst_ExportCommon : public QObject
{
    Q_OBJECT
private slots:
    void safeComponent_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "prod"
                               << "prod";
        QTest::newRow("empty") << ""
                               << "unnamed";
        QTest::newRow("dots only") << ".."
                                   << "unnamed";
        QTest::newRow("traversal") << "../../etc/passwd"
                                   << "_._etc_passwd";
        QTest::newRow("leading dot") << ".hidden"
                                     << "hidden";
        QTest::newRow("backslash") << "a\\b"
                                   << "a_b";
        QTest::newRow("control") << "a\nb\x01"
                                 << "a_b_";
        QTest::newRow("trailing dot") << "name."
                                      << "name";
        QTest::newRow("double dot inside") << "a..b"
                                           << "a.b";
        QTest::newRow("windows device") << "con.txt"
                                        << "_con.txt";
        QTest::newRow("non-ascii") << "café"
                                   << "caf__";
        QTest::newRow("long") << QString(300, QLatin1Char('x')) << QString(100, QLatin1Char('x'));
    }

    void safeComponent()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        const std::string got = exporters::safeComponent(in.toStdString());
        QCOMPARE(q(got), out);
        QVERIFY(got.find('/') == std::string::npos && got.find("..") == std::string::npos);
        QCOMPARE(q(exporters::safeComponent(got)), out); // idempotent
    }

    void safeRelativePath()
    {
        QVERIFY(isSafeRelativePath("prod/main.tf"));
        QVERIFY(isSafeRelativePath("a/b/c.bicep"));
        QVERIFY(!isSafeRelativePath("../x"));
        QVERIFY(!isSafeRelativePath("/etc/passwd"));
        QVERIFY(!isSafeRelativePath("a//b"));
        QVERIFY(!isSafeRelativePath("a/./b"));
        QVERIFY(!isSafeRelativePath("a\\b"));
        QVERIFY(!isSafeRelativePath(""));
        QVERIFY(!isSafeRelativePath("a/"));
    }

    void writeOutputWritesAndReplaces()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("out"));
        ExportResult r { { { "prod/main.tf", "one" }, { "prod/modules/net.bicep", "two" },
                             { "README.md", "three" } },
            {} };
        std::string error;
        QVERIFY2(writeOutput(r, dir.toStdString(), &error), error.c_str());
        QCOMPARE(readFile(dir + QStringLiteral("/prod/main.tf")), QByteArray("one"));
        QCOMPARE(readFile(dir + QStringLiteral("/prod/modules/net.bicep")), QByteArray("two"));
        r.files[0].bytes = "uno";
        QVERIFY2(writeOutput(r, dir.toStdString(), &error), error.c_str());
        QCOMPARE(readFile(dir + QStringLiteral("/prod/main.tf")), QByteArray("uno"));
        QVERIFY(leftovers(dir).isEmpty());
    }

    void writeOutputIsAllOrNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("out"));
        writeFile(dir + QStringLiteral("/a.tf"), "old a");
        // The second file's place is taken by a folder: the whole export must fail, a.tf stays.
        QDir().mkpath(dir + QStringLiteral("/b.tf"));
        const ExportResult r { { { "a.tf", "new a" }, { "b.tf", "new b" }, { "c.tf", "new c" } },
            {} };
        std::string error;
        QVERIFY(!writeOutput(r, dir.toStdString(), &error));
        QVERIFY(!error.empty());
        QCOMPARE(readFile(dir + QStringLiteral("/a.tf")), QByteArray("old a"));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/c.tf")));
        QVERIFY2(leftovers(dir).isEmpty(), qPrintable(leftovers(dir).join(QLatin1Char(' '))));
    }

    void writeOutputLeavesFilesOnWriteFailure()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("out"));
        writeFile(dir + QStringLiteral("/a.tf"), "old a");
        writeFile(dir + QStringLiteral("/sub/b.tf"), "old b");
        // A read-only folder makes the write into it fail: nothing may change.
        QFile::setPermissions(dir + QStringLiteral("/sub"), QFile::ReadOwner | QFile::ExeOwner);
        const ExportResult r { { { "a.tf", "new a" }, { "sub/b.tf", "new b" } }, {} };
        std::string error;
        const bool ok = writeOutput(r, dir.toStdString(), &error);
        QFile::setPermissions(
            dir + QStringLiteral("/sub"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (ok)
            QSKIP("running with privileges that ignore folder permissions");
        QCOMPARE(readFile(dir + QStringLiteral("/a.tf")), QByteArray("old a"));
        QCOMPARE(readFile(dir + QStringLiteral("/sub/b.tf")), QByteArray("old b"));
        QVERIFY2(leftovers(dir).isEmpty(), qPrintable(leftovers(dir).join(QLatin1Char(' '))));
    }

    void writeOutputRefusesEscapes()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("out"));
        std::string error;
        for (const char *bad :
            { "../evil.tf", "/tmp/evil.tf", "a/../../evil.tf", "a/./b.tf", ".." }) {
            const ExportResult r { { { "ok.tf", "fine" }, { bad, "evil" } }, {} };
            QVERIFY2(!writeOutput(r, dir.toStdString(), &error), bad);
            QVERIFY(!QFile::exists(dir + QStringLiteral("/ok.tf")));
        }
        // A symlinked folder inside the output folder must not lead outside it.
        QDir().mkpath(dir);
        QDir().mkpath(tmp.filePath(QStringLiteral("outside")));
        QVERIFY(
            QFile::link(tmp.filePath(QStringLiteral("outside")), dir + QStringLiteral("/link")));
        const ExportResult viaLink { { { "link/x.tf", "evil" } }, {} };
        QVERIFY(!writeOutput(viaLink, dir.toStdString(), &error));
        QVERIFY2(error.find("outside") != std::string::npos, error.c_str());
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("outside/x.tf"))));
        // Duplicates and failed results are refused too.
        QVERIFY(
            !writeOutput({ { { "a.tf", "1" }, { "a.tf", "2" } }, {} }, dir.toStdString(), &error));
        QVERIFY(
            !writeOutput({ { { "a.tf", "1" } }, { "x: error: no" } }, dir.toStdString(), &error));
    }

    void hclString_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "abc"
                               << "\"abc\"";
        QTest::newRow("quote") << "a\"b"
                               << "\"a\\\"b\"";
        QTest::newRow("backslash") << "a\\b"
                                   << "\"a\\\\b\"";
        QTest::newRow("newlines") << "a\nb\r\tc"
                                  << "\"a\\nb\\r\\tc\"";
        QTest::newRow("control") << QString::fromLatin1("a\x01\x7f") << "\"a\\u0001\\u007F\"";
        QTest::newRow("interp") << "${x}"
                                << "\"$${x}\"";
        QTest::newRow("directive") << "%{if}"
                                   << "\"%%{if}\"";
        QTest::newRow("escaped interp") << "$${x}"
                                        << "\"$$${x}\"";
        QTest::newRow("lone markers") << "$ % {"
                                      << "\"$ % {\"";
        QTest::newRow("unicode") << "é日🚀"
                                 << "\"é日🚀\"";
        QTest::newRow("line separators")
            << QString::fromUtf8("a\u2028b\u2029c\u0085") << "\"a\\u2028b\\u2029c\\u0085\"";
    }

    void hclString()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(q(exporters::hclString(in.toStdString())), out);
    }

    void hclStringInvalidUtf8()
    {
        QCOMPARE(q(exporters::hclString("a\xff\xc0z")), QStringLiteral("\"a\uFFFD\uFFFDz\""));
    }

    void hclKey()
    {
        QCOMPARE(q(exporters::hclKey("Name")), QStringLiteral("Name"));
        QCOMPARE(q(exporters::hclKey("cost-center")), QStringLiteral("\"cost-center\""));
        QCOMPARE(q(exporters::hclKey("null")), QStringLiteral("\"null\""));
        QCOMPARE(q(exporters::hclKey("for")), QStringLiteral("\"for\""));
        QCOMPARE(q(exporters::hclKey("Dé")), QStringLiteral("\"D\\u00E9\""));
        QCOMPARE(q(exporters::hclKey("🚀")), QStringLiteral("\"\\U0001F680\""));
    }

    void bicepString_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "abc"
                               << "'abc'";
        QTest::newRow("quote") << "it's"
                               << "'it\\'s'";
        QTest::newRow("backslash") << "a\\b"
                                   << "'a\\\\b'";
        QTest::newRow("newlines") << "a\nb\r\tc"
                                  << "'a\\nb\\r\\tc'";
        QTest::newRow("interp") << "${x}"
                                << "'\\${x}'";
        QTest::newRow("lone dollar") << "$x {"
                                     << "'$x {'";
        QTest::newRow("triple quote") << "'''"
                                      << "'\\'\\'\\''";
        QTest::newRow("control") << QString::fromLatin1("\x01") << "'\\u{1}'";
        QTest::newRow("line separator") << QString::fromUtf8("a\u2028") << "'a\\u{2028}'";
    }

    void bicepString()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(q(exporters::bicepString(in.toStdString())), out);
    }

    void markdownText()
    {
        QCOMPARE(q(exporters::markdownText("<script>x</script>")),
            QStringLiteral("\\<script\\>x\\</script\\>"));
        QCOMPARE(q(exporters::markdownText("[a](javascript:b)")),
            QStringLiteral("\\[a\\](javascript:b)"));
        QCOMPARE(q(exporters::markdownText("a|b\nc")), QStringLiteral("a\\|b c"));
        QCOMPARE(q(exporters::markdownText("- item")), QStringLiteral("\\- item"));
        QCOMPARE(q(exporters::markdownText("Inc. 3-tier")), QStringLiteral("Inc. 3-tier"));
    }

    void names()
    {
        QCOMPARE(q(snakeName("app-a")), QStringLiteral("app_a"));
        QCOMPARE(q(snakeName("3tier")), QStringLiteral("r_3tier"));
        QCOMPARE(q(snakeName("../x")), QStringLiteral("x"));
        QCOMPARE(q(snakeName("")), QStringLiteral("unnamed"));
        QCOMPARE(q(camelName("app-a")), QStringLiteral("appA"));
        QCOMPARE(q(camelName("9lives")), QStringLiteral("r9lives"));
        QCOMPARE(q(camelName("DB-Main")), QStringLiteral("dBMain"));
        NameTable t;
        QCOMPARE(q(t.get("app-a", snakeName("app-a"))), QStringLiteral("app_a"));
        QCOMPARE(q(t.get("app_a", snakeName("app_a"))), QStringLiteral("app_a_2")); // collision
        QCOMPARE(q(t.get("app-a", "whatever")), QStringLiteral("app_a")); // stable
        NameTable camel(true, { "resourcegroup" });
        QCOMPARE(q(camel.get("x", "resourceGroup")), QStringLiteral("resourceGroup2"));
        QCOMPARE(q(camel.get("y", "Appa")), QStringLiteral("Appa"));
        QCOMPARE(q(camel.get("z", "appA")), QStringLiteral("appA2")); // case-insensitive
    }

    void registry()
    {
        ExporterRegistry r;
        r.add(std::make_unique<FakeExporter>("one"));
        r.add(std::make_unique<FakeExporter>("two"));
        QVERIFY(r.find("two"));
        QVERIFY(!r.find("three"));
        QCOMPARE(r.ids().size(), std::size_t(2));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, r.add(std::make_unique<FakeExporter>("one")));
    }

    void gateFormatsFindings()
    {
        const testing::PreparedInput in(testmodels::blocking());
        const Model &m = in.model;
        const auto found = blockingFindings(in.report);
        QVERIFY(!found.empty());
        bool net003 = false;
        for (const auto &f : found) {
            const QString line = q(formatFinding(m, f));
            QVERIFY2(
                line.startsWith(QStringLiteral("blocking.cloudwright.yaml:")), qPrintable(line));
            net003 = net003 || line.contains(QStringLiteral(":42:11: error: [NET-003]"));
        }
        QVERIFY(net003);
        ExportResult r;
        QVERIFY(!passGate(in, {}, r));
        QVERIFY(r.gated);
        QCOMPARE(r.errors.size(), found.size() + 1);
        ExportResult forced;
        QVERIFY(passGate(in, { .force = true, .values = {} }, forced));
        QVERIFY(forced.errors.empty());
    }
};

QTEST_GUILESS_MAIN(tst_ExportCommon)
#include "tst_exportcommon.moc"
