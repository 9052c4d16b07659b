// SPDX-License-Identifier: MIT
#pragma once

#include "common/templatestore.h"

#include <QAbstractListModel>
#include <QtQml/qqml.h>

namespace cw::gui {

/// The embedded templates for File ▸ New: the blank AWS and Azure designs first, then the
/// starter architectures.
class TemplatesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count CONSTANT FINAL)

public:
    enum Roles { IdRole = Qt::UserRole + 1, NameRole, DescriptionRole, BlankRole };
    Q_ENUM(Roles)

    explicit TemplatesModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_items.size()); }
    Q_INVOKABLE QString idAt(int row) const;

private:
    QList<app::TemplateInfo> m_items;
};

} // namespace cw::gui
