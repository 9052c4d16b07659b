// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"
#include "io/document.h"
#include "preparedinput.h"
#include "templatemodels.h"

#include <QDir>
#include <QString>
#include <QStringList>
#include <QtGlobal>

/// Models and helpers shared by the diagram and document tests.
namespace cwtest {

inline const char *kHostile = "a<b>&c\"d'e-->f]]>g|h[x](javascript:alert(1))";

inline cw::Model loadTemplate(const QString &name)
{
    return cw::templatetest::load(name);
}

/// A small design whose every name is hostile text.
inline cw::Model hostileModel()
{
    cw::Model m = loadTemplate(QStringLiteral("innovate-inc"));
    m.name = kHostile;
    for (auto &a : m.accounts) {
        a.name = kHostile;
        for (auto &n : a.networks) {
            n.name = kHostile;
            for (auto &s : n.subnets)
                s.name = kHostile;
            for (auto &s : n.services)
                s.name = kHostile;
        }
        for (auto &s : a.services)
            s.name = kHostile;
    }
    for (auto &e : m.externals)
        e.name = kHostile;
    return m;
}

using cw::templatetest::templateNames;

inline std::string generateOne(const cw::exporters::Exporter &e, const cw::Model &m,
    const std::string &path, std::map<std::string, std::string> values = {})
{
    values.emplace("date", "2025-01-31");
    // Findings dated like the title block, as the CLI does.
    const cw::exporters::ExportResult r
        = cw::testing::generateFor(e, m, { false, values }, values.at("date"));
    for (const auto &f : r.files)
        if (f.path == path)
            return f.bytes;
    return {};
}

} // namespace cwtest
