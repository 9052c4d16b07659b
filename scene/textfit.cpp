// SPDX-License-Identifier: MIT
#include "scene/textfit.h"

#include "scene/style.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <algorithm>

namespace cw::scene {
namespace {

QFont boldFont(double px)
{
    QFont f(QString::fromLatin1(kFontFamily));
    f.setPixelSize(int(px));
    f.setBold(true);
    return f;
}

} // namespace

QStringList wrapText(const QString &s, const QFont &f, double width, int maxLines, bool *cut)
{
    QStringList lines;
    if (cut)
        *cut = false;
    if (s.isEmpty() || maxLines < 1 || width <= 0)
        return lines;
    QTextLayout layout(s, f);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lastStart = 0;
    bool more = false;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        if (lines.size() == maxLines) {
            more = true;
            break;
        }
        line.setLineWidth(width);
        lastStart = line.textStart();
        lines << s.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (more) {
        // The rest on the last line, cut to the width.
        lines.back()
            = QFontMetricsF(f).elidedText(s.mid(lastStart).trimmed(), Qt::ElideRight, width);
        if (cut)
            *cut = true;
    }
    return lines;
}

CardText fitCardName(const QString &name, const QRectF &r)
{
    const double width = r.width() - 6;
    auto room = [&](double icon) {
        return r.bottom() - (r.top() + std::max(4.0, r.height() * 0.08) + icon) - 4;
    };
    struct Try
    {
        double icon, px;
        bool sub;
    };
    const double big = std::min(44.0, r.height() * 0.5), small = std::min(30.0, big);
    const Try tries[] = { { big, 12, true }, { big, 12, false }, { small, 12, false },
        { small, 11, false }, { small, 10, false }, { small, 9, false }, { small, 8, false } };
    CardText out;
    for (const Try &t : tries) {
        const double line = t.px * 1.15;
        const int most = std::min(3, int((room(t.icon) - (t.sub ? 13 : 0)) / line));
        if (most < 1)
            continue;
        bool cut = false;
        QStringList lines = wrapText(name, boldFont(t.px), width, most, &cut);
        out = { t.icon, t.px, lines, t.sub, cut };
        if (!cut)
            break;
    }
    return out;
}

} // namespace cw::scene
