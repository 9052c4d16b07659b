// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

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
    /// The relative paths generate() would write for model, without building the content.
    virtual std::vector<std::string> outputFiles(const Model &model) const = 0;
    /// Builds every file in memory. Deterministic: the same model gives the same bytes.
    virtual ExportResult generate(const Model &model, const ExportOptions &options) const = 0;
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

/// Registers the infrastructure-as-code exporters: terraform (AWS) and bicep (Azure).
/// Defined in the cw_export_iac library, which links the format libraries.
void registerIacExporters(ExporterRegistry &registry);

} // namespace cw::exporters
