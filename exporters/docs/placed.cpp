// SPDX-License-Identifier: MIT
#include "docs/placed.h"

#include "docs/mdtext.h"

#include <cmath>

namespace cw::exporters::docs {

std::vector<Placed> servicesWhere(
    const Model &model, const Catalog &catalog, const std::function<bool(const KindSpec &)> &pick)
{
    std::vector<Placed> out;
    auto add = [&](const Account &a, const Network *n, const Service &s) {
        const KindSpec *k = catalog.find(s.kind);
        if (k && pick(*k))
            out.push_back({ &a, n, &s, k });
    };
    for (const auto &a : model.accounts) {
        for (const auto &n : a.networks)
            for (const auto &s : n.services)
                add(a, &n, s);
        for (const auto &s : a.services)
            add(a, nullptr, s);
    }
    return out;
}

std::string nameOf(const Placed &p)
{
    return md(p.service->name.empty() ? p.service->id : p.service->name) + " ("
        + mdId(p.service->id) + ")";
}

std::string where(const Placed &p)
{
    std::string w = p.account->name.empty() ? p.account->id : p.account->name;
    if (p.network)
        w += " / " + (p.network->name.empty() ? p.network->id : p.network->name);
    else
        w += p.service->region.empty() ? " / global" : " / " + p.service->region;
    const auto zones = zonesOf(*p.service, p.network);
    if (!zones.empty())
        w += " (" + join(zones) + ")";
    return md(w);
}

std::string facts(const Placed &p, const std::vector<std::string> &names)
{
    std::vector<std::string> set, defaults;
    bool known = false;
    for (const std::string &n : names) {
        const PropertySpec *spec = p.spec->property(n);
        if (!spec)
            continue;
        known = true;
        if (const auto it = p.service->properties.find(n); it != p.service->properties.end())
            set.push_back(n + ": " + toDisplayString(it->second.value));
        else if (spec->defaultValue)
            defaults.push_back(n + ": " + toDisplayString(*spec->defaultValue) + " (default)");
    }
    if (!set.empty())
        return md(join(set));
    if (!defaults.empty())
        return md(join(defaults));
    return known ? "not set" : "not in the model";
}

std::string notes(const std::vector<Placed> &items)
{
    std::string out;
    for (const auto &p : items)
        if (!p.service->description.empty())
            out += "- " + nameOf(p) + ": " + md(p.service->description) + "\n";
    return out.empty() ? out : "Notes:\n\n" + out + "\n";
}

bool isRegistry(const std::string &kind)
{
    return kind == "aws.ecr" || kind == "azure.container-registry";
}

bool isPipeline(const std::string &kind)
{
    return kind.find("pipeline") != std::string::npos || kind.find("codebuild") != std::string::npos
        || kind.find("codedeploy") != std::string::npos;
}

std::string count(double value)
{
    if (!(value < 1e18))
        return "2^" + std::to_string(static_cast<int>(std::round(std::log2(value))));
    std::string digits = std::to_string(static_cast<long long>(std::llround(value)));
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace cw::exporters::docs
