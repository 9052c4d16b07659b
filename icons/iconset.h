// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// The embedded icon set: one SVG per catalog icon stem plus the containers, externals and app.
namespace cw::icons {

/// Resource path of the icon with this stem, e.g. ":/icons/aws-alb.svg" for "aws-alb".
QString resourcePath(QStringView stem);

/// True when the embedded set holds an icon for this stem.
bool contains(QStringView stem);

/// Stems the catalog does not list: accounts, networks, subnets, zone, externals and the app.
const QStringList &fixedStems();

} // namespace cw::icons
