// SPDX-License-Identifier: MIT
#include "goldens.h"

#include "common/safepath.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>

namespace cw::testing {

QString goldenDir(const QString &model, const QString &format)
{
    return QStringLiteral(CW_TEST_DIR "/golden/") + model + QLatin1Char('/') + format;
}

static QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

QString compareWithGolden(const exporters::ExportResult &result, const QString &dir)
{
    if (qEnvironmentVariableIntValue("CW_UPDATE_GOLDEN") == 1) {
        QDir(dir).removeRecursively();
        std::string error;
        if (!exporters::writeOutput(result, dir.toStdString(), &error))
            return QString::fromStdString(error);
        return {};
    }
    QStringList expected = filesUnder(dir);
    QStringList actual;
    for (const auto &f : result.files)
        actual << QString::fromStdString(f.path);
    actual.sort();
    if (expected != actual)
        return QStringLiteral("file list differs from %1:\n  golden: %2\n  actual: %3\n(regenerate "
                              "with CW_UPDATE_GOLDEN=1)")
            .arg(dir, expected.join(QLatin1String(", ")), actual.join(QLatin1String(", ")));
    for (const auto &f : result.files) {
        QFile file(dir + QLatin1Char('/') + QString::fromStdString(f.path));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read golden %1").arg(file.fileName());
        const QByteArray golden = file.readAll();
        const QByteArray bytes = QByteArray::fromStdString(f.bytes);
        if (golden == bytes)
            continue;
        const auto gl = golden.split('\n');
        const auto al = bytes.split('\n');
        for (qsizetype i = 0; i < std::max(gl.size(), al.size()); ++i) {
            if (gl.value(i) != al.value(i))
                return QStringLiteral(
                    "%1:%2 differs from the golden file\n  golden: %3\n  actual: %4\n"
                    "(regenerate with CW_UPDATE_GOLDEN=1 after checking the change)")
                    .arg(file.fileName())
                    .arg(i + 1)
                    .arg(QString::fromUtf8(gl.value(i)), QString::fromUtf8(al.value(i)));
        }
    }
    return {};
}

QList<QPair<QString, QString>> templateFiles()
{
    QList<QPair<QString, QString>> out;
    const QDir dir(QStringLiteral(CW_SOURCE_DIR "/templates"));
    for (const auto &name :
        dir.entryList({ QStringLiteral("*.cloudwright.yaml") }, QDir::Files, QDir::Name))
        out.append(
            { name.left(name.size() - int(sizeof(".cloudwright.yaml")) + 1), dir.filePath(name) });
    return out;
}

int runHclCheck(const QStringList &files, QString *output, QByteArray *json)
{
    const QString root = QStringLiteral(CW_SOURCE_DIR);
    if (!QFile::exists(root + QStringLiteral("/node_modules/@cdktf/hcl2json/package.json"))
        || !QFile::exists(root + QStringLiteral("/node_modules/@cdktf/hcl-tools/package.json"))) {
        *output
            = QStringLiteral("the HCL checkers are not installed: run `npm ci` in %1").arg(root);
        return -1;
    }
    QProcess node;
    node.setWorkingDirectory(root);
    QStringList args { root + QStringLiteral("/tools/hclcheck.mjs") };
    if (json)
        args << QStringLiteral("--json");
    node.start(QStringLiteral("node"), args + files);
    if (!node.waitForStarted(30000)) {
        *output = QStringLiteral("cannot start node: %1").arg(node.errorString());
        return -1;
    }
    node.waitForFinished(600000);
    const QByteArray out = node.readAllStandardOutput();
    *output = QString::fromUtf8(node.readAllStandardError());
    if (json)
        *json = out;
    else
        output->prepend(QString::fromUtf8(out));
    return node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
}

QStringList writeAll(
    const exporters::ExportResult &result, const QString &dir, const QString &suffix)
{
    std::string error;
    if (!exporters::writeOutput(result, dir.toStdString(), &error))
        qWarning("writeOutput failed: %s", error.c_str());
    QStringList out;
    for (const auto &f : result.files) {
        const QString path = dir + QLatin1Char('/') + QString::fromStdString(f.path);
        if (path.endsWith(suffix))
            out << path;
    }
    return out;
}

} // namespace cw::testing
