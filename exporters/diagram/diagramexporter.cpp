// SPDX-License-Identifier: MIT
#include "diagram/diagramexporter.h"

#include "diagram/documenttext.h"
#include "rules/engine.h"
#include "scene/description.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <cmath>
#include <optional>

namespace cw::exporters {
namespace {

std::string option(const ExportOptions &o, const std::string &key, const std::string &fallback)
{
    const auto it = o.values.find(key);
    return it == o.values.end() ? fallback : it->second;
}

/// A number option within [lo, hi], or an error naming the option.
bool numberOption(const ExportOptions &o, const std::string &key, double fallback, double lo,
    double hi, double &out, std::string *error)
{
    const std::string text = option(o, key, {});
    if (text.empty()) {
        out = fallback;
        return true;
    }
    bool ok = false;
    out = QString::fromStdString(text).toDouble(&ok);
    if (!ok || !(out >= lo && out <= hi)) {
        if (error)
            *error = "<options>:1:1: error: option '" + key + "' must be a number from "
                + QString::number(lo).toStdString() + " to " + QString::number(hi).toStdString()
                + ", got '" + text + "'";
        return false;
    }
    return true;
}

std::string dateOf(const ExportOptions &o)
{
    return option(o, "date", rules::currentDate());
}

/// Text needs the font database, which only a QGuiApplication provides.
bool haveGui(std::string *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = "<export>:1:1: error: pictures need a QGuiApplication (run with "
                 "QT_QPA_PLATFORM=offscreen when headless); none was created";
    return false;
}

std::string renderSvg(const scene::Picture &picture)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(picture.size().toSize());
    gen.setViewBox(QRectF(QPointF(0, 0), picture.size()));
    gen.setResolution(96);
    // Placeholders: QSvgGenerator does not escape them; finishSvg writes the escaped name.
    gen.setTitle(QStringLiteral("title"));
    gen.setDescription(QStringLiteral("description"));
    QPainter p(&gen);
    picture.paint(p, true);
    p.end();
    return finishSvg(buffer.data(), picture).toStdString();
}

/// The "paper" option: "fit" (the page is the picture) or a standard size.
bool paperOption(
    const ExportOptions &o, std::optional<QPageSize::PageSizeId> &out, std::string *error)
{
    static const std::pair<const char *, QPageSize::PageSizeId> sizes[] = { { "a4", QPageSize::A4 },
        { "a3", QPageSize::A3 }, { "a2", QPageSize::A2 }, { "letter", QPageSize::Letter },
        { "legal", QPageSize::Legal }, { "tabloid", QPageSize::Tabloid } };
    const std::string text = option(o, "paper", "fit");
    out.reset();
    if (text == "fit")
        return true;
    for (const auto &[name, id] : sizes)
        if (text == name) {
            out = id;
            return true;
        }
    if (error)
        *error = "<options>:1:1: error: option 'paper' must be fit, a4, a3, a2, letter, legal "
                 "or tabloid, got '"
            + text + "'";
    return false;
}

std::string renderPdf(const scene::Picture &picture, const ExportOptions &o, std::string *error)
{
    std::optional<QPageSize::PageSizeId> paper;
    if (!paperOption(o, paper, error))
        return {};
    const QSizeF size = picture.size();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Cloudwright"));
        writer.setTitle(picture.title());
        writer.setResolution(96);
        // The names the picture had to cut, found by painting once (pictures are small).
        std::vector<int> cut;
        {
            QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
            QPainter p(&probe);
            picture.paint(p, true, &cut);
        }
        writer.setDocumentXmpMetadata(pdfXmp(picture, dateOf(o), cut));
        if (paper) {
            // A standard sheet: turned to match the picture, which is scaled to fit inside
            // 10 mm margins and centred.
            writer.setPageSize(QPageSize(*paper));
            writer.setPageOrientation(
                size.width() > size.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
            writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        } else {
            // Picture units are 96-DPI pixels; the page is the picture at 72 points per inch.
            writer.setPageSize(QPageSize(size * 0.75, QPageSize::Point));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        }
        QPainter p(&writer);
        if (paper) {
            const double k
                = std::min(writer.width() / size.width(), writer.height() / size.height());
            p.translate(
                (writer.width() - k * size.width()) / 2, (writer.height() - k * size.height()) / 2);
            p.scale(k, k);
        }
        picture.paint(p, true);
    }
    // QPdfWriter stamps the wall-clock time: use the title block's date for identical bytes.
    QByteArray bytes = buffer.data();
    const QByteArray digits = QByteArray::fromStdString(dateOf(o)).replace("-", "").left(8);
    static const QRegularExpression stamp(QStringLiteral("/CreationDate \\(D:(\\d{14})"));
    QString latin = QString::fromLatin1(bytes);
    auto m = stamp.match(latin);
    if (m.hasMatch() && digits.size() == 8)
        bytes.replace(int(m.capturedStart(1)), 14, digits + "000000");
    return bytes.toStdString();
}

} // namespace

scene::Picture diagramPicture(const Model &model, const layout::Geometry &geometry,
    const scene::Badges &findings, const ExportOptions &o)
{
    scene::PictureOptions po;
    po.date = dateOf(o);
    po.legend = option(o, "legend", "1") != "0";
    po.badges = option(o, "badges", "0") == "1";
    return scene::Picture(model, geometry, findings, po);
}

std::string renderPng(const Model &model, const layout::Geometry &geometry,
    const scene::Badges &findings, const ExportOptions &o, std::string *error)
{
    double scale = 1, dpi = 96;
    if (!haveGui(error))
        return {};
    if (!numberOption(o, "scale", 1, 0.1, 8, scale, error))
        return {};
    // 0 (the designer's default) keeps the picture's printed size: 96 DPI at scale 1.
    if (!numberOption(o, "dpi", 0, 0, 1200, dpi, error))
        return {};
    if (dpi == 0)
        dpi = 96 * scale;
    else if (dpi < 24) {
        if (error)
            *error = "<options>:1:1: error: option 'dpi' must be 0 or a number from 24 to 1200";
        return {};
    }
    const scene::Picture picture = diagramPicture(model, geometry, findings, o);
    const QSize px(int(std::ceil(picture.size().width() * scale)),
        int(std::ceil(picture.size().height() * scale)));
    if (double(px.width()) * px.height() > 400e6) {
        if (error)
            *error = "<options>:1:1: error: the picture would be " + std::to_string(px.width())
                + "x" + std::to_string(px.height()) + " pixels; lower 'scale'";
        return {};
    }
    QImage image(px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    {
        QPainter p(&image);
        p.scale(scale, scale);
        // Vector icons: crisp at every scale, and the cache holds screen sizes only.
        picture.paint(p, true);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data().toStdString();
}

std::string renderPng(const ExportInput &in, const ExportOptions &o, std::string *error)
{
    return renderPng(in.model, in.geometry, scene::badgesFrom(in.report), o, error);
}

std::string DiagramExporter::id() const
{
    return m_format == Format::Png ? "png" : m_format == Format::Svg ? "svg" : "pdf";
}

std::string DiagramExporter::displayName() const
{
    return m_format == Format::Png ? "PNG image"
        : m_format == Format::Svg  ? "SVG image"
                                   : "PDF document";
}

std::string DiagramExporter::description() const
{
    return "Architecture diagram as " + displayName()
        + " drawn like the designer's canvas, with a legend and title block";
}

std::vector<std::string> DiagramExporter::outputFiles(const Model &) const
{
    return { "architecture." + id() };
}

std::vector<ExportOptionSpec> DiagramExporter::optionSpecs() const
{
    std::vector<ExportOptionSpec> out {
        { .key = "legend",
            .label = "Legend",
            .kind = ExportOptionSpec::Kind::Flag,
            .defaultValue = "1" },
        { .key = "badges",
            .label = "Finding badges",
            .kind = ExportOptionSpec::Kind::Flag,
            .defaultValue = "0" },
    };
    if (m_format == Format::Png) {
        out.push_back({ .key = "scale",
            .label = "Scale",
            .kind = ExportOptionSpec::Kind::Number,
            .defaultValue = "1",
            .min = 0.1,
            .max = 8 });
        out.push_back({ .key = "dpi",
            .label = "Resolution stored in the file (DPI; 0: 96 x scale)",
            .kind = ExportOptionSpec::Kind::Number,
            .defaultValue = "0",
            .min = 0,
            .max = 1200 });
    }
    if (m_format == Format::Pdf)
        out.push_back({ .key = "paper",
            .label = "Paper size",
            .kind = ExportOptionSpec::Kind::Choice,
            .defaultValue = "fit",
            .choices = { "fit", "a4", "a3", "a2", "letter", "legal", "tabloid" } });
    return out;
}

ExportResult DiagramExporter::generate(const ExportInput &input, const ExportOptions &options) const
{
    return generate(input.model, input.geometry, scene::badgesFrom(input.report), options);
}

ExportResult DiagramExporter::generate(const Model &model, const layout::Geometry &geometry,
    const scene::Badges &findings, const ExportOptions &options) const
{
    ExportResult result;
    std::string error, bytes;
    if (!haveGui(&error))
        result.errors.push_back(error);
    else if (m_format == Format::Png)
        bytes = renderPng(model, geometry, findings, options, &error);
    else if (m_format == Format::Svg)
        bytes = renderSvg(diagramPicture(model, geometry, findings, options));
    else
        bytes = renderPdf(diagramPicture(model, geometry, findings, options), options, &error);
    if (!error.empty() && result.errors.empty())
        result.errors.push_back(error);
    if (result.errors.empty())
        result.files.push_back({ "architecture." + id(), std::move(bytes) });
    return result;
}

} // namespace cw::exporters
