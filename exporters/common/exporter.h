// SPDX-License-Identifier: MIT
#pragma once

#include "layout/layout.h"
#include "model/model.h"
#include "rules/engine.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

/// The one exporter interface every output format implements, and the registry that lists them.
namespace cw::exporters {

/// What the caller asks of an export.
struct ExportOptions
{
    bool force = false; ///< export even when constraint findings exist
    std::map<std::string, std::string> values; ///< format-specific options ("scale" = "2")
};

/// What every export reads: the model, its geometry (layout::layout(model), computed once by the
/// caller and used by every format that draws) and the findings of the run context
/// (rules::runRules: project rules file + the document's `rules:`). Exporters never run the
/// rules engine or the layout themselves, so the gate, badges and the document review show
/// what the designer and `validate` show.
struct ExportInput
{
    const Model &model;
    const layout::Geometry &geometry;
    const rules::Report &report;
};

/// One format-specific option, so front ends can offer it (the designer's export dialog).
struct ExportOptionSpec
{
    enum class Kind { Flag, Number, Choice, Text };
    std::string key; ///< ExportOptions::values key ("scale")
    std::string label; ///< for people ("Scale")
    Kind kind = Kind::Flag;
    std::string defaultValue; ///< as text; "1"/"0" for flags
    std::vector<std::string> choices; ///< Kind::Choice
    double min = 0; ///< Kind::Number
    double max = 0;
};

/// Options every format accepts ("date": the day the run context, title blocks and documents
/// are dated with, YYYY-MM-DD), before the format's own optionSpecs().
std::vector<ExportOptionSpec> commonOptionSpecs();

/// The options exporter accepts: commonOptionSpecs() then its optionSpecs().
std::vector<ExportOptionSpec> acceptedOptions(const class Exporter &exporter);

/// Checks that every key of options is one exporter accepts; otherwise returns one
/// "<options>:1:1: error: ..." line naming the unknown key(s) and the known ones. Empty when
/// all are known. The CLI and the designer both call it before generate().
std::string checkOptionKeys(const class Exporter &exporter, const ExportOptions &options);

/// One generated file: a path relative to the output folder, made of safe components.
struct OutputFile
{
    std::string path;
    std::string bytes;
};

/// The files of one export, built in memory, or the reasons it was refused.
struct ExportResult
{
    std::vector<OutputFile> files;
    std::vector<std::string> errors; ///< "file:line:column: error: message"; empty = success
    /// Refused by the constraint gate alone: the caller may offer to force it (--force in the
    /// CLI, "Export anyway" in the designer). The errors say nothing about how.
    bool gated = false;

    bool ok() const { return errors.empty(); }
};

/// One output format.
class Exporter
{
public:
    virtual ~Exporter() = default;

    /// Stable id used by the CLI (--to terraform).
    virtual std::string id() const = 0;
    virtual std::string displayName() const = 0;
    /// One line for menus and --help.
    virtual std::string description() const = 0;
    /// The options generate() reads from ExportOptions::values, for front ends.
    virtual std::vector<ExportOptionSpec> optionSpecs() const { return {}; }
    /// The relative paths generate() would write for model, without building the content.
    virtual std::vector<std::string> outputFiles(const Model &model) const = 0;
    /// Builds every file in memory. Deterministic: the same input gives the same bytes.
    virtual ExportResult generate(const ExportInput &input, const ExportOptions &options) const = 0;
};

/// The known exporters, in registration order; ids are unique.
class ExporterRegistry
{
public:
    /// Adds an exporter; throws std::logic_error on a duplicate id (a programming error).
    void add(std::unique_ptr<Exporter> exporter);
    const Exporter *find(std::string_view id) const;
    const std::vector<std::unique_ptr<Exporter>> &all() const { return m_exporters; }
    /// The ids, in registration order, for messages.
    std::vector<std::string> ids() const;

private:
    std::vector<std::unique_ptr<Exporter>> m_exporters;
};

/// Registers every built-in format, in menu order: terraform, bicep, drawio, mermaid, png,
/// svg, pdf, markdown. The CLI and the designer both list exactly these. Defined in the
/// cloudwright_exporters library, which links the format libraries.
void registerBuiltinExporters(ExporterRegistry &registry);

} // namespace cw::exporters
