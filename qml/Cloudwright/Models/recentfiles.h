// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqml.h>

namespace cw::gui {

/// Recently opened or saved designs, newest first, kept in QSettings ("recentFileList", at most
/// ten absolute paths; files that no longer exist are dropped when the list loads).
class RecentFiles : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged FINAL)

public:
    enum Roles { PathRole = Qt::UserRole + 1, NameRole, FolderRole };
    Q_ENUM(Roles)
    static constexpr int kMax = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_paths.size()); }

    /// Puts path first (removing an older copy) and saves the list.
    Q_INVOKABLE void add(const QString &path);
    Q_INVOKABLE void remove(const QString &path);
    Q_INVOKABLE void clear();
    Q_INVOKABLE QString pathAt(int row) const { return m_paths.value(row); }

signals:
    void countChanged();

private:
    void save();
    void setPaths(const QStringList &paths);
    QStringList m_paths;
};

} // namespace cw::gui
