// SPDX-License-Identifier: MIT
#include "docs/docsexporter.h"

#include "diagram/diagramexporter.h"
#include "docs/mdtext.h"
#include "docs/sections.h"
#include "rules/engine.h"

namespace cw::exporters {

std::string architectureDocument(
    const Model &model, const rules::Report &report, const std::string &date)
{
    const Catalog &catalog = Catalog::builtin();
    std::string out
        = "# " + docs::md(model.name.empty() ? std::string("Architecture") : model.name) + "\n\n";
    out += docs::overviewSection(model, date);
    out += docs::environmentSection(model);
    out += docs::networkSection(model, catalog);
    out += docs::computeSection(model, catalog);
    out += docs::deliverySection(model, catalog);
    out += docs::dataSection(model, catalog);
    out += docs::edgeSecuritySection(model, catalog);
    out += docs::reviewSection(report, date);
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
        out.pop_back();
    return out;
}

std::string DocsExporter::description() const
{
    return "README.md architecture document with the high-level diagram (architecture.png)";
}

std::vector<std::string> DocsExporter::outputFiles(const Model &) const
{
    return { "README.md", "architecture.png" };
}

std::vector<ExportOptionSpec> DocsExporter::optionSpecs() const
{
    // The document's picture takes the image options that make sense inside a README.
    return { { .key = "scale",
                 .label = "Diagram scale",
                 .kind = ExportOptionSpec::Kind::Number,
                 .defaultValue = "1",
                 .min = 0.1,
                 .max = 8 },
        { .key = "legend",
            .label = "Diagram legend",
            .kind = ExportOptionSpec::Kind::Flag,
            .defaultValue = "1" },
        { .key = "badges",
            .label = "Finding badges on the diagram",
            .kind = ExportOptionSpec::Kind::Flag,
            .defaultValue = "0" } };
}

ExportResult DocsExporter::generate(const ExportInput &input, const ExportOptions &options) const
{
    ExportResult result;
    ExportOptions o = options;
    if (!o.values.count("date"))
        o.values["date"] = rules::currentDate();
    std::string error;
    std::string png = renderPng(input, o, &error);
    if (!error.empty()) {
        result.errors.push_back(error);
        return result;
    }
    result.files.push_back(
        { "README.md", architectureDocument(input.model, input.report, o.values["date"]) });
    result.files.push_back({ "architecture.png", std::move(png) });
    return result;
}

} // namespace cw::exporters
