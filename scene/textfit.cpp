// SPDX-License-Identifier: MIT
#include "scene/textfit.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace cw::scene {

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

} // namespace cw::scene
