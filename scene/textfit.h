// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QRectF>
#include <QStringList>

/// Fitting names into the fixed boxes the layout gives them: wrapped lines before any cut.
namespace cw::scene {

/// s broken into lines at most width wide in font f (at word boundaries, inside a word only
/// when the word alone is wider), at most maxLines of them; when more would be needed the last
/// line is elided ("…") and *cut is set.
QStringList wrapText(const QString &s, const QFont &f, double width, int maxLines, bool *cut);

/// How a card's name fits under its icon: the icon's size, the font size, the name's lines and
/// whether the kind still shows below them.
struct CardText
{
    double icon = 44;
    double px = 12;
    QStringList lines;
    bool sub = true;
    bool cut = false;
};

/// The first way the name fits whole in a card r (rect in scene units, design size): one line
/// with the kind under it, two lines, then a smaller icon with up to three lines at 12 down to
/// 8 px; otherwise three cut lines at 8 px.
CardText fitCardName(const QString &name, const QRectF &r);

} // namespace cw::scene
