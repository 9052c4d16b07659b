// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// The embedded starter architectures: templates/<id>.cloudwright.yaml under :/templates.
namespace cw::templates {

/// Resource path of the template with this id, e.g. ":/templates/order-processor.cloudwright.yaml".
QString resourcePath(QStringView id);

/// Ids of the embedded templates ("blank-aws", "ie-bank", ...), sorted.
QStringList ids();

} // namespace cw::templates
