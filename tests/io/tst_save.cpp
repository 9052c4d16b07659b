// SPDX-License-Identifier: MIT
#include "io/document.h"
#include "iotestsupport.h"

#include <QtTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cw;
using namespace cw::io;

namespace {

Model smallModel(const std::string &name)
{
    Model m;
    m.name = name;
    External e;
    e.id = "users";
    m.externals.push_back(e);
    return m;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({ "*.tmp-*" }, QDir::Files | QDir::Hidden);
}

} // namespace

/// Atomic saves: the previous version is kept as .bak, and a failed save leaves the old file.
class tst_Save : public QObject
{
    Q_OBJECT
private slots:
    void keepsBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("shop.cloudwright.yaml");
        std::string error;
        QVERIFY2(saveFile(smallModel("first"), path.toStdString(), &error), error.c_str());
        QVERIFY(!QFile::exists(path + ".bak")); // nothing to keep the first time
        QVERIFY2(saveFile(smallModel("second"), path.toStdString(), &error), error.c_str());
        QCOMPARE(readAll(path + ".bak"),
            QByteArray::fromStdString(saveText(smallModel("first"), Format::Yaml)));
        QCOMPARE(
            readAll(path), QByteArray::fromStdString(saveText(smallModel("second"), Format::Yaml)));
        QVERIFY(leftovers(dir.path()).isEmpty());

        const LoadResult r = loadFile(path.toStdString(), testCatalog());
        QVERIFY2(r.model, qPrintable(errorText(r)));
        QCOMPARE(qs(r.model->name), QString("second"));
    }

    void formatFromNameOrArgument()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath("a.cloudwright.json");
        QVERIFY(saveFile(smallModel("x"), json.toStdString(), nullptr));
        QVERIFY(readAll(json).startsWith("{\n"));
        const QString forced = dir.filePath("b.cloudwright.yaml");
        QVERIFY(saveFile(smallModel("x"), forced.toStdString(), nullptr, Format::Json));
        QVERIFY(readAll(forced).startsWith("{\n"));
    }

    void keepsPermissionsAndFollowsLinks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("p.cloudwright.yaml");
        QVERIFY(saveFile(smallModel("1"), path.toStdString(), nullptr));
        QVERIFY(::chmod(path.toLocal8Bit().constData(), 0640) == 0);
        const QString link = dir.filePath("link.cloudwright.yaml");
        QVERIFY(QFile::link(path, link));
        QVERIFY(saveFile(smallModel("2"), link.toStdString(), nullptr));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(path), QByteArray::fromStdString(saveText(smallModel("2"), Format::Yaml)));
        struct stat st
        { };
        QVERIFY(::stat(path.toLocal8Bit().constData(), &st) == 0);
        QCOMPARE(int(st.st_mode & 0777), 0640);
    }

    void readOnlyDirectoryLeavesOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("ro.cloudwright.yaml");
        QVERIFY(saveFile(smallModel("old"), path.toStdString(), nullptr));
        const QByteArray before = readAll(path);
        QVERIFY(::chmod(dir.path().toLocal8Bit().constData(), 0555) == 0);

        // Root ignores directory permissions: try the save as an unprivileged user then.
        std::string error;
        bool ok = true;
        if (::geteuid() != 0) {
            ok = saveFile(smallModel("new"), path.toStdString(), &error);
        } else {
            int pipeFds[2];
            QVERIFY(::pipe(pipeFds) == 0);
            const pid_t child = ::fork();
            if (child == 0) {
                ::close(pipeFds[0]);
                std::string why;
                bool saved = true;
                if (::setgid(65534) == 0 && ::setuid(65534) == 0)
                    saved = saveFile(smallModel("new"), path.toStdString(), &why);
                else
                    why = "cannot drop privileges";
                [[maybe_unused]] ssize_t n = ::write(pipeFds[1], why.data(), why.size());
                ::_exit(saved ? 0 : 1);
            }
            ::close(pipeFds[1]);
            char buffer[1024];
            ssize_t n = 0;
            while ((n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0)
                error.append(buffer, std::size_t(n));
            ::close(pipeFds[0]);
            int status = 0;
            ::waitpid(child, &status, 0);
            ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        }
        ::chmod(dir.path().toLocal8Bit().constData(), 0755);
        QVERIFY(!ok);
        QVERIFY2(qs(error).contains("Permission denied"), error.c_str());
        QVERIFY2(qs(error).contains(".bak"), error.c_str()); // failed at keeping the backup
        QCOMPARE(readAll(path), before);
        QVERIFY(leftovers(dir.path()).isEmpty());
    }

    void failedWriteLeavesOldFile()
    {
        // A write that fails half-way (here: file size limit, as a full disk would) must remove
        // the temporary file and leave the target as it was. Works as root too.
        QTemporaryDir dir;
        const QString path = dir.filePath("big.cloudwright.yaml");
        QVERIFY(saveFile(smallModel("old"), path.toStdString(), nullptr));
        const QByteArray before = readAll(path);

        Model big = smallModel(std::string(100'000, 'x'));
        rlimit old {};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 4096;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        std::string error;
        const bool ok = saveFile(big, path.toStdString(), &error);
        ::setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!ok);
        QVERIFY2(qs(error).startsWith("cannot write '"), error.c_str());
        QVERIFY2(qs(error).endsWith(": File too large"), error.c_str());
        QCOMPARE(readAll(path), before);
        QCOMPARE(readAll(path + ".bak"), before);
        QVERIFY(leftovers(dir.path()).isEmpty());
    }

    void missingDirectory()
    {
        std::string error;
        QVERIFY(!writeFileAtomic("/nonexistent-dir/x.yaml", "x", &error));
        QCOMPARE(qs(error),
            QString("cannot create a temporary file in '/nonexistent-dir': No such "
                    "file or directory"));
    }
};

QTEST_GUILESS_MAIN(tst_Save)
#include "tst_save.moc"
