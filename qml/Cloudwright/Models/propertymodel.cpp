// SPDX-License-Identifier: MIT
#include "propertymodel.h"

#include "catalog/catalog.h"
#include "commands/fieldcommands.h"
#include "model/modelops.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace cw::gui {
namespace {

QString listText(const QVariant &v)
{
    return v.toStringList().join(QStringLiteral(", "));
}

/// Lists arrive as JS arrays or as "a, b" text.
QVariant normalised(const FieldSpec &spec, const QVariant &value)
{
    const bool list = spec.kind == FieldKind::List || spec.kind == FieldKind::CidrList
        || spec.kind == FieldKind::SubnetRefs;
    if (list && value.metaType().id() == QMetaType::QString) {
        QStringList items;
        for (const auto &s : value.toString().split(QRegularExpression(QStringLiteral("[,\\n]"))))
            if (!s.trimmed().isEmpty())
                items << s.trimmed();
        return items;
    }
    if (list)
        return value.toStringList();
    if (spec.kind == FieldKind::Bool)
        return value.toBool();
    return value;
}

} // namespace

PropertyModel::PropertyModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int PropertyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> PropertyModel::roleNames() const
{
    return { { KeyRole, "key" }, { LabelRole, "label" }, { KindRole, "kind" },
        { GroupRole, "group" }, { DocRole, "doc" }, { ValueRole, "value" }, { TextRole, "text" },
        { IsSetRole, "isSet" }, { AllowedRole, "allowed" }, { MinRole, "min" }, { MaxRole, "max" },
        { OptionalRole, "optional" }, { ErrorRole, "error" }, { HintRole, "hint" },
        { Qt::DisplayRole, "display" } };
}

QVariant PropertyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_doc)
        return {};
    const FieldSpec &f = m_specs[index.row()];
    auto value = [&](bool *isSet = nullptr) {
        return fieldValue(m_doc->model(), m_id.toStdString(), f.key, isSet);
    };
    switch (role) {
    case KeyRole:
        return f.key;
    case Qt::DisplayRole:
    case LabelRole:
        return f.label;
    case KindRole:
        return int(f.kind);
    case GroupRole:
        return f.group;
    case DocRole:
        return f.doc;
    case ValueRole:
        return value();
    case TextRole: {
        const QVariant v = value();
        return v.metaType().id() == QMetaType::QStringList ? listText(v) : v.toString();
    }
    case IsSetRole: {
        bool set = true;
        value(&set);
        return set;
    }
    case AllowedRole:
        return f.allowed;
    case MinRole:
        return f.min ? QVariant(*f.min) : QVariant();
    case MaxRole:
        return f.max ? QVariant(*f.max) : QVariant();
    case OptionalRole:
        return f.optional;
    case ErrorRole:
        return m_errors.value(index.row());
    case HintRole:
        return hintFor(f, value());
    }
    return {};
}

void PropertyModel::setDocument(Document *doc)
{
    m_doc = doc;
    setElement(QString());
}

void PropertyModel::setElement(const QString &id)
{
    beginResetModel();
    m_id = id;
    m_errors.clear();
    m_specs = m_doc ? fieldSpecs(m_doc->model(), id.toStdString()) : QList<FieldSpec> {};
    ++m_session;
    endResetModel();
    emit elementChanged();
}

void PropertyModel::refresh()
{
    if (!m_doc)
        return;
    const auto specs = fieldSpecs(m_doc->model(), m_id.toStdString());
    bool same = specs.size() == m_specs.size();
    for (int i = 0; same && i < specs.size(); ++i)
        same = specs[i].key == m_specs[i].key && specs[i].allowed == m_specs[i].allowed;
    if (!same || (!m_id.isEmpty() && !findPath(m_doc->model(), m_id.toStdString()))) {
        setElement(findPath(m_doc->model(), m_id.toStdString()) ? m_id : QString());
        return;
    }
    if (count() > 0)
        emit dataChanged(index(0), index(count() - 1));
    emit elementChanged();
}

QString PropertyModel::elementType() const
{
    if (m_id.isEmpty() || !m_doc)
        return QStringLiteral("design");
    const auto p = findPath(m_doc->model(), m_id.toStdString());
    if (!p)
        return QStringLiteral("design");
    static const char *names[]
        = { "account", "network", "subnet", "service", "external", "connection" };
    return QString::fromLatin1(names[int(p->type)]);
}

QString PropertyModel::heading() const
{
    if (!m_doc)
        return {};
    const std::string id = m_id.toStdString();
    if (m_id.isEmpty())
        return QString::fromStdString(m_doc->model().name.empty() ? "Design" : m_doc->model().name);
    const auto p = findPath(m_doc->model(), id);
    if (!p)
        return {};
    if (p->type == ElemType::Connection) {
        const auto &c = m_doc->model().connections[std::size_t(p->index)];
        return QString::fromStdString(c.from + " \u2192 " + c.to);
    }
    const QString name = fieldValue(m_doc->model(), id, QStringLiteral("name")).toString();
    return name.isEmpty() ? m_id : name;
}

QString PropertyModel::subheading() const
{
    const QString type = elementType();
    if (!m_doc || type != QLatin1String("service"))
        return type == QLatin1String("design") ? QStringLiteral("Design")
                                               : type.left(1).toUpper() + type.mid(1);
    const auto kind
        = fieldValue(m_doc->model(), m_id.toStdString(), QStringLiteral("kind")).toString();
    const auto *spec = Catalog::builtin().find(kind.toStdString());
    return spec ? QString::fromStdString(spec->label) : kind;
}

QString PropertyModel::hintFor(const FieldSpec &spec, const QVariant &value) const
{
    if (!m_doc || (spec.kind != FieldKind::Cidr && spec.kind != FieldKind::CidrList))
        return {};
    const auto p = findPath(m_doc->model(), m_id.toStdString());
    const Provider provider = p ? providerOf(m_doc->model(), *p) : Provider::Aws;
    const QString first
        = spec.kind == FieldKind::Cidr ? value.toString() : value.toStringList().value(0);
    double usable = 0;
    if (first.trimmed().isEmpty() || !checkCidr(first, provider, &usable).isEmpty())
        return {};
    const QString count = usable < 1e15 ? QLocale().toString(qint64(usable))
                                        : QStringLiteral("2^%1").arg(std::log2(usable), 0, 'f', 0);
    return tr("%1 usable addresses").arg(count);
}

QVariantMap PropertyModel::check(int row, const QVariant &raw) const
{
    if (row < 0 || row >= count() || !m_doc)
        return { { "ok", false }, { "error", tr("no such field") } };
    const FieldSpec &f = m_specs[row];
    const QVariant value = normalised(f, raw);
    const QString error = checkFieldValue(m_doc->model(), m_id.toStdString(), f.key, value);
    return { { "ok", error.isEmpty() }, { "error", error },
        { "hint", error.isEmpty() ? hintFor(f, value) : QString() } };
}

void PropertyModel::setError(int row, const QString &error)
{
    if (m_errors.value(row) == error)
        return;
    if (error.isEmpty())
        m_errors.remove(row);
    else
        m_errors.insert(row, error);
    emit dataChanged(index(row), index(row), { ErrorRole });
}

int PropertyModel::rowOf(const QString &key) const
{
    for (int i = 0; i < count(); ++i)
        if (m_specs[i].key == key)
            return i;
    return -1;
}

bool PropertyModel::setValueByKey(const QString &key, const QVariant &value)
{
    return setValue(rowOf(key), value, false);
}

bool PropertyModel::setValue(int row, const QVariant &raw, bool typing)
{
    if (row < 0 || row >= count() || !m_doc)
        return false;
    const FieldSpec f = m_specs[row];
    const QVariant value = normalised(f, raw);
    const std::string id = m_id.toStdString();
    const QString error = checkFieldValue(m_doc->model(), id, f.key, value);
    setError(row, error);
    if (!error.isEmpty())
        return false;
    bool isSet = true;
    const QVariant current = fieldValue(m_doc->model(), id, f.key, &isSet);
    if (isSet && current == value)
        return true;
    if (m_id.isEmpty()) {
        m_doc->undoStack()->push(
            new SetDocumentFieldCommand(m_doc, f.key, value.toString(), typing ? m_session : 0));
        return true;
    }
    if (f.key == QLatin1String("id")) {
        const std::string newId = value.toString().trimmed().toStdString();
        // The editor follows the rename (selection and this inspector) from the change set.
        m_doc->undoStack()->push(new RenameCommand(m_doc, id, newId));
        return true;
    }
    if (m_commandFactory)
        m_doc->undoStack()->push(m_commandFactory(id, f.key, value, typing ? m_session : 0));
    else
        m_doc->undoStack()->push(
            new SetFieldCommand(m_doc, id, f.key, value, typing ? m_session : 0));
    return true;
}

bool PropertyModel::resetValue(int row)
{
    if (row < 0 || row >= count() || !m_doc || !m_specs[row].key.startsWith(QLatin1String("prop:")))
        return false;
    bool isSet = true;
    fieldValue(m_doc->model(), m_id.toStdString(), m_specs[row].key, &isSet);
    if (!isSet)
        return true;
    m_doc->undoStack()->push(
        new SetFieldCommand(m_doc, m_id.toStdString(), m_specs[row].key, QVariant()));
    return true;
}

} // namespace cw::gui
