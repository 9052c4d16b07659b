// SPDX-License-Identifier: MIT
#include "iconset.h"

#include <QFile>

namespace cw::icons {

QString resourcePath(QStringView stem)
{
    return QStringLiteral(":/icons/%1.svg").arg(stem);
}

bool contains(QStringView stem)
{
    return !stem.isEmpty() && QFile::exists(resourcePath(stem));
}

const QStringList &fixedStems()
{
    static const QStringList stems { QStringLiteral("account-aws"), QStringLiteral("account-azure"),
        QStringLiteral("network-aws"), QStringLiteral("network-azure"),
        QStringLiteral("subnet-public"), QStringLiteral("subnet-private"),
        QStringLiteral("subnet-isolated"), QStringLiteral("zone"), QStringLiteral("internet"),
        QStringLiteral("users"), QStringLiteral("on-premises"), QStringLiteral("saas"),
        QStringLiteral("cloudwright") };
    return stems;
}

} // namespace cw::icons
