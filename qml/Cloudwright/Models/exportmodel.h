// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QPointer>
#include <QtQml/qqml.h>
#include <atomic>
#include <memory>

namespace cw::gui {

class Editor;

/// File ▸ Export: every format of the exporter registry the CLI uses, its options, and running
/// one. The export reads the designer's own findings (the editor's validator report for the
/// current revision) and layout::layout(model), on a worker thread over a copy of the model;
/// files are written all-or-nothing. Single-file formats write the file the user named; the
/// others write into a folder. Designs with constraint findings are refused unless forced.
class ExportModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cw::gui::Document *document MEMBER m_doc NOTIFY documentChanged FINAL)
    /// Supplies the designer's current findings; without it (or while they are stale) the run
    /// context runs once for the export, with the same configuration.
    Q_PROPERTY(cw::gui::Editor *editor MEMBER m_editor NOTIFY documentChanged FINAL)
    Q_PROPERTY(int count READ count CONSTANT FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged FINAL)
    Q_PROPERTY(QString stage READ stage NOTIFY progressChanged FINAL)
    /// The file or folder the last successful export wrote, for "Open".
    Q_PROPERTY(QString lastOutput READ lastOutput NOTIFY finished FINAL)

public:
    enum Roles { IdRole = Qt::UserRole + 1, NameRole, DescriptionRole, SingleFileRole };
    Q_ENUM(Roles)

    explicit ExportModel(QObject *parent = nullptr);
    ~ExportModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const;
    bool busy() const { return m_watcher.isRunning(); }
    double progress() const { return m_progress; }
    QString stage() const { return m_stage; }
    QString lastOutput() const { return m_lastOutput; }

    Q_INVOKABLE QString nameOf(const QString &id) const;
    Q_INVOKABLE QString descriptionOf(const QString &id) const;
    /// True when the format writes one file (the user picks its name); false for a folder.
    Q_INVOKABLE bool singleFile(const QString &id) const;
    /// The file name suffix of a single-file format ("png"), empty otherwise.
    Q_INVOKABLE QString suffixOf(const QString &id) const;
    /// The options the format reads: [{key, label, kind: "flag"|"number"|"choice", value,
    /// choices, min, max}], value being the default.
    Q_INVOKABLE QVariantList optionsOf(const QString &id) const;
    /// A default target: next to the saved design (its folder, or name.suffix), else home.
    Q_INVOKABLE QString suggestedTarget(const QString &id) const;
    /// A local path for a path or file:// URL (what file dialogs return).
    Q_INVOKABLE QString localPath(const QString &pathOrUrl) const
    {
        return Document::toLocalPath(pathOrUrl);
    }
    /// The relative paths an export would write for the current design.
    Q_INVOKABLE QStringList plannedFiles(const QString &id) const;
    /// The files an export to target (path or file:// URL) would replace, as absolute paths.
    Q_INVOKABLE QStringList existingFiles(const QString &id, const QString &target) const;
    /// Starts an export to target; options maps option keys to values. finished() reports.
    Q_INVOKABLE bool run(
        const QString &id, const QString &target, const QVariantMap &options, bool force);
    /// Stops the running export before it writes anything (the format's own work cannot be
    /// interrupted; its result is dropped).
    Q_INVOKABLE void cancel();
    /// Opens lastOutput with the desktop's handler (file viewer or file manager).
    Q_INVOKABLE bool openOutput() const;

signals:
    void documentChanged();
    void busyChanged();
    void progressChanged();
    /// ok; a message for people (errors one per line); the files written; gated: refused only
    /// because of constraint findings, so the view may offer to export anyway.
    void finished(bool ok, const QString &message, const QStringList &files, bool gated);

private:
    struct Outcome
    {
        bool ok = false;
        bool gated = false;
        bool cancelled = false;
        QString message;
        QStringList files;
        QString output;
    };
    void setProgress(double p, const QString &stage);

    QPointer<Document> m_doc;
    QPointer<Editor> m_editor;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    double m_progress = 0;
    QString m_stage;
    QString m_lastOutput;
};

} // namespace cw::gui
