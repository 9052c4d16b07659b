// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QStringList>

/// Fitting names into the fixed boxes the layout gives them: wrapped lines before any cut.
namespace cw::scene {

/// s broken into lines at most width wide in font f (at word boundaries, inside a word only
/// when the word alone is wider), at most maxLines of them; when more would be needed the last
/// line is elided ("…") and *cut is set.
QStringList wrapText(const QString &s, const QFont &f, double width, int maxLines, bool *cut);

} // namespace cw::scene
