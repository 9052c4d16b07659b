// SPDX-License-Identifier: MIT
#include "recentfiles.h"

#include "document.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace cw::gui {

static const char kKey[] = "recentFileList";

RecentFiles::RecentFiles(QObject *parent)
    : QAbstractListModel(parent)
{
    QStringList kept;
    for (const auto &p : QSettings().value(QLatin1String(kKey)).toStringList())
        if (QFileInfo::exists(p) && !kept.contains(p) && kept.size() < kMax)
            kept << p;
    m_paths = kept;
}

int RecentFiles::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> RecentFiles::roleNames() const
{
    return { { PathRole, "path" }, { NameRole, "name" }, { FolderRole, "folder" },
        { Qt::DisplayRole, "display" } };
}

QVariant RecentFiles::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QFileInfo fi(m_paths[index.row()]);
    switch (role) {
    case PathRole:
        return fi.absoluteFilePath();
    case Qt::DisplayRole:
    case NameRole:
        return fi.fileName();
    case FolderRole:
        return QDir::toNativeSeparators(fi.absolutePath());
    }
    return {};
}

void RecentFiles::setPaths(const QStringList &paths)
{
    beginResetModel();
    const int before = count();
    m_paths = paths;
    endResetModel();
    if (before != count())
        emit countChanged();
    save();
}

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString abs = QFileInfo(Document::toLocalPath(path)).absoluteFilePath();
    QStringList paths = m_paths;
    paths.removeAll(abs);
    paths.prepend(abs);
    while (paths.size() > kMax)
        paths.removeLast();
    setPaths(paths);
}

void RecentFiles::remove(const QString &path)
{
    QStringList paths = m_paths;
    if (paths.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        setPaths(paths);
}

void RecentFiles::clear()
{
    setPaths({});
}

void RecentFiles::save()
{
    QSettings().setValue(QLatin1String(kKey), m_paths);
}

} // namespace cw::gui
