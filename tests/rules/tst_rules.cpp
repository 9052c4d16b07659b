// SPDX-License-Identifier: MIT
#include "io/document.h"
#include "rules/engine.h"

#include <QDir>
#include <QFile>
#include <QtTest>
#include <algorithm>

using namespace cw;

namespace {

const QString kFixtures = QStringLiteral(CW_TEST_DIR "/fixtures");
constexpr const char *kToday = "2026-06-01"; // fixtures with expiries are written against this

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList out;
    for (const auto &line : QString::fromUtf8(f.readAll()).split('\n'))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

} // namespace

/// The data-driven rule test: every rule has a fixture that must fire it (on exactly the
/// elements listed in fail.expected) and one that must not.
class tst_Rules : public QObject
{
    Q_OBJECT
private slots:
    void everyRuleHasFixtures()
    {
        for (const auto &rule : rules::builtinRegistry().rules()) {
            const QString dir = kFixtures + '/' + QString::fromStdString(rule->meta().id);
            for (const char *name :
                { "/pass.cloudwright.yaml", "/fail.cloudwright.yaml", "/fail.expected" })
                QVERIFY2(QFile::exists(dir + name), qPrintable("missing " + dir + name));
        }
    }

    void fixture_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("mustFire");
        for (const auto &rule : rules::builtinRegistry().rules()) {
            const auto id = QString::fromStdString(rule->meta().id);
            QTest::newRow(qPrintable(id + " pass")) << id << false;
            QTest::newRow(qPrintable(id + " fail")) << id << true;
        }
    }

    void fixture()
    {
        QFETCH(QString, rule);
        QFETCH(bool, mustFire);
        const QString path = kFixtures + '/' + rule
            + (mustFire ? "/fail.cloudwright.yaml" : "/pass.cloudwright.yaml");
        const auto loaded = io::loadFile(path.toStdString());
        QString errors;
        for (const auto &e : loaded.errors)
            errors += QString::fromStdString(e.format()) + '\n';
        QVERIFY2(loaded.model, qPrintable(errors));

        const auto report = rules::Engine().run(*loaded.model, { .today = kToday });
        QStringList targets;
        QString messages;
        for (const auto &f : report.findings)
            if (f.ruleId == rule.toStdString()) {
                targets << QString::fromStdString(f.target);
                messages += QString::fromStdString(f.message) + '\n';
                QVERIFY2(f.loc.valid(), qPrintable("finding without position: " + messages));
                QVERIFY(!f.message.empty() && !f.fix.empty());
            }
        QStringList expected;
        if (mustFire)
            expected = readLines(kFixtures + '/' + rule + "/fail.expected");
        targets.sort();
        expected.sort();
        QVERIFY2(!mustFire || !expected.isEmpty(), "fail.expected lists no element");
        QVERIFY2(targets == expected,
            qPrintable("expected [" + expected.join(", ") + "] got [" + targets.join(", ") + "]\n"
                + messages));
    }

    void metadataComplete()
    {
        for (const auto &rule : rules::builtinRegistry().rules()) {
            const auto &m = rule->meta();
            const QString id = QString::fromStdString(m.id);
            QVERIFY2(
                QRegularExpression("^[A-Z]{3,4}-\\d{3}$").match(id).hasMatch(), qPrintable(id));
            QVERIFY2(
                !m.title.empty() && !m.rationale.empty() && !m.remediation.empty(), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Rules)
#include "tst_rules.moc"
