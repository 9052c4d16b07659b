// SPDX-License-Identifier: MIT
#include "recovery.h"

#include "io/document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cerrno>
#include <csignal>

namespace cw::gui {
namespace {

const QString kSuffix = QStringLiteral(".cloudwright.yaml");

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

QString sidecar(const QString &file)
{
    return file + QStringLiteral(".json");
}

bool writeRecovery(const QString &file, const std::string &text, const QByteArray &meta)
{
    std::string error;
    if (!io::writeFileAtomic(file.toStdString(), text, &error))
        return false;
    return io::writeFileAtomic(sidecar(file).toStdString(),
        std::string_view(meta.constData(), std::size_t(meta.size())), &error);
}

} // namespace

Recovery::Recovery(Document *doc, const QString &dir, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_dir(dir.isEmpty() ? defaultDirectory() : dir)
{
    QDir().mkpath(m_dir);
    m_file = QDir(m_dir).filePath(QStringLiteral("session-%1-%2")
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(QDateTime::currentMSecsSinceEpoch())
        + kSuffix);
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultInterval());
    connect(&m_timer, &QTimer::timeout, this, &Recovery::autosave);
    connect(&m_writer, &QFutureWatcher<bool>::finished, this, [this] {
        if (m_writer.result())
            emit autosaved(m_file);
        if (m_writeAgain) {
            m_writeAgain = false;
            autosave();
        }
    });
    // The first change after a write arms the timer; later ones ride along.
    connect(doc, &Document::changed, this, [this] {
        if (!m_timer.isActive())
            m_timer.start();
    });
    connect(doc, &Document::modifiedChanged, this, [this] {
        if (!m_doc->isModified())
            clearOwn();
    });
    connect(doc, &Document::modelReset, this, [this] {
        m_timer.stop();
        if (m_doc->isModified())
            m_timer.start(); // a recovered design is unsaved: keep it safe
        else
            clearOwn();
    });
}

Recovery::~Recovery()
{
    m_writer.waitForFinished();
}

QString Recovery::defaultDirectory()
{
    const QString env = qEnvironmentVariable("CLOUDWRIGHT_RECOVERY_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/recovery");
}

int Recovery::defaultInterval()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("CLOUDWRIGHT_AUTOSAVE_MS", &ok);
    return ok && ms > 0 ? ms : 30000;
}

void Recovery::setIntervalMs(int ms)
{
    if (ms <= 0 || ms == m_timer.interval())
        return;
    m_timer.setInterval(ms);
    emit intervalChanged();
}

void Recovery::autosave()
{
    if (!m_doc->isModified())
        return;
    if (m_writer.isRunning()) {
        m_writeAgain = true;
        return;
    }
    // Serialising is the only GUI-thread work; the disk write runs in the pool.
    std::string text = io::saveText(m_doc->model(), io::Format::Yaml);
    QJsonObject meta { { "original", m_doc->filePath() }, { "name", m_doc->designName() },
        { "pid", QCoreApplication::applicationPid() },
        { "saved", QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } };
    const QByteArray metaBytes = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    const QString file = m_file;
    m_writer.setFuture(QtConcurrent::run([file, text = std::move(text), metaBytes] {
        return writeRecovery(file, text, metaBytes);
    }));
}

void Recovery::writeNow()
{
    m_writer.waitForFinished();
    const std::string text = io::saveText(m_doc->model(), io::Format::Yaml);
    QJsonObject meta { { "original", m_doc->filePath() }, { "name", m_doc->designName() },
        { "pid", QCoreApplication::applicationPid() },
        { "saved", QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } };
    if (writeRecovery(m_file, text, QJsonDocument(meta).toJson(QJsonDocument::Compact)))
        emit autosaved(m_file);
}

void Recovery::removePair(const QString &file)
{
    QFile::remove(file);
    QFile::remove(sidecar(file));
}

void Recovery::clearOwn()
{
    m_timer.stop();
    m_writer.waitForFinished();
    if (QFile::exists(m_file) || QFile::exists(sidecar(m_file)))
        removePair(m_file);
}

QVariantList Recovery::pending() const
{
    QVariantList out;
    const QDir dir(m_dir);
    const auto files
        = dir.entryInfoList({ QStringLiteral("*") + kSuffix }, QDir::Files, QDir::Time);
    for (const auto &fi : files) {
        if (fi.absoluteFilePath() == QFileInfo(m_file).absoluteFilePath())
            continue;
        QFile f(sidecar(fi.absoluteFilePath()));
        QJsonObject meta;
        if (f.open(QIODevice::ReadOnly))
            meta = QJsonDocument::fromJson(f.readAll()).object();
        if (processAlive(meta.value(QStringLiteral("pid")).toInteger()))
            continue; // another designer still running owns it
        out << QVariantMap { { "file", fi.absoluteFilePath() },
            { "original", meta.value(QStringLiteral("original")).toString() },
            { "name", meta.value(QStringLiteral("name")).toString() },
            { "saved", fi.lastModified() } };
    }
    return out;
}

bool Recovery::recover(int index)
{
    const auto list = pending();
    if (index < 0 || index >= list.size())
        return false;
    const auto entry = list[index].toMap();
    auto loaded = io::loadFile(entry.value(QStringLiteral("file")).toString().toStdString());
    if (!loaded.model)
        return false;
    loaded.model->sourceFile.clear();
    m_doc->reset(
        std::move(*loaded.model), entry.value(QStringLiteral("original")).toString(), true);
    removePair(entry.value(QStringLiteral("file")).toString());
    writeNow(); // the recovered design is now this process's to protect
    emit pendingChanged();
    return true;
}

void Recovery::discard(int index)
{
    const auto list = pending();
    if (index < 0 || index >= list.size())
        return;
    removePair(list[index].toMap().value(QStringLiteral("file")).toString());
    emit pendingChanged();
}

void Recovery::discardAll()
{
    for (const auto &e : pending())
        removePair(e.toMap().value(QStringLiteral("file")).toString());
    emit pendingChanged();
}

} // namespace cw::gui
