// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "model/model.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

/// Named, typed fields of model elements for the inspector: the fixed fields of each element
/// type plus the catalog properties of a service kind ("prop:<name>").
namespace cw::gui {

/// The editor a field needs.
enum class FieldKind {
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

/// One editable field of one element.
struct FieldSpec
{
    QString key; ///< "name", "cidr", "prop:listener_port"
    QString label; ///< "Listener port"
    FieldKind kind = FieldKind::Text;
    QString group; ///< "Element", "Properties"
    QString doc;
    QStringList allowed; ///< Enum values, or SubnetRefs choices
    std::optional<double> min;
    std::optional<double> max;
    bool optional = false; ///< may be left unset (catalog properties, ipv6, region)
};

/// The fields of an element ("" = the document itself).
QList<FieldSpec> fieldSpecs(
    const Model &model, const std::string &elemId, const Catalog &catalog = Catalog::builtin());
/// The spec of one field, or nullopt.
std::optional<FieldSpec> fieldSpec(const Model &model, const std::string &elemId,
    const QString &key, const Catalog &catalog = Catalog::builtin());

/// The current value; isSet is false for a catalog property left at its default (the
/// default is returned then, or an invalid QVariant when there is none).
QVariant fieldValue(const Model &model, const std::string &elemId, const QString &key,
    bool *isSet = nullptr, const Catalog &catalog = Catalog::builtin());

/// Why value does not fit the field, or an empty string. Checks types, enums, ranges, CIDRs
/// and ids (format and uniqueness).
QString checkFieldValue(const Model &model, const std::string &elemId, const QString &key,
    const QVariant &value, const Catalog &catalog = Catalog::builtin());

/// Sets a field on a copy-able element value in place (ids are not renamed here: see
/// renameId). An invalid QVariant unsets an optional catalog property. Returns false when the
/// field is unknown or the value does not convert.
bool setFieldValue(Model &model, const std::string &elemId, const QString &key,
    const QVariant &value, const Catalog &catalog = Catalog::builtin());

/// cw::Value <-> QVariant (int64 -> qlonglong, list -> QStringList).
QVariant toVariant(const Value &v);
std::optional<Value> fromVariant(const QVariant &v, PropertyType type);

/// Human label for a snake_case key: "listener_port" -> "Listener port".
QString labelFor(const QString &key);

/// Why text is not a usable CIDR block, or empty; usable gets the usable address count.
QString checkCidr(const QString &text, Provider provider, double *usable = nullptr);

} // namespace cw::gui
