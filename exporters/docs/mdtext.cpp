// SPDX-License-Identifier: MIT
#include "docs/mdtext.h"

#include <algorithm>
#include <set>

namespace cw::exporters::docs {

std::string row(const std::vector<std::string> &cells)
{
    std::string out = "|";
    for (const auto &c : cells)
        out += " " + c + " |";
    return out + "\n";
}

std::string header(const std::vector<std::string> &cells)
{
    std::string sep = "|";
    for (std::size_t i = 0; i < cells.size(); ++i)
        sep += " --- |";
    return row(cells) + sep + "\n";
}

std::string settings(const Service &service)
{
    std::vector<std::string> parts;
    for (const auto &[name, prop] : service.properties)
        parts.push_back(name + ": " + toDisplayString(prop.value));
    return md(join(parts));
}

std::vector<std::string> zonesOf(const Service &service, const Network *network)
{
    std::set<std::string> zones;
    if (network)
        for (const auto &id : service.subnets)
            for (const auto &s : network->subnets)
                if (s.id == id && !s.zone.empty())
                    zones.insert(s.zone);
    return { zones.begin(), zones.end() };
}

std::string join(const std::vector<std::string> &items)
{
    std::string out;
    for (const auto &i : items)
        out += (out.empty() ? "" : ", ") + i;
    return out;
}

} // namespace cw::exporters::docs
