// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"
#include "rules/engine.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqml.h>

namespace cw::gui {

/// The findings of the last validation, grouped by pillar: a header row per pillar (with its
/// counts, collapsible) followed by its findings, worst severity first.
class FindingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FindingsModel belongs to an Editor")
    Q_PROPERTY(int total READ total NOTIFY countsChanged FINAL)
    Q_PROPERTY(int critical READ critical NOTIFY countsChanged FINAL)
    Q_PROPERTY(int high READ high NOTIFY countsChanged FINAL)
    Q_PROPERTY(int medium READ medium NOTIFY countsChanged FINAL)
    Q_PROPERTY(int low READ low NOTIFY countsChanged FINAL)
    Q_PROPERTY(int info READ info NOTIFY countsChanged FINAL)
    Q_PROPERTY(int suppressedCount READ suppressedCount NOTIFY countsChanged FINAL)
    Q_PROPERTY(
        bool showSuppressed READ showSuppressed WRITE setShowSuppressed NOTIFY filterChanged FINAL)
    Q_PROPERTY(int minSeverity READ minSeverity WRITE setMinSeverity NOTIFY filterChanged FINAL)
    /// Problems of the rules configuration in force ("file:line:column: error: ..."): the
    /// findings were computed with its valid choices only.
    Q_PROPERTY(QStringList configErrors READ configErrors NOTIFY countsChanged FINAL)

public:
    enum Roles {
        IsHeaderRole = Qt::UserRole + 1,
        PillarRole,
        PillarNameRole,
        SeverityRole,
        SeverityNameRole,
        RuleIdRole,
        TitleRole,
        TargetRole,
        TargetLabelRole,
        MessageRole,
        FixRole,
        LineRole,
        SuppressedRole,
        JustificationRole,
        CountRole, ///< header: findings in the group
        SummaryRole, ///< header: "2 high · 1 medium"
        CollapsedRole,
    };
    Q_ENUM(Roles)

    explicit FindingsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Takes a new report; labels come from the model the report was made for.
    void setReport(const rules::Report &report, const Model &model);
    /// Takes the configuration problems that came with the report.
    void setConfigErrors(const std::vector<std::string> &errors);
    QStringList configErrors() const { return m_configErrors; }

    int total() const { return m_counts[5]; }
    int critical() const { return m_counts[int(rules::Severity::Critical)]; }
    int high() const { return m_counts[int(rules::Severity::High)]; }
    int medium() const { return m_counts[int(rules::Severity::Medium)]; }
    int low() const { return m_counts[int(rules::Severity::Low)]; }
    int info() const { return m_counts[int(rules::Severity::Info)]; }
    int suppressedCount() const { return m_suppressed; }
    bool showSuppressed() const { return m_showSuppressed; }
    void setShowSuppressed(bool on);
    int minSeverity() const { return m_minSeverity; }
    void setMinSeverity(int s);

    /// Collapses or expands the group whose header is at row.
    Q_INVOKABLE void toggleGroup(int row);
    Q_INVOKABLE QString targetAt(int row) const;

signals:
    void countsChanged();
    void filterChanged();

private:
    struct Row
    {
        bool header = false;
        int pillar = 0;
        int finding = -1; ///< index into m_findings
        int count = 0;
        QString summary;
    };
    struct Item
    {
        rules::Finding finding;
        int pillar = 0;
        QString title;
        QString targetLabel;
    };
    void rebuildRows();

    std::vector<Item> m_findings;
    std::vector<Row> m_rows;
    QSet<int> m_collapsed;
    QStringList m_configErrors;
    int m_counts[6] = { 0, 0, 0, 0, 0, 0 };
    int m_suppressed = 0;
    bool m_showSuppressed = false;
    int m_minSeverity = 0;
};

} // namespace cw::gui
