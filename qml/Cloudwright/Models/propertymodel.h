// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "fields.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUndoCommand>
#include <QtQml/qqml.h>
#include <functional>

namespace cw::gui {

/// The inspector: every field of the current element (fixed fields, then the catalog
/// properties of its kind), each with the editor it needs, its value, whether it is set or at
/// its default, and the error of the last refused edit. Edits become undo commands; typing in
/// one field within one editing session is one undo step.
class PropertyModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PropertyModel belongs to an Editor")
    Q_PROPERTY(QString elementId READ elementId NOTIFY elementChanged FINAL)
    Q_PROPERTY(QString heading READ heading NOTIFY elementChanged FINAL)
    Q_PROPERTY(QString subheading READ subheading NOTIFY elementChanged FINAL)
    Q_PROPERTY(QString elementType READ elementType NOTIFY elementChanged FINAL)
    Q_PROPERTY(int count READ count NOTIFY elementChanged FINAL)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        KindRole, ///< FieldKind as int
        GroupRole,
        DocRole,
        ValueRole,
        TextRole, ///< value as one line ("a, b" for lists)
        IsSetRole,
        AllowedRole,
        MinRole,
        MaxRole,
        OptionalRole,
        ErrorRole,
        HintRole, ///< e.g. "251 usable addresses"
    };
    Q_ENUM(Roles)
    /// Mirrors FieldKind for QML.
    enum Kind {
        Text,
        LongText,
        Int,
        Number,
        Bool,
        Enum,
        List,
        Cidr,
        CidrList,
        SubnetRefs,
        ReadOnly
    };
    Q_ENUM(Kind)

    explicit PropertyModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDocument(Document *doc);
    /// Shows an element ("" = the design itself).
    void setElement(const QString &id);
    QString elementId() const { return m_id; }
    QString heading() const;
    QString subheading() const;
    /// "account", "network", "subnet", "service", "external", "connection" or "design".
    QString elementType() const;
    int count() const { return int(m_specs.size()); }

    /// Checks a value as it is typed: {ok, error, hint}.
    Q_INVOKABLE QVariantMap check(int row, const QVariant &value) const;
    /// Applies a value (typing = merge with the previous keystrokes of this session).
    Q_INVOKABLE bool setValue(int row, const QVariant &value, bool typing = false);
    /// Applies a value by field key.
    Q_INVOKABLE bool setValueByKey(const QString &key, const QVariant &value);
    /// Puts a catalog property back to its default (removes it from the file).
    Q_INVOKABLE bool resetValue(int row);
    /// Starts a new editing session: the next typed edits form a new undo step.
    Q_INVOKABLE void beginEdit() { ++m_session; }
    Q_INVOKABLE int rowOf(const QString &key) const;

    /// Re-reads values after the document changed.
    void refresh();

    /// Builds the command for a field edit (the editor adds geometry to zone changes).
    using CommandFactory = std::function<QUndoCommand *(
        const std::string &id, const QString &key, const QVariant &value, int session)>;
    void setCommandFactory(CommandFactory f) { m_commandFactory = std::move(f); }

signals:
    void elementChanged();

private:
    QString hintFor(const FieldSpec &spec, const QVariant &value) const;
    void setError(int row, const QString &error);

    QPointer<Document> m_doc;
    QString m_id;
    QList<FieldSpec> m_specs;
    QHash<int, QString> m_errors;
    int m_session = 1;
    CommandFactory m_commandFactory;
};

} // namespace cw::gui
