// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"
#include "layout/layout.h"
#include "rules/runcontext.h"

#include <string>

namespace cw::testing {

/// What the CLI and the designer hand an exporter: the model, its layout and the run context's
/// findings (no project file: tests must not pick up one lying around the source tree).
struct PreparedInput
{
    explicit PreparedInput(Model m, const std::string &today = {})
        : model(std::move(m))
        , geometry(layout::layout(model))
        , report(
              rules::runRules(model, { .designPath = {}, .configFile = {}, .today = today }).report)
    { }

    Model model;
    layout::Geometry geometry;
    rules::Report report;

    operator exporters::ExportInput() const { return { model, geometry, report }; }
};

/// exporter.generate() over a freshly prepared model.
inline exporters::ExportResult generateFor(const exporters::Exporter &exporter, const Model &model,
    const exporters::ExportOptions &options, const std::string &today = {})
{
    const PreparedInput in(model, today);
    return exporter.generate(in, options);
}

} // namespace cw::testing
