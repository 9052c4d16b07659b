// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QPointer>
#include <QtQml/qqml.h>

namespace cw::gui {

/// The export formats the exporter registry offers, and running one: the files are generated
/// from a copy of the model and written all-or-nothing into a folder on a worker thread, with
/// the stage reported as progress. Designs with blocking (constraint) findings are refused
/// unless forced.
class ExportModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(cw::gui::Document *document MEMBER m_doc NOTIFY documentChanged FINAL)
    Q_PROPERTY(int count READ count CONSTANT FINAL)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged FINAL)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged FINAL)
    Q_PROPERTY(QString stage READ stage NOTIFY progressChanged FINAL)

public:
    enum Roles { IdRole = Qt::UserRole + 1, NameRole, DescriptionRole };
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

    Q_INVOKABLE QString nameOf(const QString &id) const;
    /// The relative paths an export would write for the current design.
    Q_INVOKABLE QStringList plannedFiles(const QString &id) const;
    /// Starts an export into folder (path or file:// URL); finished() reports the outcome.
    Q_INVOKABLE bool run(const QString &id, const QString &folder, bool force);

signals:
    void documentChanged();
    void busyChanged();
    void progressChanged();
    /// ok, a message (errors one per line), and the files written.
    void finished(bool ok, const QString &message, const QStringList &files);

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        QStringList files;
    };
    void setProgress(double p, const QString &stage);

    QPointer<Document> m_doc;
    QFutureWatcher<Outcome> m_watcher;
    double m_progress = 0;
    QString m_stage;
};

} // namespace cw::gui
