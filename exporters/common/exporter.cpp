// SPDX-License-Identifier: MIT
#include "common/exporter.h"

#include <stdexcept>

namespace cw::exporters {

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
