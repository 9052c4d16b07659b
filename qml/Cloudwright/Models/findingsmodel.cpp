// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include "rules/registry.h"

#include <algorithm>
#include <unordered_map>

namespace cw::gui {
namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString pillarName(int p)
{
    QString s = qs(rules::toString(rules::Pillar(p)));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

/// id -> display name (name, or id when unnamed) of every element, built in one pass.
std::unordered_map<std::string, std::string> labels(const Model &m)
{
    std::unordered_map<std::string, std::string> out;
    auto add = [&](const auto &e) { out[e.id] = e.name.empty() ? e.id : e.name; };
    for (const auto &a : m.accounts) {
        add(a);
        for (const auto &n : a.networks) {
            add(n);
            for (const auto &s : n.subnets)
                add(s);
            for (const auto &s : n.services)
                add(s);
        }
        for (const auto &s : a.services)
            add(s);
    }
    for (const auto &e : m.externals)
        add(e);
    return out;
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    return { { IsHeaderRole, "isHeader" }, { PillarRole, "pillar" },
        { PillarNameRole, "pillarName" }, { SeverityRole, "severity" },
        { SeverityNameRole, "severityName" }, { RuleIdRole, "ruleId" }, { TitleRole, "title" },
        { TargetRole, "target" }, { TargetLabelRole, "targetLabel" }, { MessageRole, "message" },
        { FixRole, "fix" }, { LineRole, "line" }, { SuppressedRole, "suppressed" },
        { JustificationRole, "justification" }, { CountRole, "count" }, { SummaryRole, "summary" },
        { CollapsedRole, "collapsed" }, { Qt::DisplayRole, "display" } };
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case IsHeaderRole:
        return r.header;
    case PillarRole:
        return r.pillar;
    case PillarNameRole:
        return pillarName(r.pillar);
    case CountRole:
        return r.count;
    case SummaryRole:
        return r.summary;
    case CollapsedRole:
        return m_collapsed.contains(r.pillar);
    }
    if (r.header)
        return role == Qt::DisplayRole ? pillarName(r.pillar) : QVariant();
    const Item &it = m_findings[std::size_t(r.finding)];
    const auto &f = it.finding;
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return QString::fromStdString(f.message);
    case SeverityRole:
        return int(f.severity);
    case SeverityNameRole:
        return qs(rules::toString(f.severity));
    case RuleIdRole:
        return QString::fromStdString(f.ruleId);
    case TitleRole:
        return it.title;
    case TargetRole:
        return QString::fromStdString(f.target);
    case TargetLabelRole:
        return it.targetLabel;
    case FixRole:
        return QString::fromStdString(f.fix);
    case LineRole:
        return f.loc.line;
    case SuppressedRole:
        return f.suppressed;
    case JustificationRole:
        return QString::fromStdString(f.justification);
    }
    return {};
}

void FindingsModel::setConfigErrors(const std::vector<std::string> &errors)
{
    QStringList list;
    for (const auto &e : errors)
        list << QString::fromStdString(e);
    if (list == m_configErrors)
        return;
    m_configErrors = list;
    emit countsChanged();
}

void FindingsModel::setReport(const rules::Report &report, const Model &model)
{
    m_findings.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    m_suppressed = 0;
    const auto &registry = rules::builtinRegistry();
    const auto names = report.findings.empty() ? decltype(labels(model)) {} : labels(model);
    for (const auto &f : report.findings) {
        Item it;
        it.finding = f;
        if (const auto *rule = registry.find(f.ruleId)) {
            it.pillar = int(rule->meta().pillar);
            it.title = QString::fromStdString(rule->meta().title);
        }
        const auto label = names.find(f.target);
        it.targetLabel = QString::fromStdString(label == names.end() ? f.target : label->second);
        if (f.suppressed)
            ++m_suppressed;
        else {
            ++m_counts[int(f.severity)];
            ++m_counts[5];
        }
        m_findings.push_back(std::move(it));
    }
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Item &a, const Item &b) {
        if (a.pillar != b.pillar)
            return a.pillar < b.pillar;
        return int(a.finding.severity) > int(b.finding.severity);
    });
    rebuildRows();
    emit countsChanged();
}

void FindingsModel::rebuildRows()
{
    beginResetModel();
    m_rows.clear();
    for (std::size_t i = 0; i < m_findings.size();) {
        const int pillar = m_findings[i].pillar;
        std::size_t end = i;
        int bySeverity[5] = { 0, 0, 0, 0, 0 };
        std::vector<Row> items;
        for (; end < m_findings.size() && m_findings[end].pillar == pillar; ++end) {
            const auto &f = m_findings[end].finding;
            if ((f.suppressed && !m_showSuppressed) || int(f.severity) < m_minSeverity)
                continue;
            if (!f.suppressed)
                ++bySeverity[int(f.severity)];
            items.push_back({ false, pillar, int(end), 0, {} });
        }
        if (!items.empty()) {
            Row h { true, pillar, -1, int(items.size()), {} };
            QStringList parts;
            for (int s = 4; s >= 0; --s)
                if (bySeverity[s])
                    parts << QStringLiteral("%1 %2")
                                 .arg(bySeverity[s])
                                 .arg(qs(rules::toString(rules::Severity(s))));
            h.summary = parts.join(QStringLiteral(" \u00b7 "));
            m_rows.push_back(h);
            if (!m_collapsed.contains(pillar))
                m_rows.insert(m_rows.end(), items.begin(), items.end());
        }
        i = end;
    }
    endResetModel();
}

void FindingsModel::setShowSuppressed(bool on)
{
    if (on == m_showSuppressed)
        return;
    m_showSuppressed = on;
    rebuildRows();
    emit filterChanged();
}

void FindingsModel::setMinSeverity(int s)
{
    if (s == m_minSeverity)
        return;
    m_minSeverity = s;
    rebuildRows();
    emit filterChanged();
}

void FindingsModel::toggleGroup(int row)
{
    if (row < 0 || row >= rowCount() || !m_rows[std::size_t(row)].header)
        return;
    const int pillar = m_rows[std::size_t(row)].pillar;
    if (!m_collapsed.remove(pillar))
        m_collapsed.insert(pillar);
    rebuildRows();
}

QString FindingsModel::targetAt(int row) const
{
    if (row < 0 || row >= rowCount() || m_rows[std::size_t(row)].header)
        return {};
    return QString::fromStdString(
        m_findings[std::size_t(m_rows[std::size_t(row)].finding)].finding.target);
}

} // namespace cw::gui
