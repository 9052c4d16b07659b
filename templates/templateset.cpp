// SPDX-License-Identifier: MIT
#include "templateset.h"

#include <QDir>

namespace cw::templates {
namespace {

const QString kSuffix = QStringLiteral(".cloudwright.yaml");

} // namespace

QString resourcePath(QStringView id)
{
    return QStringLiteral(":/templates/") + id.toString() + kSuffix;
}

QStringList ids()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/templates"));
    for (const QString &file :
        dir.entryList({ QStringLiteral("*") + kSuffix }, QDir::Files, QDir::Name))
        out << file.left(file.size() - kSuffix.size());
    return out;
}

} // namespace cw::templates
