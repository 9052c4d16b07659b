// SPDX-License-Identifier: MIT
#pragma once

#include "scene/picture.h"

#include <QByteArray>
#include <string>
#include <vector>

/// The text of SVG and PDF pictures besides what is painted: a font stack, the document's
/// title, and the full names of elements (tooltips in the SVG, metadata in the PDF).
namespace cw::exporters {

/// The fonts SVG text asks for: the painter's font first, then ones every viewer has, then the
/// generic family, so text never falls back to a serif font wider than its box.
inline constexpr const char *kSvgFontStack = "'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif";

/// Text escaped for XML character data and attribute values.
std::string xmlEscaped(const QString &s);

/// QSvgGenerator's output made into the picture's document: every font-family is the font
/// stack, <title> and <desc> name the design, and a trailing group of invisible boxes, one per
/// drawn element (containers first, so services are on top), carries each element's full name
/// and kind as its <title> (the viewer's tooltip). Deterministic.
QByteArray finishSvg(QByteArray svg, const scene::Picture &picture);

/// An XMP packet for the PDF: the design's name as dc:title, the date, and the full names of
/// the elements whose name the picture had to cut (dc:description), so they are in the file.
QByteArray pdfXmp(
    const scene::Picture &picture, const std::string &date, const std::vector<int> &cutNames);

} // namespace cw::exporters
