// SPDX-License-Identifier: MIT
#include "docs/docsexporter.h"
#include "goldens.h"
#include "io/document.h"
#include "mermaid/mermaidexporter.h"
#include "preparedinput.h"
#include "reports/documentreport.h"
#include "reports/textescape.h"
#include "rules/registry.h"
#include "testmodels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw;

namespace {

/// What a reader should see for model text: one line, control characters gone, trimmed.
QString plain(const std::string &s)
{
    std::string out;
    for (char c : s) {
        if (c == '\n' || c == '\r' || c == '\t')
            out += ' ';
        else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f)
            out += c;
    }
    return QString::fromStdString(out).trimmed();
}

bool isAsciiPunct(char c)
{
    return c > 0x20 && c < 0x7f && !std::isalnum(static_cast<unsigned char>(c));
}

/// Renders files with markdown-it (tests/exporters/mdrender.js); one object per file.
QJsonArray render(const QStringList &files)
{
    const QString root = QStringLiteral(CW_SOURCE_DIR);
    if (!QFile::exists(root + QStringLiteral("/node_modules/markdown-it/package.json")))
        qFatal("markdown-it is not installed: run `npm ci` in %s", qPrintable(root));
    QProcess node;
    node.setWorkingDirectory(root);
    node.start(
        QStringLiteral("node"), QStringList { QStringLiteral(CW_TEST_DIR "/mdrender.js") } + files);
    if (!node.waitForStarted(30000) || !node.waitForFinished(300000)
        || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0)
        qFatal("mdrender.js failed: %s", node.readAllStandardError().constData());
    return QJsonDocument::fromJson(node.readAllStandardOutput()).array();
}

QString write(const QTemporaryDir &dir, const QString &name, const std::string &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QByteArray::fromStdString(text));
    return path;
}

/// Escaped text in every place the generators put model text: a paragraph, a list item, a
/// heading, a table cell and a paragraph's second line.
std::string inContexts(const std::string &escaped)
{
    return escaped + "\n\n- " + escaped + "\n\n### " + escaped + "\n\n| " + escaped
        + " |\n| --- |\n\nIntro\n" + escaped + "\n";
}

/// Whether rendered (one mdrender.js result of inContexts) shows exactly text, without markup.
bool rendersAs(const QJsonObject &rendered, const QString &text, QString *seen)
{
    const QJsonArray blocks = rendered[QStringLiteral("blocks")].toArray();
    const QStringList tags { "p", "li", "h3", "th", "p" };
    const QStringList texts { text, text, text, text, QStringLiteral("Intro\n") + text };
    bool ok = blocks.size() == tags.size() && rendered[QStringLiteral("html")].toArray().isEmpty();
    for (int i = 0; ok && i < blocks.size(); ++i) {
        const QJsonObject b = blocks[i].toObject();
        ok = b[QStringLiteral("tag")].toString() == tags[i]
            && b[QStringLiteral("text")].toString() == texts[i]
            && b[QStringLiteral("marks")].toArray().isEmpty();
    }
    if (!ok && seen)
        *seen = QString::fromUtf8(QJsonDocument(rendered).toJson(QJsonDocument::Compact));
    return ok;
}

/// Every name, id and description of m.
std::vector<std::string> textsOf(const Model &m)
{
    std::vector<std::string> out { m.name, m.description };
    for (const auto &a : m.accounts) {
        out.insert(out.end(), { a.id, a.name, a.description });
        for (const auto &n : a.networks) {
            out.insert(out.end(), { n.id, n.name });
            for (const auto &s : n.subnets)
                out.insert(out.end(), { s.id, s.name, s.cidr });
            for (const auto &s : n.services)
                out.insert(out.end(), { s.id, s.name });
        }
        for (const auto &s : a.services)
            out.insert(out.end(), { s.id, s.name });
    }
    for (const auto &e : m.externals)
        out.insert(out.end(), { e.id, e.name });
    return out;
}

Model loadTemplate(const QString &path)
{
    auto r = io::loadFile(path.toStdString());
    if (!r.model)
        qFatal("cannot load %s", qPrintable(path));
    return *r.model;
}

/// Strings that look like Markdown syntax, plus every hostile and every template text.
std::vector<std::string> corpus()
{
    std::vector<std::string> out { "# h", "## h ##", "Title #", "C# and F#", "- item", "-x",
        "+ item", "* item", "1. one", "2) two", "1.5 GB", "> quote", "===", "---", "***", "___",
        "a *b* c", "a * b", "_x_", "__init__", "**x**", "`code`", "``x``", "[x](y)", "![i](s)",
        "[x]: http://e", "<b>x</b>", "<https://e.com>", "a < b > c", "<5 ms", "</x>", "<!-- c -->",
        "<?x?>", "&amp;", "&#65; &#x41;", "AT&T", "x ~~y~~ ~z~", "$x$ $$y$$", "a\\b", "end\\",
        "a\\*b", "a | b", "    indented", "tab\there", "x_", "snake_case_name", "日本_語",
        "ap-southeast-2", "order-processor (prod)", "Hello!", "x+y", "{a} %{b}" };
    for (const auto &s : testmodels::hostileStrings())
        out.push_back(s);
    out.push_back(testmodels::hostile().accounts.front().id);
    for (const auto &[stem, path] : testing::templateFiles())
        for (const auto &t : textsOf(loadTemplate(path)))
            out.push_back(t);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    std::erase_if(out, [](const std::string &s) { return plain(s).isEmpty(); });
    return out;
}

/// Escaped characters and ASCII punctuation characters in md (an escape counts once).
std::pair<int, int> escapeCount(const std::string &md)
{
    int escapes = 0, punct = 0;
    for (std::size_t i = 0; i < md.size(); ++i) {
        if (md[i] == '\\' && i + 1 < md.size() && isAsciiPunct(md[i + 1])) {
            ++escapes;
            ++i;
        }
        punct += isAsciiPunct(md[i]);
    }
    return { escapes, punct };
}

} // namespace

/// Markdown from the architecture document and the validation report, rendered with a real
/// CommonMark renderer (markdown-it): model text renders as itself, never as markup or HTML, and
/// is escaped only where Markdown would otherwise read syntax.
class TestMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void escapedTextRendersAsItself()
    {
        const auto texts = corpus();
        QTemporaryDir dir;
        QStringList files;
        for (std::size_t i = 0; i < texts.size(); ++i)
            files << write(dir, QStringLiteral("t%1.md").arg(i),
                inContexts(reports::markdownEscape(texts[i])));
        const QJsonArray out = render(files);
        QCOMPARE(out.size(), files.size());
        for (std::size_t i = 0; i < texts.size(); ++i) {
            QString seen;
            QVERIFY2(rendersAs(out[int(i)].toObject(), plain(texts[i]), &seen),
                qPrintable(QString::fromStdString(texts[i]) + QStringLiteral(" -> ") + seen));
        }
    }

    /// Dropping any one escape changes what some context shows. Paired delimiters (` * _ ~ $
    /// [ ]) and a backslash before the end are left out: whether they form a span depends on text
    /// after them that the generators may add, and $ and single ~ are GitHub syntax markdown-it
    /// lacks.
    void noEscapeIsUnnecessary()
    {
        const auto texts = corpus();
        QTemporaryDir dir;
        QStringList files;
        QStringList what;
        std::vector<std::string> source;
        for (const auto &t : texts) {
            const std::string md = reports::markdownEscape(t);
            for (std::size_t i = 0; i + 1 < md.size(); ++i) {
                if (md[i] != '\\' || !isAsciiPunct(md[i + 1]))
                    continue;
                const char c = md[i + 1];
                const bool paired = std::string_view("`*_~$[]").find(c) != std::string::npos;
                // A backslash before another escape: dropping it frees that escape's character,
                // which is a paired delimiter or shows the same.
                const bool beforeEscape = c == '\\' && md[i + 2] == '\\';
                if (!paired && !beforeEscape && i + 2 < md.size()) {
                    files << write(dir, QStringLiteral("v%1.md").arg(files.size()),
                        inContexts(md.substr(0, i) + md.substr(i + 1)));
                    source.push_back(t);
                    what << QString::fromStdString(t) + QStringLiteral(" @%1 ").arg(i)
                            + QLatin1Char(c);
                }
                ++i;
            }
        }
        qInfo("%lld escapes checked", qlonglong(files.size()));
        QVERIFY(files.size() > 10);
        const QJsonArray out = render(files);
        QCOMPARE(out.size(), files.size());
        for (int i = 0; i < files.size(); ++i)
            QVERIFY2(!rendersAs(out[i].toObject(), plain(source[std::size_t(i)]), nullptr),
                qPrintable(QStringLiteral("unnecessary escape: ") + what[i]));
    }

    void commonTextStaysUnescaped()
    {
        for (const char *s : { "ap-southeast-2", "eu-west-3", "(prod)", "a_b", "x+y", "Hello!",
                 "10.0.0.0/16", "snake_case_name", "C# #1", "v1.2.3", "AT&T", "key: value", "a < b",
                 "a <5 ms", "a * b", "50%", "'quoted' \"text\"", "{braces}", "order-processor ALB",
                 "e-mail/SMS", "1.5 GB", "-> ALB", "Managem…" }) {
            const std::string mid = std::string("in ") + s + " now";
            QCOMPARE(
                QString::fromStdString(reports::markdownEscape(mid)), QString::fromStdString(mid));
        }
    }

    /// Every generated README and validation report: model text appears verbatim in the rendered
    /// text, no HTML, link or foreign image gets through, the Mermaid block is the Mermaid
    /// exporter's text, and under 5 % of punctuation is escaped.
    void documentsRender()
    {
        struct Doc
        {
            QString name;
            std::string markdown;
            std::vector<std::string> mustShow; ///< always in the rendered text
            std::vector<std::string> mayShow; ///< in the rendered text when written at all
            std::string flowchart; ///< empty for validation reports
        };
        std::vector<Doc> docs;
        std::vector<std::pair<QString, Model>> models;
        for (const auto &[stem, path] : testing::templateFiles())
            models.emplace_back(stem, loadTemplate(path));
        models.emplace_back(QStringLiteral("hostile"), testmodels::hostile());
        for (const auto &[name, model] : models) {
            const testing::PreparedInput in(model, "2025-01-31");
            const auto mmd = exporters::MermaidExporter().generate(in, {});
            QVERIFY(!mmd.files.empty());
            docs.push_back({ name + QStringLiteral("/README.md"),
                exporters::architectureDocument(in, "2025-01-31"), {}, textsOf(model),
                mmd.files.front().bytes });
            docs.back().mustShow.push_back(model.name.empty() ? "Architecture" : model.name);
            for (const auto &a : model.accounts)
                docs.back().mustShow.push_back(a.id);
            reports::ReportInput report;
            report.registry = &rules::builtinRegistry();
            report.showSuppressed = true;
            report.files.push_back(
                { model.sourceFile.empty() ? name.toStdString() + ".yaml" : model.sourceFile,
                    in.report, model.name });
            std::vector<std::string> shown { model.name };
            for (const auto &f : in.report.findings)
                shown.insert(shown.end(), { f.message, f.fix, f.target });
            docs.push_back({ name + QStringLiteral("/report.md"), reports::markdownReport(report),
                shown, {} });
        }
        QTemporaryDir dir;
        QStringList files;
        for (std::size_t i = 0; i < docs.size(); ++i)
            files << write(dir, QStringLiteral("d%1.md").arg(i), docs[i].markdown);
        const QJsonArray out = render(files);
        QCOMPARE(out.size(), files.size());
        for (std::size_t i = 0; i < docs.size(); ++i) {
            const Doc &d = docs[i];
            const QJsonObject r = out[int(i)].toObject();
            QVERIFY2(r[QStringLiteral("html")].toArray().isEmpty(), qPrintable(d.name));
            QVERIFY2(r[QStringLiteral("links")].toArray().isEmpty(), qPrintable(d.name));
            const QJsonArray images = r[QStringLiteral("images")].toArray();
            QVERIFY2(images.size() == (d.flowchart.empty() ? 0 : 1), qPrintable(d.name));
            if (!images.isEmpty())
                QCOMPARE(images[0].toString(), QStringLiteral("architecture.png"));
            QString shown;
            for (const auto &b : r[QStringLiteral("blocks")].toArray()) {
                const QJsonObject o = b.toObject();
                QVERIFY2(!o[QStringLiteral("marks")].toArray().contains(QStringLiteral("html")),
                    qPrintable(d.name));
                shown += o[QStringLiteral("text")].toString() + QLatin1Char('\n');
            }
            for (const auto &t : d.mustShow)
                QVERIFY2(
                    shown.contains(plain(t)), qPrintable(d.name + QStringLiteral(": ") + plain(t)));
            const QJsonArray fences = r[QStringLiteral("fences")].toArray();
            if (!d.flowchart.empty()) {
                QVERIFY2(fences.size() == 1, qPrintable(d.name));
                QCOMPARE(fences[0].toObject()[QStringLiteral("info")].toString(),
                    QStringLiteral("mermaid"));
                QCOMPARE(fences[0].toObject()[QStringLiteral("content")].toString(),
                    QString::fromStdString(d.flowchart));
            } else
                QVERIFY2(fences.isEmpty(), qPrintable(d.name));
            const auto [escapes, punct] = escapeCount(d.markdown);
            // The hostile model is made of syntax: it must stay safe, not sparse.
            if (d.name.startsWith(QStringLiteral("hostile/")))
                continue;
            QVERIFY2(escapes * 20 < punct,
                qPrintable(d.name + QStringLiteral(": %1 of %2 escaped").arg(escapes).arg(punct)));
        }
    }
};

QTEST_MAIN(TestMarkdown)
#include "tst_markdown.moc"
