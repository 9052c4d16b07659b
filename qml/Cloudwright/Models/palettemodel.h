// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqml.h>

namespace cw::gui {

/// What can be drawn: accounts, networks, subnets by tier, externals, and every service kind of
/// the catalog, in sections by provider and category, filtered by search text and provider.
class PaletteModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged FINAL)
    Q_PROPERTY(QString provider READ provider WRITE setProvider NOTIFY filterChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY filterChanged FINAL)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1, ///< palette key for Editor.drop
        LabelRole,
        SectionRole,
        ProviderRole,
        CategoryRole,
        IconRole,
        InitialsRole,
        DocRole,
    };
    Q_ENUM(Roles)

    explicit PaletteModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    /// "" (all), "aws" or "azure".
    QString provider() const { return m_provider; }
    void setProvider(const QString &provider);
    int count() const { return int(m_rows.size()); }
    Q_INVOKABLE QString keyAt(int row) const;

signals:
    void filterChanged();

private:
    struct Entry
    {
        QString key, label, section, provider, category, icon, initials, doc;
    };
    void applyFilter();

    std::vector<Entry> m_all;
    std::vector<int> m_rows;
    QString m_filter;
    QString m_provider;
};

} // namespace cw::gui
