// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QString>

namespace cw::gui {

/// Colours of the canvas (light or dark); the panels' colours live in the QML Theme.
struct SceneStyle
{
    QColor background, gridDot, text, textDim, card, cardBorder, accent, highlight, dropFill;
    QColor account, azureAccount, accountFill, network, networkFill, zone, line, labelFill;
    QColor tierBorder[3], tierFill[3];
    QColor severity[5]; ///< info, low, medium, high, critical

    static SceneStyle light();
    static SceneStyle dark();
};

/// An icon of the set at a pixel size, rendered once and cached (thread-safe).
QImage iconImage(const QString &url, int px);

} // namespace cw::gui
