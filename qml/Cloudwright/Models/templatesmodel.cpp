// SPDX-License-Identifier: MIT
#include "templatesmodel.h"

#include <algorithm>

namespace cw::gui {

TemplatesModel::TemplatesModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_items(app::TemplateStore::list())
{
    std::stable_sort(m_items.begin(), m_items.end(), [](const auto &a, const auto &b) {
        return a.id.startsWith(QLatin1String("blank-"))
            && !b.id.startsWith(QLatin1String("blank-"));
    });
}

int TemplatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> TemplatesModel::roleNames() const
{
    return { { IdRole, "templateId" }, { NameRole, "name" }, { DescriptionRole, "description" },
        { BlankRole, "blank" }, { Qt::DisplayRole, "display" } };
}

QVariant TemplatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &t = m_items[index.row()];
    switch (role) {
    case IdRole:
        return t.id;
    case Qt::DisplayRole:
    case NameRole:
        return t.name;
    case DescriptionRole:
        return t.description;
    case BlankRole:
        return t.id.startsWith(QLatin1String("blank-"));
    }
    return {};
}

QString TemplatesModel::idAt(int row) const
{
    return row >= 0 && row < count() ? m_items[row].id : QString();
}

} // namespace cw::gui
