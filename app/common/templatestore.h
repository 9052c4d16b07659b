// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cw::app {

/// A starter architecture shipped with Cloudwright.
struct TemplateInfo
{
    QString id; ///< file stem: "order-processor"
    QString name;
    QString description; ///< first sentence of the model's description
    QString resource; ///< ":/templates/order-processor.cloudwright.yaml"
};

/// The templates embedded under :/templates, sorted by id.
class TemplateStore
{
public:
    static QList<TemplateInfo> list();
    /// The template's bytes, or an empty array when id is unknown.
    static QByteArray read(const QString &id);
    /// The template the designer opens when started without a file.
    static QString defaultId() { return QStringLiteral("innovate-inc"); }
};

} // namespace cw::app
