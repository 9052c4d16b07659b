// SPDX-License-Identifier: MIT
// Autosave and crash recovery: a child process (this executable with --child) edits a design
// and is killed with SIGKILL; a new session finds its recovery file and restores the design
// with nothing lost beyond the autosave interval.
#include "commands/fieldcommands.h"
#include "common/templatestore.h"
#include "document.h"
#include "io/document.h"
#include "recovery.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <cstring>

using namespace cw;
using namespace cw::gui;

namespace {

constexpr int kInterval = 300; // ms from a change to its recovery copy
constexpr int kEditEvery = 40;

/// The crashing session: one edit every kEditEvery ms, each printed with its time.
int child(const QString &dir)
{
    Document doc;
    if (!doc.newFromTemplate("innovate-inc"))
        return 2;
    Recovery recovery(&doc, dir);
    recovery.setIntervalMs(kInterval);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&recovery, &Recovery::autosaved, [&] {
        std::printf("saved %lld\n", static_cast<long long>(clock.elapsed()));
        std::fflush(stdout);
    });
    int i = 0;
    QTimer edits;
    QObject::connect(&edits, &QTimer::timeout, [&] {
        ++i;
        doc.undoStack()->push(new SetDocumentFieldCommand(&doc, "name", QString("edit-%1").arg(i)));
        std::printf("edit %d %lld\n", i, static_cast<long long>(clock.elapsed()));
        std::fflush(stdout);
    });
    edits.start(kEditEvery);
    return QCoreApplication::exec();
}

} // namespace

class tst_Recovery : public QObject
{
    Q_OBJECT

private slots:
    void killedSessionIsRecovered();
    void liveSessionsAreNotOffered();
    void saveAndCleanExitRemoveTheFile();
};

void tst_Recovery::killedSessionIsRecovered()
{
    QTemporaryDir dir;
    QProcess proc;
    proc.start(QCoreApplication::applicationFilePath(), { "--child", dir.path() });
    QVERIFY(proc.waitForStarted());
    QMap<int, qint64> editTimes;
    int saves = 0;
    QElapsedTimer t;
    t.start();
    QByteArray buffered;
    auto readLines = [&] {
        buffered += proc.readAllStandardOutput();
        int nl;
        while ((nl = buffered.indexOf('\n')) >= 0) {
            const auto parts = buffered.left(nl).split(' ');
            buffered.remove(0, nl + 1);
            if (parts.value(0) == "edit")
                editTimes[parts.value(1).toInt()] = parts.value(2).toLongLong();
            else if (parts.value(0) == "saved")
                ++saves;
        }
    };
    // Let it edit through a few autosaves, then kill it mid-flight.
    while ((saves < 3 || editTimes.size() < 30) && t.elapsed() < 20000) {
        proc.waitForReadyRead(100);
        readLines();
    }
    QVERIFY2(saves >= 3, "the child autosaved");
    proc.kill();
    QVERIFY(proc.waitForFinished());
    readLines();
    QCOMPARE(proc.exitStatus(), QProcess::CrashExit);
    const int last = editTimes.lastKey();

    Document doc;
    Recovery recovery(&doc, dir.path());
    const auto pending = recovery.pending();
    QCOMPARE(pending.size(), 1);
    QVERIFY(recovery.recover(0));
    QVERIFY(doc.isModified());
    QVERIFY(doc.title().contains('*'));
    const QString name = QString::fromStdString(doc.model().name);
    QVERIFY(name.startsWith("edit-"));
    const int recovered = name.mid(5).toInt();
    const qint64 lost = editTimes.value(last) - editTimes.value(recovered);
    QVERIFY2(lost <= kInterval + 2 * kEditEvery,
        qPrintable(QString("recovered edit %1 of %2: %3 ms of work lost")
                       .arg(recovered)
                       .arg(last)
                       .arg(lost)));
    // The rest of the design is intact.
    Document original;
    QVERIFY(original.newFromTemplate("innovate-inc"));
    original.edit().name = doc.model().name;
    QVERIFY(sameContent(original.model(), doc.model()));
    // Taken over: the old file is gone and nothing else is offered.
    QVERIFY(recovery.pending().isEmpty());
}

void tst_Recovery::liveSessionsAreNotOffered()
{
    QTemporaryDir dir;
    Document a;
    QVERIFY(a.newFromTemplate("blank-aws"));
    Recovery ra(&a, dir.path());
    a.undoStack()->push(new SetFieldCommand(&a, "aws-account", "name", "Changed"));
    ra.writeNow();
    QVERIFY(QFile::exists(ra.ownFile()));
    Document b;
    Recovery rb(&b, dir.path());
    QVERIFY2(rb.pending().isEmpty(), "this process is alive: its file is not offered");
}

void tst_Recovery::saveAndCleanExitRemoveTheFile()
{
    QTemporaryDir dir;
    Document doc;
    QVERIFY(doc.newFromTemplate("blank-azure"));
    Recovery r(&doc, dir.path());
    r.setIntervalMs(50);
    QSignalSpy saved(&r, &Recovery::autosaved);
    doc.undoStack()->push(new SetDocumentFieldCommand(&doc, "name", "Changed"));
    QVERIFY(saved.wait(3000));
    QVERIFY(QFile::exists(r.ownFile()));
    QVERIFY(doc.saveAs(dir.filePath("saved.cloudwright.yaml")));
    QVERIFY2(!QFile::exists(r.ownFile()), "a save makes the recovery copy pointless");
    doc.undoStack()->push(new SetDocumentFieldCommand(&doc, "name", "Changed again"));
    QVERIFY(saved.wait(3000));
    r.clearOwn();
    QVERIFY(!QFile::exists(r.ownFile()));
}

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return child(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    tst_Recovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
