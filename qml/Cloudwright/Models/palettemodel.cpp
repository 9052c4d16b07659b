// SPDX-License-Identifier: MIT
#include "palettemodel.h"

#include "catalog/catalog.h"
#include "scene.h"

#include <algorithm>

namespace cw::gui {
namespace {

const QStringList kCategoryOrder { "networking", "edge", "compute", "containers", "database",
    "storage", "integration", "security", "observability", "management" };

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

PaletteModel::PaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{
    const QString structure = tr("Structure"), outside = tr("Outside the cloud");
    auto add = [this](QString key, QString label, QString section, QString provider, QString icon,
                   QString doc) {
        m_all.push_back({ std::move(key), label, std::move(section), std::move(provider), QString(),
            iconUrl(icon), initialsFor(label), std::move(doc) });
    };
    add("account:aws", tr("AWS account"), structure, "aws", "account-aws",
        tr("An AWS account: holds VPCs and regional services."));
    add("account:azure", tr("Azure subscription"), structure, "azure", "account-azure",
        tr("An Azure subscription: holds VNets and regional services."));
    add("network", tr("Network (VPC / VNet)"), structure, "", "network-aws",
        tr("A VPC or VNet with zone columns; drop it into an account."));
    add("subnet:public", tr("Public subnet"), structure, "", "subnet-public",
        tr("Routes to the internet gateway; for load balancers and NAT."));
    add("subnet:private", tr("Private subnet"), structure, "", "subnet-private",
        tr("Egress through NAT; for applications."));
    add("subnet:isolated", tr("Isolated subnet"), structure, "", "subnet-isolated",
        tr("No route to the internet; for data stores."));
    add("external:internet", tr("Internet / users"), outside, "", "users",
        tr("People and systems on the public internet."));
    add("external:on-premises", tr("On-premises"), outside, "", "on-premises",
        tr("A data centre or office network."));
    add("external:saas", tr("SaaS"), outside, "", "saas",
        tr("A third-party service, e.g. a Git provider's CI."));
    std::vector<const KindSpec *> kinds;
    for (const auto &k : Catalog::builtin().kinds())
        kinds.push_back(&k);
    std::stable_sort(kinds.begin(), kinds.end(), [](const KindSpec *a, const KindSpec *b) {
        if (a->provider != b->provider)
            return a->provider < b->provider;
        const auto ca = kCategoryOrder.indexOf(QString::fromStdString(a->category));
        const auto cb = kCategoryOrder.indexOf(QString::fromStdString(b->category));
        if (ca != cb)
            return ca < cb;
        return a->label < b->label;
    });
    for (const auto *k : kinds) {
        const QString provider = QString::fromLatin1(toString(k->provider));
        const QString category = QString::fromStdString(k->category);
        const QString label = QString::fromStdString(k->label);
        m_all.push_back({ QString::fromStdString(k->kind), label,
            (k->provider == Provider::Azure ? QStringLiteral("Azure \u00b7 ")
                                            : QStringLiteral("AWS \u00b7 "))
                + capitalised(category),
            provider, category, iconUrl(QString::fromStdString(k->icon)), initialsFor(label),
            QString::fromStdString(k->doc) });
    }
    applyFilter();
}

int PaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> PaletteModel::roleNames() const
{
    return { { KeyRole, "key" }, { LabelRole, "label" }, { SectionRole, "section" },
        { ProviderRole, "provider" }, { CategoryRole, "category" }, { IconRole, "icon" },
        { InitialsRole, "initials" }, { DocRole, "doc" }, { Qt::DisplayRole, "display" } };
}

QVariant PaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_all[std::size_t(m_rows[std::size_t(index.row())])];
    switch (role) {
    case KeyRole:
        return e.key;
    case Qt::DisplayRole:
    case LabelRole:
        return e.label;
    case SectionRole:
        return e.section;
    case ProviderRole:
        return e.provider;
    case CategoryRole:
        return e.category;
    case IconRole:
        return e.icon;
    case InitialsRole:
        return e.initials;
    case DocRole:
        return e.doc;
    }
    return {};
}

void PaletteModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    applyFilter();
}

void PaletteModel::setProvider(const QString &provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    applyFilter();
}

QString PaletteModel::keyAt(int row) const
{
    return row >= 0 && row < count() ? m_all[std::size_t(m_rows[std::size_t(row)])].key : QString();
}

void PaletteModel::applyFilter()
{
    beginResetModel();
    m_rows.clear();
    const QStringList words = m_filter.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < int(m_all.size()); ++i) {
        const Entry &e = m_all[std::size_t(i)];
        if (!m_provider.isEmpty() && !e.provider.isEmpty() && e.provider != m_provider)
            continue;
        const QString hay = e.label + QLatin1Char(' ') + e.key + QLatin1Char(' ') + e.category
            + QLatin1Char(' ') + e.doc;
        const bool match = std::all_of(words.begin(), words.end(),
            [&](const QString &w) { return hay.contains(w, Qt::CaseInsensitive); });
        if (match)
            m_rows.push_back(i);
    }
    endResetModel();
    emit filterChanged();
}

} // namespace cw::gui
