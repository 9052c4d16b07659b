// SPDX-License-Identifier: MIT
#include "rules/views/zonespan.h"

#include "rules/props.h"
#include "rules/rulehelpers.h"

#include <set>

namespace cw::rules {
namespace {

/// True when the service's own settings spread it over zones.
bool redundantBySettings(const RuleContext &ctx, const Service &s, const KindSpec &spec)
{
    const Catalog &c = ctx.catalog;
    const std::string &k = s.kind;
    if (spec.property("zone_redundant") && boolProp(c, s, "zone_redundant"))
        return true;
    if (k == "aws.rds-postgresql")
        return boolProp(c, s, "multi_az");
    if (k == "aws.aurora-postgresql")
        return intProp(c, s, "instances", 1) >= 2;
    if (k == "azure.postgresql-flexible")
        return textProp(c, s, "ha_mode") == "ZoneRedundant";
    if (k == "azure.aks")
        return listProp(c, s, "zones").size() >= 2;
    if (k == "azure.vpn-gateway" || k == "azure.expressroute-gateway")
        return textProp(c, s, "sku").ends_with("AZ");
    if (k == "azure.storage-account")
        return textProp(c, s, "replication").find("ZRS") != std::string::npos;
    return false;
}

} // namespace

ZoneSpan zoneSpan(const RuleContext &ctx, const ElementRef &ref)
{
    if (ref.subnet) {
        if (ref.subnet->zone.empty())
            return { 2, "regional subnet" };
        return { 1, "zone " + ref.subnet->zone };
    }
    if (!ref.service)
        return { 2, "not a zonal element" };
    const Service &s = *ref.service;
    const KindSpec *spec = ctx.catalog.find(s.kind);
    if (!spec)
        return { 1, "unknown kind" };
    if (spec->zoneRedundant || redundantBySettings(ctx, s, *spec))
        return { 2, "zone-redundant" };
    const auto &subnets = subnetsOf(ctx, s);
    if (s.kind == "aws.nat-gateway" && textProp(ctx.catalog, s, "mode") == "single"
        && !subnets.empty())
        return { 1, "a single NAT gateway in zone " + subnets.front()->zone };
    std::set<std::string> zones;
    for (const Subnet *sub : subnets)
        if (!sub->zone.empty())
            zones.insert(sub->zone);
    if (zones.size() >= 2)
        return { static_cast<int>(zones.size()), std::to_string(zones.size()) + " zones" };
    if (zones.size() == 1)
        return { 1, "one zone: " + *zones.begin() };
    return { 1, "not zone-redundant" };
}

} // namespace cw::rules
