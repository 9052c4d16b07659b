// SPDX-License-Identifier: MIT
#include "net/cidr.h"
#include "oraclecases.h"

#include <QtTest>
#include <map>

namespace {

constexpr std::uint64_t kSeed = 0xC1D20002;
constexpr int kCasesPerOpAndFamily = 10000;

/// Tallies per operation and family, to prove the random cases reach what they should.
struct Tally
{
    int cases = 0;
    int mismatches = 0;
    int hits = 0; ///< accepted / contained / found / has pairs, depending on the operation
    int misses = 0; ///< refused / disjoint / none / no pairs
    int deep = 0; ///< non-canonical accepted / both ways / moved past used / >= 3 pairs
};

QString caseText(const cwtest::OracleCase &c)
{
    QString input = QString::fromStdString(c.input);
    return input.replace(u'\t', QStringLiteral(" | "));
}

/// Classifies one answer for the coverage tallies.
void count(Tally &t, const cwtest::OracleCase &c)
{
    const std::string &a = c.answer;
    switch (c.op) {
    case 'P':
        (a == "err" ? t.misses : t.hits)++;
        if (a.starts_with("ok") && a[a.size() - 3] == '0')
            t.deep++;
        break;
    case 'C':
    case 'O':
        (a == "0 0" ? t.misses : t.hits)++;
        if (a == "1 1")
            t.deep++;
        break;
    case 'N': {
        if (a == "none") {
            t.misses++;
            break;
        }
        t.hits++;
        const QStringList f = QString::fromStdString(c.input).split(u'\t');
        const auto range = cw::net::Cidr::parse(f[1].toStdString());
        const auto address = [](const std::string &s) { return s.substr(0, s.find('/')); };
        if (range && address(a) != address(range->first().toString()))
            t.deep++;
        break;
    }
    case 'F':
        (a == "-" ? t.misses : t.hits)++;
        if (std::count(a.begin(), a.end(), '-') >= 3)
            t.deep++;
        break;
    case 'K': {
        const QStringList found = QString::fromStdString(a).split(u' ');
        const bool missing = found.contains(QStringLiteral("-1"));
        const bool some = found.count(QStringLiteral("-1")) < found.size();
        t.hits += some;
        t.misses += missing;
        t.deep += some && missing;
        break;
    }
    default: // 'B', 'U': no outcome to balance
        t.hits++;
        break;
    }
}

} // namespace

/// Differential test: every CIDR operation against Python's ipaddress on random cases.
class tst_CidrOracle : public QObject
{
    Q_OBJECT
private slots:
    void againstPython()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not on PATH; this differential test needs it");
        QElapsedTimer timer;
        timer.start();
        const std::vector<cwtest::OracleCase> cases
            = cwtest::makeOracleCases(kSeed, kCasesPerOpAndFamily);
        const qint64 generated = timer.elapsed();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString in = dir.filePath(QStringLiteral("cases.tsv"));
        const QString out = dir.filePath(QStringLiteral("answers.txt"));
        {
            QFile file(in);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray data;
            for (const auto &c : cases)
                data += QByteArray::fromStdString(c.input) + '\n';
            QCOMPARE(file.write(data), qint64(data.size()));
        }
        // To rerun the oracle by hand: CW_ORACLE_DUMP=/some/dir keeps the input there.
        if (const QString keep = qEnvironmentVariable("CW_ORACLE_DUMP"); !keep.isEmpty())
            QFile::copy(in, QDir(keep).filePath(QStringLiteral("cases.tsv")));
        QProcess oracle;
        oracle.start(python, { QStringLiteral(CW_TEST_DIR "/cidr_oracle.py"), in, out });
        QVERIFY2(oracle.waitForFinished(120000), "the Python oracle did not finish in 120 s");
        QVERIFY2(oracle.exitStatus() == QProcess::NormalExit && oracle.exitCode() == 0,
            oracle.readAllStandardError().constData());
        const qint64 oracleDone = timer.elapsed();

        QFile answers(out);
        QVERIFY(answers.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = answers.readAll().split('\n');
        QCOMPARE(lines.size(), qsizetype(cases.size()) + 1); // the last line ends with '\n'

        std::map<std::pair<char, bool>, Tally> tallies;
        QStringList report;
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const auto &c = cases[i];
            Tally &t = tallies[{ c.op, c.v6 }];
            t.cases++;
            count(t, c);
            const QByteArray expected = lines[qsizetype(i)];
            if (expected == QByteArray::fromStdString(c.answer))
                continue;
            t.mismatches++;
            if (report.size() < 12)
                report << QStringLiteral(
                    "line %1: %2\n      python:      %3\n      cloudwright: %4")
                              .arg(i + 1)
                              .arg(caseText(c), QString::fromUtf8(expected),
                                  QString::fromStdString(c.answer));
        }

        int mismatches = 0;
        qInfo("op fam   cases mismatch   hits misses   deep");
        for (const auto &[key, t] : tallies) {
            qInfo("%c  v%c   %6d %8d %6d %6d %6d", key.first, key.second ? '6' : '4', t.cases,
                t.mismatches, t.hits, t.misses, t.deep);
            mismatches += t.mismatches;
        }
        qInfo("generate %lld ms, python %lld ms, total %lld ms", generated, oracleDone - generated,
            timer.elapsed());
        for (const QString &r : report)
            qWarning("%s", qPrintable(r));
        QVERIFY2(mismatches == 0,
            qPrintable(QStringLiteral("%1 mismatches (first ones above)").arg(mismatches)));

        // The cases must reach both outcomes of every operation, or agreement proves little.
        QCOMPARE(int(tallies.size()), 16);
        for (const auto &[key, t] : tallies) {
            const QString what = QStringLiteral("%1 v%2").arg(key.first).arg(key.second ? 6 : 4);
            QVERIFY2(t.cases >= 10000, qPrintable(what + ": fewer than 10,000 cases"));
            if (key.first == 'B' || key.first == 'U')
                continue;
            QVERIFY2(t.hits >= t.cases / 10, qPrintable(what + ": too few positive outcomes"));
            QVERIFY2(t.misses >= t.cases / 50, qPrintable(what + ": too few negative outcomes"));
            QVERIFY2(t.deep >= t.cases / 20, qPrintable(what + ": too few deep cases"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CidrOracle)
#include "tst_cidr_oracle.moc"
