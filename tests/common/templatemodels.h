// SPDX-License-Identifier: MIT
#pragma once

#include "io/document.h"

#include <QDir>
#include <QStringList>
#include <QtGlobal>

/// The shipped templates, for every test that runs over them.
namespace cw::templatetest {

/// A template's model by name ("innovate-inc"); a test cannot go on without it.
inline Model load(const QString &name)
{
    const auto path = QStringLiteral(CW_SOURCE_DIR "/templates/%1.cloudwright.yaml").arg(name);
    auto r = io::loadFile(path.toStdString());
    if (!r.model)
        qFatal("cannot load %s", qPrintable(path));
    return *r.model;
}

/// Every template's name, sorted.
inline QStringList templateNames()
{
    QStringList out;
    for (const auto &f :
        QDir(QStringLiteral(CW_SOURCE_DIR "/templates"))
            .entryList({ QStringLiteral("*.cloudwright.yaml") }, QDir::Files, QDir::Name))
        out << f.chopped(int(qstrlen(".cloudwright.yaml")));
    return out;
}

} // namespace cw::templatetest
