// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cw::rules::placement {

std::span<const Subnet *const> subnetsOf(const RuleContext &ctx, const Service &svc)
{
    const ServiceRow *row = ctx.services.rowOf(svc);
    return row ? ctx.services.subnetsOf(*row) : std::span<const Subnet *const> {};
}

std::vector<std::string> zonesOf(const RuleContext &ctx, const Service &svc)
{
    std::vector<std::string> zones;
    for (const Subnet *s : subnetsOf(ctx, svc))
        if (!s->zone.empty())
            zones.push_back(s->zone);
    std::sort(zones.begin(), zones.end());
    zones.erase(std::unique(zones.begin(), zones.end()), zones.end());
    return zones;
}

std::string describe(const RuleContext &ctx, const Service &svc)
{
    const KindSpec *kind = ctx.catalog.find(svc.kind);
    return (kind ? kind->label : svc.kind) + " '" + svc.id + "'";
}

std::string accountLabel(const Account &account)
{
    const std::string env = account.environment == Environment::Prod
        ? std::string("production")
        : std::string(toString(account.environment));
    return env + " account '" + account.id + "'";
}

std::string joinList(const std::vector<std::string> &items, std::string_view last)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " " + std::string(last) + " " : std::string(", ");
        out += items[i];
    }
    return out;
}

std::string count(std::size_t n, std::string_view singular, std::string_view plural)
{
    return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

std::vector<std::string> quoted(const std::vector<std::string> &items)
{
    std::vector<std::string> out;
    out.reserve(items.size());
    for (const auto &s : items)
        out.push_back("'" + s + "'");
    return out;
}

std::string num(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return std::to_string(static_cast<long long>(v));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

} // namespace cw::rules::placement
