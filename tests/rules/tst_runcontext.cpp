// SPDX-License-Identifier: MIT
// The run context: which rules configuration is in force for a design (project file found from
// the design's folder or given explicitly, merged under the document's `rules:`), its errors,
// and what disabling a constraint means.
#include "io/document.h"
#include "rules/runcontext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw;
using namespace cw::rules;

namespace {

const QString kFixtures = QStringLiteral(CW_TEST_DIR "/fixtures");

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray fixture(const char *rule)
{
    QFile f(kFixtures + QLatin1Char('/') + QLatin1String(rule)
        + QStringLiteral("/fail.cloudwright.yaml"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::vector<const Finding *> byRule(const Report &r, const std::string &id)
{
    std::vector<const Finding *> out;
    for (const auto &f : r.findings)
        if (f.ruleId == id)
            out.push_back(&f);
    return out;
}

Model load(const QString &path)
{
    auto r = io::loadFile(path.toStdString());
    if (!r.model)
        qFatal("cannot load %s", qPrintable(path));
    return *r.model;
}

} // namespace

class tst_RunContext : public QObject
{
    Q_OBJECT
private slots:
    void findsTheNearestProjectFile()
    {
        QTemporaryDir tmp;
        const QString root = tmp.path();
        QDir().mkpath(root + QStringLiteral("/.git"));
        write(root + QStringLiteral("/cloudwright.rules.yaml"), "disable: [OPS-006]\n");
        const QString design = root + QStringLiteral("/a/b/d.cloudwright.yaml");
        write(design, "cloudwright: 1\n");
        QCOMPARE(QString::fromStdString(findProjectRules(design.toStdString())),
            root + QStringLiteral("/cloudwright.rules.yaml"));
        // A nearer folder's file wins; .json counts too.
        write(root + QStringLiteral("/a/cloudwright.rules.json"), "{}");
        QCOMPARE(QString::fromStdString(findProjectRules(design.toStdString())),
            root + QStringLiteral("/a/cloudwright.rules.json"));
        // The search stops at the repository root (.git): a file above it is someone else's.
        QDir().mkpath(root + QStringLiteral("/a/b/.git"));
        QVERIFY(findProjectRules(design.toStdString()).empty());
        QVERIFY(findProjectRules("").empty());
    }

    void documentWinsOverProjectFile()
    {
        QTemporaryDir tmp;
        const QString design = tmp.filePath(QStringLiteral("d.cloudwright.yaml"));
        write(design,
            fixture("REL-001")
                + "rules:\n  severity: { REL-001: low }\n  options: { REL-004.include_staging: 1 "
                  "}\n");
        write(tmp.filePath(QStringLiteral("cloudwright.rules.yaml")),
            "disable: [OPS-006]\nseverity: { REL-001: critical }\n");
        const Model m = load(design);
        const RunResult run = runRules(m, { .designPath = design.toStdString() });
        QVERIFY(run.effective.ok());
        QCOMPARE(QString::fromStdString(run.effective.projectFile),
            tmp.filePath(QStringLiteral("cloudwright.rules.yaml")));
        QVERIFY(run.effective.config.isDisabled("OPS-006"));
        QVERIFY(run.effective.config.severities.at("REL-001").first == Severity::Low);
        QCOMPARE(run.effective.config.options.at("REL-004.include_staging").first, 1.0);
        QVERIFY(!byRule(run.report, "REL-001").empty());
        for (const auto *f : byRule(run.report, "REL-001"))
            QVERIFY(f->severity == Severity::Low);
        QVERIFY(byRule(run.report, "OPS-006").empty());
        // Without the design's path the project file is not found: the defaults are back.
        const RunResult bare = runRules(m, {});
        QVERIFY(!bare.effective.config.isDisabled("OPS-006"));
        // An explicit file replaces the lookup.
        const QString other = tmp.filePath(QStringLiteral("other.yaml"));
        write(other, "severity: { NET-008: info }\n");
        const RunResult explicitRun = runRules(
            m, { .designPath = design.toStdString(), .configFile = other.toStdString() });
        QVERIFY(!explicitRun.effective.config.isDisabled("OPS-006"));
        QVERIFY(explicitRun.effective.config.severities.count("NET-008"));
    }

    void errorsHaveTheirPosition()
    {
        QTemporaryDir tmp;
        const QString design = tmp.filePath(QStringLiteral("d.cloudwright.yaml"));
        write(design, fixture("REL-001") + "rules:\n  disable: [REL-0O1]\n");
        write(tmp.filePath(QStringLiteral("cloudwright.rules.yaml")),
            "severity: { NET-003: severe }\n");
        const RunResult run = runRules(load(design), { .designPath = design.toStdString() });
        QCOMPARE(run.effective.errors.size(), std::size_t(2));
        QVERIFY2(QString::fromStdString(run.effective.errors[0])
                     .startsWith(tmp.filePath(QStringLiteral("cloudwright.rules.yaml:1:"))),
            run.effective.errors[0].c_str());
        QVERIFY2(QString::fromStdString(run.effective.errors[1]).startsWith(design + ':'),
            run.effective.errors[1].c_str());
        QVERIFY(QString::fromStdString(run.effective.errors[1])
                    .contains(QStringLiteral("did you mean 'REL-001'?")));
        // The valid choices still apply; the report exists.
        QVERIFY(!run.report.findings.empty());
        // A project file that does not parse is an error too, with its position.
        write(tmp.filePath(QStringLiteral("cloudwright.rules.yaml")), "disable: [\n");
        const RunResult broken = runRules(load(design), { .designPath = design.toStdString() });
        QVERIFY(!broken.effective.ok());
    }

    void disablingAConstraintIsIgnored()
    {
        // NET-003 is a constraint: like a waiver (SUP-003), `disable:` cannot lift it, so the
        // designer, validate and the export gate all still see it.
        QTemporaryDir tmp;
        const QString design = tmp.filePath(QStringLiteral("d.cloudwright.yaml"));
        write(design, fixture("NET-003") + "rules:\n  disable: [NET-003, OPS-006]\n");
        const RunResult run = runRules(load(design), { .designPath = design.toStdString() });
        QVERIFY(run.effective.ok());
        QVERIFY(!run.effective.config.isDisabled("NET-003"));
        QVERIFY(run.effective.config.ignoredDisables.count("NET-003"));
        QVERIFY(run.effective.config.isDisabled("OPS-006"));
        QCOMPARE(byRule(run.report, "NET-003").size(), std::size_t(2));
        const auto sup = byRule(run.report, "SUP-003");
        QCOMPARE(sup.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(sup[0]->message)
                     .startsWith(QStringLiteral("disabling NET-003 is ignored")),
            sup[0]->message.c_str());
        QVERIFY(sup[0]->loc.valid()); // points at the document's `disable:` entry
        // From a project file the message names the file and its line.
        write(design, fixture("NET-003"));
        write(tmp.filePath(QStringLiteral("cloudwright.rules.yaml")), "disable: [NET-003]\n");
        const RunResult project = runRules(load(design), { .designPath = design.toStdString() });
        const auto fromProject = byRule(project.report, "SUP-003");
        QCOMPARE(fromProject.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(fromProject[0]->message)
                     .contains(tmp.filePath(QStringLiteral("cloudwright.rules.yaml:1:"))),
            fromProject[0]->message.c_str());
    }
};

QTEST_GUILESS_MAIN(tst_RunContext)
#include "tst_runcontext.moc"
