// SPDX-License-Identifier: MIT
#include "common/gate.h"
#include "common/text.h"
#include "goldens.h"
#include "io/document.h"
#include "preparedinput.h"
#include "terraform/hcl.h"
#include "terraform/terraformexporter.h"
#include "testmodels.h"
#include "tfrefs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

using namespace cw;
using namespace cw::exporters;

namespace {

ExportResult exportTf(const Model &m)
{
    return testing::generateFor(TerraformExporter(), m, { .force = true, .values = {} });
}

QString errorsOf(const ExportResult &r)
{
    QStringList out;
    for (const auto &e : r.errors)
        out << QString::fromStdString(e);
    return out.join(QLatin1Char('\n'));
}

/// The models checked here: every template with an AWS account, plus the models built in code.
QList<QPair<QString, Model>> models()
{
    QList<QPair<QString, Model>> out;
    for (const auto &[stem, path] : testing::templateFiles()) {
        auto loaded = io::loadFile(path.toStdString());
        if (!loaded.model) {
            qWarning("template %s does not load: %s", qPrintable(path),
                loaded.errors.empty() ? "" : loaded.errors.front().format().c_str());
            continue;
        }
        if (std::any_of(loaded.model->accounts.begin(), loaded.model->accounts.end(),
                [](const Account &a) { return a.provider == Provider::Aws; }))
            out.append({ stem, *loaded.model });
    }
    out.append({ QStringLiteral("aws-showcase"), testmodels::awsShowcase() });
    out.append({ QStringLiteral("hostile"), testmodels::hostile() });
    return out;
}

/// Every value of a parsed JSON tree that is a string, with its path.
void strings(const QJsonValue &v, const QString &path, QList<QPair<QString, QString>> &out)
{
    if (v.isString())
        out.append({ path, v.toString() });
    else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            strings(a[i], path + QStringLiteral("[%1]").arg(i), out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            strings(it.value(), path + QLatin1Char('.') + it.key(), out);
    }
}

} // namespace

/// The Terraform exporter: golden files, determinism, HCL validity and fmt, escaping, the gate.
class tst_Terraform : public QObject
{
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto &[name, model] : models())
            QTest::newRow(qPrintable(name)) << name;
    }

    void golden()
    {
        QFETCH(QString, name);
        for (const auto &[n, model] : models()) {
            if (n != name)
                continue;
            const ExportResult r = exportTf(model);
            QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
            QVERIFY(!r.files.empty());
            const QString diff = testing::compareWithGolden(
                r, testing::goldenDir(name, QStringLiteral("terraform")));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    void deterministic()
    {
        for (const auto &[name, model] : models()) {
            const ExportResult a = exportTf(model);
            const Model copy = model;
            const ExportResult b = exportTf(copy);
            QCOMPARE(a.files.size(), b.files.size());
            for (std::size_t i = 0; i < a.files.size(); ++i) {
                QVERIFY2(a.files[i].path == b.files[i].path, qPrintable(name));
                QVERIFY2(a.files[i].bytes == b.files[i].bytes,
                    qPrintable(name + QLatin1Char(' ') + QString::fromStdString(a.files[i].path)));
            }
        }
    }

    /// Every .tf file of every model parses with HashiCorp's parser and is `terraform fmt`-clean.
    void hclValidAndFormatted()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QStringList files;
        for (const auto &[name, model] : models())
            files += testing::writeAll(exportTf(model), tmp.filePath(name), QStringLiteral(".tf"));
        QVERIFY(files.size() > 20);
        QString output;
        const int rc = testing::runHclCheck(files, &output);
        QVERIFY2(rc == 0, qPrintable(output));
    }

    /// Every reference resolves inside its module, as `terraform validate` would check.
    void referencesResolve()
    {
        for (const auto &[name, model] : models()) {
            std::map<std::string, std::string> files;
            for (const auto &f : exportTf(model).files)
                files[f.path] = f.bytes;
            const auto problems = testing::unresolvedTerraformReferences(files);
            QStringList lines;
            for (const auto &p : problems)
                lines << QString::fromStdString(p);
            QVERIFY2(problems.empty(),
                qPrintable(name + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))));
        }
        // The check itself catches a dangling reference, a missing variable and a missing alias.
        const auto bad = testing::unresolvedTerraformReferences({ { "m/a.tf",
            "resource \"aws_vpc\" \"a\" {\n  cidr_block = var.nope\n  tags = { Name = "
            "\"${aws_subnet.b.id} aws_vpc.c\" }\n}\n"
            "resource \"aws_eip\" \"e\" {\n  provider = aws.us_east_1\n}\n" } });
        QCOMPARE(int(bad.size()), 3);
    }

    /// A broken file must fail the check, or the check above proves nothing.
    void hclCheckRejects()
    {
        QTemporaryDir tmp;
        QFile bad(tmp.filePath(QStringLiteral("bad.tf")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("a = \"${x\n");
        bad.close();
        QFile unformatted(tmp.filePath(QStringLiteral("unformatted.tf")));
        QVERIFY(unformatted.open(QIODevice::WriteOnly));
        unformatted.write("a = 1\nbb = 2\n");
        unformatted.close();
        QString output;
        QCOMPARE(testing::runHclCheck({ bad.fileName() }, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("does not parse")), qPrintable(output));
        QCOMPARE(testing::runHclCheck({ unformatted.fileName() }, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("fmt-clean")), qPrintable(output));
    }

    /// Hostile names parse back to exactly the text the model holds, and add no block.
    void hostileRoundTrip()
    {
        const Model model = testmodels::hostile();
        const ExportResult r = exportTf(model);
        QVERIFY2(r.ok(), qPrintable(errorsOf(r)));
        for (const auto &f : r.files)
            QVERIFY2(
                f.path.find("..") == std::string::npos && f.path.front() != '/', f.path.c_str());
        QTemporaryDir tmp;
        const QStringList files = testing::writeAll(r, tmp.path(), QStringLiteral(".tf"));
        QString output;
        QByteArray json;
        QCOMPARE(testing::runHclCheck(files, &output, &json), 0);
        const QJsonObject parsed = QJsonDocument::fromJson(json).object();
        QVERIFY(!parsed.isEmpty());

        const QRegularExpression label(QStringLiteral("^[a-z_][a-z0-9_]*$"));
        int resources = 0;
        for (auto file = parsed.begin(); file != parsed.end(); ++file) {
            const QJsonObject top = file.value().toObject();
            for (auto kind = top.begin(); kind != top.end(); ++kind) {
                const QString k = kind.key();
                QVERIFY2(QStringList(
                             { "resource", "data", "variable", "output", "provider", "terraform" })
                             .contains(k),
                    qPrintable(file.key() + QStringLiteral(": unexpected top-level block ") + k));
                if (k != QLatin1String("resource") && k != QLatin1String("data"))
                    continue;
                const QJsonObject types = kind.value().toObject();
                for (auto type = types.begin(); type != types.end(); ++type) {
                    QVERIFY2(type.key().startsWith(QLatin1String("aws_")), qPrintable(type.key()));
                    for (const auto &name : type.value().toObject().keys()) {
                        QVERIFY2(label.match(name).hasMatch(),
                            qPrintable(type.key() + QLatin1Char('.') + name));
                        ++resources;
                    }
                }
            }
        }
        QVERIFY(resources > 100);

        // Planted text comes back as the same characters (template markers stay doubled in
        // hcl2json's output, which keeps Terraform's JSON template syntax).
        QList<QPair<QString, QString>> all;
        for (auto file = parsed.begin(); file != parsed.end(); ++file)
            strings(file.value(), file.key(), all);
        int found = 0;
        for (const auto &h : testmodels::hostileStrings()) {
            QString expected = QString::fromStdString(h);
            expected.replace(QStringLiteral("${"), QStringLiteral("$${"))
                .replace(QStringLiteral("%{"), QStringLiteral("%%{"));
            for (const auto &[path, value] : all)
                if (value == expected)
                    ++found;
        }
        QVERIFY2(
            found >= int(testmodels::hostileStrings().size()), qPrintable(QString::number(found)));

        // The README escapes Markdown: no live HTML tag or link.
        for (const auto &f : r.files) {
            if (!f.path.ends_with("README.md"))
                continue;
            const QString text = QString::fromStdString(f.bytes);
            QVERIFY2(
                !QRegularExpression(QStringLiteral("(^|[^\\\\])<script")).match(text).hasMatch(),
                f.path.c_str());
            QVERIFY2(!QRegularExpression(QStringLiteral("(^|[^\\\\])\\]\\(javascript:"))
                          .match(text)
                          .hasMatch(),
                f.path.c_str());
        }
    }

    /// Random text (every ASCII character, markers, random UTF-8, invalid bytes) survives the
    /// trip through hclString and HashiCorp's parser unchanged.
    void randomStringsRoundTrip()
    {
        std::mt19937 rng(20240611);
        const std::string alphabet = std::string("\"\\$%{}\n\r\t\x01\x7f'`<>|#=~ ab")
            + "\xc3\xa9\xe6\x97\xa5\xf0\x9f\x9a\x80";
        std::vector<std::string> values;
        exporters::hcl::File hclFile;
        exporters::hcl::Body &locals = hclFile.block("locals");
        for (int i = 0; i < 300; ++i) {
            std::string v;
            const int len = int(rng() % 24);
            for (int k = 0; k < len; ++k)
                v += alphabet[rng() % alphabet.size()];
            if (i % 10 == 0)
                v += "\xff"; // invalid UTF-8: becomes U+FFFD
            values.push_back(v);
            locals.attr("v" + std::to_string(i), exporters::hcl::Expr::str(v));
        }
        QTemporaryDir tmp;
        QFile f(tmp.filePath(QStringLiteral("values.tf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(hclFile.render()));
        f.close();
        QString output;
        QByteArray json;
        const int rc = testing::runHclCheck({ f.fileName() }, &output, &json);
        QVERIFY2(rc == 0, qPrintable(output));
        const QJsonObject parsed = QJsonDocument::fromJson(json)
                                       .object()
                                       .begin()
                                       .value()
                                       .toObject()
                                       .value(QStringLiteral("locals"))
                                       .toArray()
                                       .first()
                                       .toObject();
        for (int i = 0; i < 300; ++i) {
            QString expected = QString::fromStdString(validUtf8(values[std::size_t(i)]));
            expected.replace(QStringLiteral("${"), QStringLiteral("$${"))
                .replace(QStringLiteral("%{"), QStringLiteral("%%{"));
            QCOMPARE(parsed.value(QStringLiteral("v%1").arg(i)).toString(), expected);
        }
    }

    void gateRefusesConstraintFindings()
    {
        const Model m = testmodels::blocking();
        const testing::PreparedInput in(m);
        const auto blocking = blockingFindings(in.report);
        QVERIFY(!blocking.empty());
        const ExportResult refused = TerraformExporter().generate(in, {});
        QVERIFY(!refused.ok());
        QVERIFY(refused.files.empty());
        const QString errors = errorsOf(refused);
        QVERIFY2(
            errors.contains(QStringLiteral("blocking.cloudwright.yaml:42:11: error: [NET-003]")),
            qPrintable(errors));
        QVERIFY(refused.gated);
        // The gate names no CLI flag: the designer words the override its own way.
        QVERIFY2(!errors.contains(QStringLiteral("--force")), qPrintable(errors));
        const ExportResult forced
            = TerraformExporter().generate(in, { .force = true, .values = {} });
        QVERIFY2(forced.ok(), qPrintable(errorsOf(forced)));
        QVERIFY(!forced.files.empty());
        // A clean design passes the gate without force.
        const testing::PreparedInput clean(testmodels::awsShowcase());
        for (const auto &f : blockingFindings(clean.report))
            QFAIL(formatFinding(clean.model, f).c_str());
        QVERIFY(TerraformExporter().generate(clean, {}).ok());
    }

    void noAwsAccountIsAnError()
    {
        const ExportResult r = exportTf(testmodels::azureShowcase());
        QVERIFY(!r.ok());
        QVERIFY(r.files.empty());
    }

    void outputFilesMatchGenerate()
    {
        const Model m = testmodels::awsShowcase();
        const auto listed = TerraformExporter().outputFiles(m);
        const auto r = exportTf(m);
        QCOMPARE(listed.size(), r.files.size());
        for (std::size_t i = 0; i < listed.size(); ++i)
            QVERIFY(listed[i] == r.files[i].path);
    }

    /// The module structure the brief and HashiCorp's guide ask for.
    void moduleStructure()
    {
        const auto r = exportTf(testmodels::awsShowcase());
        std::map<std::string, std::string> files;
        for (const auto &f : r.files)
            files[f.path] = f.bytes;
        for (const char *name : { "versions.tf", "providers.tf", "variables.tf", "network.tf",
                 "compute.tf", "data.tf", "security.tf", "observability.tf", "edge.tf",
                 "management.tf", "outputs.tf", "README.md" })
            QVERIFY2(files.count(std::string("prod/") + name), name);
        QVERIFY(
            files["prod/versions.tf"].find("required_version = \">= 1.6\"") != std::string::npos);
        QVERIFY(files["prod/versions.tf"].find("version = \"~> 6.0\"") != std::string::npos);
        QVERIFY(QRegularExpression(QStringLiteral(R"(\n\s+ManagedBy\s+= "cloudwright"\n)"))
                    .match(QString::fromStdString(files["prod/providers.tf"]))
                    .hasMatch());
        QVERIFY(files["prod/providers.tf"].find("alias  = \"us_east_1\"") != std::string::npos);
        // No secret literal: databases let AWS manage the master password.
        QVERIFY(QRegularExpression(QStringLiteral(R"(\n\s+manage_master_user_password\s+= true\n)"))
                    .match(QString::fromStdString(files["prod/data.tf"]))
                    .hasMatch());
        QVERIFY(!QRegularExpression(QStringLiteral(R"(\n\s+(master_)?password\s+=)"))
                     .match(QString::fromStdString(files["prod/data.tf"]))
                     .hasMatch());
        // Only the public load balancer's listeners are open to the internet.
        const std::string &sec = files["prod/security.tf"];
        for (std::size_t pos = 0; (pos = sec.find("\"0.0.0.0/0\"", pos)) != std::string::npos;
             ++pos) {
            const std::size_t start = sec.rfind("resource \"", pos);
            const std::string block = sec.substr(start, sec.find('\n', start) - start);
            QVERIFY2(block.find("egress_rule") != std::string::npos
                    || block.find("\"web_alb_from_users_") != std::string::npos,
                block.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(tst_Terraform)
#include "tst_terraform.moc"
