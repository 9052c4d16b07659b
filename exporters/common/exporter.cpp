// SPDX-License-Identifier: MIT
#include "common/exporter.h"

#include <algorithm>
#include <stdexcept>

namespace cw::exporters {

std::vector<ExportOptionSpec> commonOptionSpecs()
{
    return { { .key = "date",
        .label = "Date (YYYY-MM-DD)",
        .kind = ExportOptionSpec::Kind::Text,
        .defaultValue = "today" } };
}

std::vector<ExportOptionSpec> acceptedOptions(const Exporter &exporter)
{
    std::vector<ExportOptionSpec> out = commonOptionSpecs();
    for (auto &spec : exporter.optionSpecs())
        if (std::none_of(out.begin(), out.end(), [&](const auto &o) { return o.key == spec.key; }))
            out.push_back(std::move(spec));
    return out;
}

std::string checkOptionKeys(const Exporter &exporter, const ExportOptions &options)
{
    const auto known = acceptedOptions(exporter);
    std::string unknown, names;
    for (const auto &[key, value] : options.values)
        if (std::none_of(known.begin(), known.end(), [&](const auto &o) { return o.key == key; }))
            unknown += (unknown.empty() ? "'" : ", '") + key + "'";
    if (unknown.empty())
        return {};
    for (const auto &o : known)
        names += (names.empty() ? "" : ", ") + o.key;
    return "<options>:1:1: error: unknown option " + unknown + " for " + exporter.id()
        + "; known options: " + names;
}

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter)
{
    if (!exporter)
        throw std::logic_error("ExporterRegistry::add: null exporter");
    if (find(exporter->id()))
        throw std::logic_error("ExporterRegistry::add: duplicate exporter id " + exporter->id());
    m_exporters.push_back(std::move(exporter));
}

const Exporter *ExporterRegistry::find(std::string_view id) const
{
    for (const auto &e : m_exporters)
        if (e->id() == id)
            return e.get();
    return nullptr;
}

std::vector<std::string> ExporterRegistry::ids() const
{
    std::vector<std::string> out;
    out.reserve(m_exporters.size());
    for (const auto &e : m_exporters)
        out.push_back(e->id());
    return out;
}

} // namespace cw::exporters
