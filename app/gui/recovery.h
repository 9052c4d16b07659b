// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QVariantList>

namespace cw::gui {

/// Autosave and crash recovery. A change starts a timer; when it fires (default 30 s, so a
/// change is on disk within the interval) the design is written to a recovery file of this
/// process, atomically and off the GUI thread. A save, a new/opened design or a clean exit
/// removes it. Files left by processes that are gone are offered at the next start.
class Recovery : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int intervalMs READ intervalMs WRITE setIntervalMs NOTIFY intervalChanged FINAL)
    Q_PROPERTY(QVariantList pending READ pending NOTIFY pendingChanged FINAL)
    Q_PROPERTY(QString directory READ directory CONSTANT FINAL)

public:
    /// dir empty = defaultDirectory().
    explicit Recovery(Document *doc, const QString &dir = {}, QObject *parent = nullptr);
    ~Recovery() override;

    /// $CLOUDWRIGHT_RECOVERY_DIR, else <AppDataLocation>/recovery.
    static QString defaultDirectory();
    /// $CLOUDWRIGHT_AUTOSAVE_MS, else 30000.
    static int defaultInterval();

    int intervalMs() const { return m_timer.interval(); }
    void setIntervalMs(int ms);
    QString directory() const { return m_dir; }
    /// This process's recovery file (may not exist yet).
    QString ownFile() const { return m_file; }

    /// Recovery files of processes that are gone: [{file, original, name, saved}], newest first.
    QVariantList pending() const;
    /// Loads pending entry index into the document (modified, with its original path).
    Q_INVOKABLE bool recover(int index);
    Q_INVOKABLE void discard(int index);
    Q_INVOKABLE void discardAll();
    /// Writes the recovery file now (synchronously); for tests and before risky work.
    Q_INVOKABLE void writeNow();
    /// Removes this process's recovery file (after a save or on a clean exit).
    Q_INVOKABLE void clearOwn();

signals:
    void intervalChanged();
    void pendingChanged();
    /// A recovery file was written.
    void autosaved(const QString &file);

private:
    void autosave();
    static void removePair(const QString &file);

    Document *m_doc;
    QString m_dir;
    QString m_file;
    QTimer m_timer;
    QFutureWatcher<bool> m_writer;
    bool m_writeAgain = false;
};

} // namespace cw::gui
