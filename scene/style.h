// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QString>

class QSvgRenderer;

namespace cw::scene {

/// Colours of the drawn design (light or dark), shared by the canvas and the pictures; the
/// panels' colours live in the QML Theme.
struct SceneStyle
{
    QColor background, gridDot, text, textDim, card, cardBorder, accent, highlight, dropFill;
    QColor account, azureAccount, accountFill, network, azureNetwork, networkFill, zone, line;
    QColor labelFill;
    QColor tierBorder[3], tierFill[3];
    QColor severity[5]; ///< info, low, medium, high, critical

    static SceneStyle light();
    static SceneStyle dark();
};

/// The one font family of the drawing, so pictures come out the same on every machine that
/// has it (Debian: fonts-dejavu-core).
inline constexpr const char *kFontFamily = "DejaVu Sans";

/// An icon of the set at a pixel size, rendered once and cached (thread-safe).
QImage iconImage(const QString &url, int px);

/// The vector renderer of an icon ("qrc:/icons/x.svg" or ":/icons/x.svg"), for SVG and PDF
/// output; null when the icon does not load. Owned by the calling thread.
QSvgRenderer *iconRenderer(const QString &url);

} // namespace cw::scene
