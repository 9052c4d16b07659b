// SPDX-License-Identifier: MIT
#include "io/document.h"
#include "iotestsupport.h"

#include <QtTest>

using namespace cw;
using namespace cw::io;

namespace {

constexpr qint64 kTimeBoundMs = 10'000; ///< generous: a shared 2-core machine, debug builds

std::string repeat(std::string_view s, std::size_t n)
{
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

/// Contents of the gen: entries of expected.txt; empty when the name is unknown.
std::string generate(const QString &name)
{
    const std::size_t mb10 = 10u << 20;
    if (name == "deep-100k.yaml")
        return "cloudwright: 1\nname: " + std::string(100'000, '[') + std::string(100'000, ']');
    if (name == "deep-100k-maps.yaml")
        return "cloudwright: 1\nname: " + repeat("{a: ", 100'000) + std::string(100'000, '}');
    if (name == "deep-2k-block.yaml") {
        std::string s = "cloudwright: 1\nname:\n";
        for (std::size_t i = 1; i <= 2'000; ++i)
            s += std::string(i, ' ') + "- \n"; // sequences nested by indentation
        return s;
    }
    if (name == "deep-100k.json")
        return std::string(100'000, '[') + std::string(100'000, ']');
    if (name == "deep-100k-maps.json")
        return repeat("{\"a\":", 100'000) + "1" + std::string(100'000, '}');
    if (name == "brackets-10mb.yaml" || name == "brackets-10mb.json")
        return std::string(mb10, '[');
    if (name == "brackets-10mb-in-value.yaml")
        return "cloudwright: 1\nname: " + std::string(mb10, '[');
    if (name == "huge-string.yaml")
        return "cloudwright: 1\nname: \"" + std::string(mb10, 'x') + "\"\n";
    if (name == "huge-plain-string.yaml")
        return "cloudwright: 1\nname: " + std::string(mb10, 'x') + "\n";
    if (name == "huge-string.json")
        return "{\"cloudwright\": 1, \"name\": \"" + std::string(mb10, 'x') + "\"}";
    if (name == "huge-key.json")
        return "{\"cloudwright\": 1, \"" + std::string(2u << 20, 'k') + "\": 1}";
    if (name == "huge-flow-list.yaml")
        return "[" + repeat("1,", 2'000'000) + "1]";
    if (name == "many-nodes.json")
        return "{\"cloudwright\": 1, \"name\": [" + repeat("0,", 200'000) + "0]}";
    if (name == "many-nodes.yaml")
        return "cloudwright: 1\nname: [" + repeat("0,", 200'000) + "0]\n";
    if (name == "many-aliases.yaml")
        return "cloudwright: 1\nname: &a x\ndescription: [" + repeat("*a, ", 100'000) + "*a]\n";
    if (name == "many-errors.yaml") {
        std::string s = "cloudwright: 1\n";
        for (int i = 0; i < 2000; ++i)
            s += "unknown-" + std::to_string(i) + ": x\n";
        return s;
    }
    return {};
}

struct Entry
{
    QString file;
    QString expected;
};

QList<Entry> readExpected()
{
    QList<Entry> entries;
    QFile f(QStringLiteral(CW_TEST_DIR "/hostile/expected.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype tab = line.indexOf('\t');
        entries.push_back({ line.left(tab), tab < 0 ? QString() : line.mid(tab + 1) });
    }
    return entries;
}

} // namespace

/// Hostile inputs: each produces its expected message (or loads cleanly), never crashes, and
/// finishes in bounded time.
class tst_Hostile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void corpusIsComplete()
    {
        // Every file of the folder is listed, so a new hostile file cannot be forgotten.
        const QList<Entry> entries = readExpected();
        QVERIFY(entries.size() > 40);
        QStringList listed;
        for (const Entry &e : entries)
            listed << e.file;
        const QDir dir(QStringLiteral(CW_TEST_DIR "/hostile"));
        for (const QString &file : dir.entryList(QDir::Files)) {
            if (file != "expected.txt")
                QVERIFY2(listed.contains(file), qPrintable(file + " is not in expected.txt"));
        }
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        for (const Entry &e : readExpected())
            QTest::newRow(qPrintable(e.file)) << e.file << e.expected;
    }
    void hostile()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QVERIFY(m_dir.isValid());
        QString path = QStringLiteral(CW_TEST_DIR "/hostile/") + file;
        LoadLimits limits;
        if (file.startsWith("gen:")) {
            const QString name = file.mid(4);
            path = m_dir.filePath(name);
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            if (name == "too-large.yaml") {
                QVERIFY(out.resize(qint64(limits.maxBytes) + 1)); // sparse: costs no disk
            } else {
                const std::string content = generate(name);
                QVERIFY2(!content.empty(), qPrintable("no generator for " + name));
                out.write(content.data(), qint64(content.size()));
            }
            out.close();
        }
        if (file.contains("many-nodes")) {
            // The mechanism is the same at any limit; 4M nodes would only make the test slow.
            limits.maxNodes = 100'000;
            expected.replace("4000000", "100000");
        }

        QElapsedTimer timer;
        timer.start();
        const LoadResult r = loadFile(path.toStdString(), testCatalog(), limits);
        const qint64 elapsed = timer.elapsed();
        qInfo("%s: %lld ms", qPrintable(file), elapsed);
        QVERIFY2(elapsed < kTimeBoundMs, qPrintable(QString("took %1 ms").arg(elapsed)));
        if (expected == "<loads>") {
            QVERIFY2(r.model, qPrintable(errorText(r)));
            for (const Format f : { Format::Yaml, Format::Json }) {
                const std::string saved = saveText(*r.model, f);
                const LoadResult back = loadText(saved, f, "back", testCatalog());
                QVERIFY2(back.model, qPrintable(errorText(back)));
                QVERIFY(sameContent(*r.model, *back.model));
                QVERIFY(saveText(*back.model, f) == saved);
            }
            return;
        }
        QVERIFY2(!r.model, "a hostile file loaded");
        QVERIFY(!r.errors.empty());
        const QString errors = errorText(r);
        QVERIFY2(errors.contains(expected), qPrintable(errors.left(2000)));
        // Messages stay short even when the input is huge.
        for (const auto &e : r.errors)
            QVERIFY2(e.message.size() < 400, e.message.substr(0, 400).c_str());
    }
};

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
