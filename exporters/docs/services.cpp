// SPDX-License-Identifier: MIT
#include "common/props.h"
#include "docs/mdtext.h"
#include "docs/sections.h"

#include <functional>

namespace cw::exporters::docs {
namespace {

/// A service with where it lives.
struct Placed
{
    const Account *account = nullptr;
    const Network *network = nullptr;
    const Service *service = nullptr;
    const KindSpec *spec = nullptr;
};

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

/// Scaling bounds from the catalog's min/max property pairs.
std::string scaling(const Placed &p, const Catalog &catalog)
{
    const Props props(*p.service, catalog);
    static const std::pair<const char *, const char *> pairs[] = { { "node_min", "node_max" },
        { "min_size", "max_size" }, { "min_count", "max_count" },
        { "min_capacity", "max_capacity" }, { "serverless_v2_min_acu", "serverless_v2_max_acu" } };
    for (const auto &[lo, hi] : pairs)
        if (p.spec->property(lo) && p.spec->property(hi) && (props.isSet(lo) || props.isSet(hi)))
            return md(
                toDisplayString(Value(props.d(lo))) + " to " + toDisplayString(Value(props.d(hi))));
    for (const char *fixed : { "instance_count", "instances", "desired_count", "node_count" })
        if (p.spec->property(fixed) && props.isSet(fixed))
            return md(std::to_string(props.i(fixed)) + " (" + fixed + ")");
    return "–";
}

std::string firstSet(
    const Placed &p, const Catalog &catalog, std::initializer_list<const char *> names)
{
    const Props props(*p.service, catalog);
    std::vector<std::string> parts;
    for (const char *n : names)
        if (p.spec->property(n))
            if (const auto it = p.service->properties.find(n); it != p.service->properties.end())
                parts.push_back(std::string(n) + ": " + toDisplayString(it->second.value));
    return parts.empty() ? "–" : md(join(parts));
}

} // namespace

std::string computeSection(const Model &model, const Catalog &catalog)
{
    std::string out = "## Compute platform\n\n";
    const auto items = servicesWhere(model, catalog,
        [](const KindSpec &k) { return k.category == "compute" || k.category == "containers"; });
    if (items.empty())
        return out + "The design has no compute services yet.\n\n";
    out += header({ "Service", "Kind", "Where (zones)", "Scaling", "Settings" });
    for (const auto &p : items)
        out += row(
            { nameOf(p), md(p.spec->label), where(p), scaling(p, catalog), settings(*p.service) });
    return out + "\n";
}

std::string dataSection(const Model &model, const Catalog &catalog)
{
    std::string out = "## Data\n\n";
    const auto items = servicesWhere(model, catalog, [](const KindSpec &k) { return k.dataStore; });
    if (items.empty())
        return out + "The design holds no data stores yet.\n\n";
    out += header({ "Data store", "Engine", "Where (zones)", "High availability",
        "Backups and retention", "Disaster recovery", "Encryption" });
    for (const auto &p : items)
        out += row({ nameOf(p),
            md(p.spec->label)
                + (firstSet(p, catalog, { "engine_version", "version" }) == "–"
                        ? std::string()
                        : ", " + firstSet(p, catalog, { "engine_version", "version" })),
            where(p),
            firstSet(p, catalog,
                { "multi_az", "instances", "ha_mode", "zone_redundant", "replication",
                    "storage_redundancy" }),
            firstSet(p, catalog,
                { "backup_retention_days", "versioning", "blob_soft_delete_days",
                    "message_retention_s", "soft_delete" }),
            firstSet(p, catalog,
                { "geo_redundant_backup", "replica_regions", "cross_region_restore",
                    "deletion_protection", "object_lock", "geo_replication_regions" }),
            firstSet(p, catalog, { "storage_encrypted", "encryption", "kms_key" }) });
    return out + "\n";
}

std::string edgeSecuritySection(const Model &model, const Catalog &catalog)
{
    std::string out = "## Edge and security\n\n";
    const auto items = servicesWhere(model, catalog, [](const KindSpec &k) {
        return k.category == "edge" || k.category == "security" || k.entryPoint;
    });
    if (items.empty())
        out += "The design has no edge or security services yet.\n\n";
    else {
        out += header({ "Service", "Kind", "Where", "Settings" });
        for (const auto &p : items)
            out += row({ nameOf(p), md(p.spec->label), where(p), settings(*p.service) });
        out += "\n";
    }
    std::size_t tls = 0, plain = 0;
    for (const auto &c : model.connections)
        (c.protocol == "https"         ? tls
                : c.protocol == "http" ? plain
                                       : tls)
            += c.protocol == "https" || c.protocol == "http";
    out += "Transport: " + std::to_string(tls) + " connection(s) use HTTPS (TLS), "
        + std::to_string(plain)
        + " use plain HTTP. Secrets are referenced from the provider's secret store, never written "
          "into generated code.\n\n";
    return out;
}

} // namespace cw::exporters::docs
