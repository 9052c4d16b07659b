// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QStringList>
#include <QtQml/qqml.h>

namespace cw::gui {

/// Shortcut sequences for QML: a standard key's platform bindings plus explicit fallbacks,
/// without duplicates (two identical sequences on one Shortcut would make it ambiguous). Some
/// desktops bind nothing to e.g. Save As, so the fallbacks always apply.
class KeyBindings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// QKeySequence::StandardKey value plus fallbacks such as "Ctrl+Shift+S".
    Q_INVOKABLE QStringList sequences(int standardKey, const QStringList &fallbacks = {}) const
    {
        QStringList out;
        for (const auto &k : QKeySequence::keyBindings(QKeySequence::StandardKey(standardKey)))
            if (!k.isEmpty() && !out.contains(k.toString(QKeySequence::PortableText)))
                out << k.toString(QKeySequence::PortableText);
        for (const auto &f : fallbacks) {
            const QString s = QKeySequence(f).toString(QKeySequence::PortableText);
            if (!s.isEmpty() && !out.contains(s))
                out << s;
        }
        return out;
    }
};

} // namespace cw::gui
