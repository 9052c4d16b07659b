// SPDX-License-Identifier: MIT
// edge.bicep (Front Door with origins from the connections and its WAF policy),
// privatelink.bicep (private endpoints and their DNS zones) and flowlogs.bicep (VNet flow logs,
// deployed into NetworkWatcherRG where Azure keeps the network watchers).
#include "bicep/deployment.h"

#include <algorithm>
#include <set>

namespace cw::exporters::bicep {

namespace {

Val obj(std::initializer_list<std::pair<const char *, Val>> entries)
{
    Val v = Val::object();
    for (const auto &[k, value] : entries)
        v.set(k, value);
    return v;
}

struct Origin
{
    const Service *service;
    std::string host; ///< expression
    bool dynamic; ///< an API or app rather than static content
};

void frontDoor(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string base = camelName(s.id);
    std::vector<Origin> origins;
    for (const Connection *c : d.topo.from(s.id)) {
        const Service *t = d.topo.service(c->to);
        if (!d.here(t) || !d.placed(t->id))
            continue;
        const std::string desc = "Host name of " + t->id + ".";
        if (t->kind == "azure.app-service")
            origins.push_back({ t,
                d.serviceValue(m, t->id, "HostName", "string", ".properties.defaultHostName", desc),
                true });
        else if (t->kind == "azure.static-web-app")
            origins.push_back({ t,
                d.serviceValue(m, t->id, "HostName", "string", ".properties.defaultHostname", desc),
                false });
        else if (t->kind == "azure.storage-account")
            origins.push_back({ t,
                d.serviceValue(m, t->id, "WebHost", "string", ".properties.primaryEndpoints.web",
                    "Static website endpoint of " + t->id + "."),
                false });
        else if (t->kind == "azure.application-gateway")
            origins.push_back({ t,
                d.use(m, "connectivity", camelName(t->id) + "PublicIp", "string", Val::raw("''"),
                    desc),
                true });
        else
            d.note("Front Door `" + s.id + "` -> `" + t->id + "` (" + t->kind
                + "): not an origin kind Cloudwright exports.");
    }
    std::stable_partition(
        origins.begin(), origins.end(), [](const Origin &o) { return !o.dynamic; });

    const std::string profile = m.file.symbol(s.id, base);
    {
        Val &b = m.file.resource(profile, std::string("Microsoft.Cdn/profiles@") + api::kCdn);
        b.set("name", Val::str("afd-" + Deployment::azName(s.id, 50)));
        b.set("location", Val::str("global"));
        b.set("tags", d.tags(m, s.tags));
        b.set("sku", obj({ { "name", Val::str(p.s("sku")) } }));
    }
    const std::string endpoint = m.file.symbol(s.id + "#endpoint", base + "Endpoint");
    {
        Val &b = m.file.resource(
            endpoint, std::string("Microsoft.Cdn/profiles/afdEndpoints@") + api::kCdn);
        b.set("parent", Val::raw(profile));
        b.set("name",
            Val::raw("'fde-" + lit(Deployment::azName(s.id, 30))
                + "-${uniqueString(resourceGroup().id)}'"));
        b.set("location", Val::str("global"));
        b.set("tags", d.tags(m, s.tags));
        b.set("properties", obj({ { "enabledState", Val::str("Enabled") } }));
    }
    const bool twoTier = origins.size() == 2 && !origins[0].dynamic && origins[1].dynamic;
    for (std::size_t i = 0; i < origins.size(); ++i) {
        const Origin &o = origins[i];
        const std::string name = Deployment::azName(o.service->id, 60);
        const std::string group = m.file.symbol(
            s.id + "#group:" + o.service->id, camelName(s.id + "-group-" + o.service->id));
        Val &g = m.file.resource(
            group, std::string("Microsoft.Cdn/profiles/originGroups@") + api::kCdn);
        g.set("parent", Val::raw(profile));
        g.set("name", Val::str(name));
        Val gp = Val::object();
        gp.set("loadBalancingSettings",
            obj({ { "sampleSize", Val::num(std::int64_t { 4 }) },
                { "successfulSamplesRequired", Val::num(std::int64_t { 3 }) },
                { "additionalLatencyInMilliseconds", Val::num(std::int64_t { 50 }) } }));
        gp.set("healthProbeSettings",
            obj({ { "probePath",
                      Val::str(p.s("health_probe_path").empty() ? "/" : p.s("health_probe_path")) },
                { "probeRequestType", Val::str("HEAD") }, { "probeProtocol", Val::str("Https") },
                { "probeIntervalInSeconds", Val::num(std::int64_t { 100 }) } }));
        g.set("properties", std::move(gp));

        const std::string origin = m.file.symbol(
            s.id + "#origin:" + o.service->id, camelName(s.id + "-origin-" + o.service->id));
        Val &b = m.file.resource(
            origin, std::string("Microsoft.Cdn/profiles/originGroups/origins@") + api::kCdn);
        b.set("parent", Val::raw(group));
        b.set("name", Val::str(name));
        std::string host = o.host;
        if (o.service->kind == "azure.storage-account")
            host = "replace(replace(" + o.host + ", 'https://', ''), '/', '')";
        Val op = Val::object();
        op.set("hostName", Val::raw(host));
        op.set("httpPort", Val::num(std::int64_t { 80 }));
        op.set("httpsPort", Val::num(std::int64_t { 443 }));
        op.set("originHostHeader", Val::raw(host));
        op.set("priority", Val::num(std::int64_t { 1 }));
        op.set("weight", Val::num(std::int64_t { 1000 }));
        op.set("enabledState", Val::str("Enabled"));
        op.set("enforceCertificateNameCheck",
            Val::boolean(o.service->kind != "azure.application-gateway"));
        b.set("properties", std::move(op));

        const std::string route = m.file.symbol(
            s.id + "#route:" + o.service->id, camelName(s.id + "-route-" + o.service->id));
        Val &r = m.file.resource(
            route, std::string("Microsoft.Cdn/profiles/afdEndpoints/routes@") + api::kCdn);
        r.set("parent", Val::raw(endpoint));
        r.set("name", Val::str(name));
        Val rp = Val::object();
        rp.set("originGroup", Val::idRef(group + ".id"));
        rp.set("supportedProtocols", Val::strArray({ "Http", "Https" }));
        const std::string pattern = i == 0 ? "/*" : twoTier ? "/api/*" : "/" + name + "/*";
        rp.set("patternsToMatch", Val::strArray({ pattern }));
        rp.set("forwardingProtocol", Val::str("HttpsOnly"));
        rp.set("linkToDefaultDomain", Val::str("Enabled"));
        rp.set("httpsRedirect", Val::str(p.b("https_redirect") ? "Enabled" : "Disabled"));
        if (p.b("caching") && !o.dynamic) {
            Val compression = obj({ { "isCompressionEnabled", Val::boolean(true) },
                { "contentTypesToCompress",
                    Val::strArray({ "text/html", "text/css", "application/javascript",
                        "application/json" }) } });
            rp.set("cacheConfiguration",
                obj({ { "queryStringCachingBehavior", Val::str("IgnoreQueryString") },
                    { "compressionSettings", std::move(compression) } }));
        }
        r.set("properties", std::move(rp));
        Val deps = Val::array();
        deps.add(Val::raw(origin));
        r.set("dependsOn", std::move(deps));
    }
    if (origins.empty())
        d.note("Front Door `" + s.id
            + "` has no origin (connect it to an app, static web app, storage account or "
              "application gateway).");
    if (p.b("private_link_origins"))
        d.note("Front Door `" + s.id
            + "`: Private Link origins need approval on the origin side; not exported.");

    if (p.b("waf")) {
        const bool premium = p.s("sku") == "Premium_AzureFrontDoor";
        const std::string policy = m.file.symbol(s.id + "#waf", base + "Waf");
        Val &w = m.file.resource(policy,
            std::string("Microsoft.Network/FrontDoorWebApplicationFirewallPolicies@")
                + api::kFrontDoorWaf);
        w.set("name", Val::str("waf" + Deployment::alnum(s.id, 60)));
        w.set("location", Val::str("global"));
        w.set("tags", d.tags(m, s.tags));
        w.set("sku", obj({ { "name", Val::str(p.s("sku")) } }));
        Val sets = Val::array();
        for (const auto &set : p.list("managed_rule_sets")) {
            const auto cut = set.rfind('_');
            if (!premium || cut == std::string::npos)
                continue;
            sets.add(obj({ { "ruleSetType", Val::str(set.substr(0, cut)) },
                { "ruleSetVersion", Val::str(set.substr(cut + 1)) },
                { "ruleSetAction", Val::str("Block") } }));
        }
        if (!premium && !p.list("managed_rule_sets").empty())
            d.note("Front Door `" + s.id
                + "`: managed WAF rule sets need the Premium SKU; not exported.");
        Val wp = Val::object();
        wp.set("policySettings",
            obj({ { "enabledState", Val::str("Enabled") },
                { "mode", Val::str(p.s("waf_mode")) } }));
        wp.set("managedRules", obj({ { "managedRuleSets", std::move(sets) } }));
        w.set("properties", std::move(wp));

        Val &sp = m.file.resource(m.file.symbol(s.id + "#security", base + "SecurityPolicy"),
            std::string("Microsoft.Cdn/profiles/securityPolicies@") + api::kCdn);
        sp.set("parent", Val::raw(profile));
        sp.set("name", Val::str("waf"));
        Val domains = Val::array();
        domains.add(Val::idRef(endpoint + ".id"));
        Val association = obj(
            { { "domains", std::move(domains) }, { "patternsToMatch", Val::strArray({ "/*" }) } });
        Val associations = Val::array();
        associations.add(std::move(association));
        Val params = obj({ { "type", Val::str("WebApplicationFirewall") },
            { "wafPolicy", Val::idRef(policy + ".id") },
            { "associations", std::move(associations) } });
        sp.set("properties", obj({ { "parameters", std::move(params) } }));
    }
    d.place(s.id, "edge", profile);
    d.expose(m, base + "HostName", "string", Val::raw(endpoint + ".properties.hostName"),
        "Host name of the Front Door endpoint " + s.id + ".");
}

std::string zoneName(const std::string &subresource)
{
    static const std::map<std::string, std::string> zones { { "vault",
                                                                "privatelink.vaultcore.azure.net" },
        { "blob", "privatelink.blob.core.windows.net" },
        { "file", "privatelink.file.core.windows.net" },
        { "queue", "privatelink.queue.core.windows.net" },
        { "table", "privatelink.table.core.windows.net" },
        { "dfs", "privatelink.dfs.core.windows.net" },
        { "web", "privatelink.web.core.windows.net" },
        { "postgresqlServer", "privatelink.postgres.database.azure.com" },
        { "registry", "privatelink.azurecr.io" }, { "sites", "privatelink.azurewebsites.net" },
        { "redisCache", "privatelink.redis.cache.windows.net" } };
    auto it = zones.find(subresource);
    return it == zones.end() ? std::string() : it->second;
}

void privateEndpoint(Deployment &d, ModuleFile &m, const Service &s,
    std::map<std::string, std::string> &zones, std::set<std::string> &links)
{
    const Props p = d.props(s);
    const std::string target = p.s("target");
    const std::string sub = p.s("subresource");
    const Network *net = d.networkOf(s);
    if (target.empty() || !d.placed(target) || !net) {
        d.note("Private endpoint `" + s.id
            + "` names no exported service of this subscription in `target`; not exported.");
        return;
    }
    const std::string base = camelName(s.id);
    const std::string symbol = m.file.symbol(s.id, base);
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.Network/privateEndpoints@") + api::kNetwork);
    b.set("name", Val::str("pep-" + Deployment::azName(s.id, 50)));
    b.set("location", Val::raw(d.location(m, net->region)));
    b.set("tags", d.tags(m, s.tags));
    Val props = Val::object();
    for (const auto &id : s.subnets)
        if (const Subnet *sn = d.subnet(id); sn && !props.get("subnet"))
            props.set("subnet", Val::idRef(d.subnetId(m, *sn)));
    Val connection = Val::object();
    connection.set("name", Val::str(Deployment::azName(s.id, 60)));
    Val cp = Val::object();
    cp.set("privateLinkServiceId", Val::raw(d.serviceId(m, target)));
    if (!sub.empty())
        cp.set("groupIds", Val::strArray({ sub }));
    connection.set("properties", std::move(cp));
    Val connections = Val::array();
    connections.add(std::move(connection));
    props.set("privateLinkServiceConnections", std::move(connections));
    b.set("properties", std::move(props));

    const std::string zone = zoneName(sub);
    if (!p.b("private_dns_zone"))
        return;
    if (zone.empty()) {
        d.note("Private endpoint `" + s.id + "`: no known privatelink DNS zone for sub-resource '"
            + sub + "'; register its record by hand.");
        return;
    }
    if (!zones.count(zone)) {
        const std::string z = m.file.symbol("zone:" + zone, camelName(zone.substr(12)) + "Zone");
        Val &zb = m.file.resource(
            z, std::string("Microsoft.Network/privateDnsZones@") + api::kPrivateDns);
        zb.set("name", Val::str(zone));
        zb.set("location", Val::str("global"));
        zb.set("tags", d.tags(m));
        zones[zone] = z;
    }
    const std::string z = zones[zone];
    if (links.insert(zone + "|" + net->id).second) {
        Val &l = m.file.resource(m.file.symbol("link:" + zone + "|" + net->id,
                                     camelName(zone.substr(12) + "-link-" + net->id)),
            std::string("Microsoft.Network/privateDnsZones/virtualNetworkLinks@")
                + api::kPrivateDns);
        l.set("parent", Val::raw(z));
        l.set("name", Val::str("link-" + Deployment::azName(net->id)));
        l.set("location", Val::str("global"));
        l.set("tags", d.tags(m));
        l.set("properties",
            obj({ { "registrationEnabled", Val::boolean(false) },
                { "virtualNetwork", Val::idRef(d.vnetId(m, *net)) } }));
    }
    Val &g = m.file.resource(m.file.symbol(s.id + "#dns", base + "Dns"),
        std::string("Microsoft.Network/privateEndpoints/privateDnsZoneGroups@") + api::kNetwork);
    g.set("parent", Val::raw(symbol));
    g.set("name", Val::str("default"));
    Val configs = Val::array();
    configs.add(obj({ { "name", Val::str("config") },
        { "properties", obj({ { "privateDnsZoneId", Val::raw(z + ".id") } }) } }));
    g.set("properties", obj({ { "privateDnsZoneConfigs", std::move(configs) } }));
}

void flowLogs(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const Network *net = d.networkOf(s);
    if (!net)
        return;
    const std::string base = camelName(s.id);
    const std::string location = d.location(m, net->region);
    std::string storage;
    for (const Service *st : d.topo.linked(s.id, "azure.storage-account"))
        if (d.here(st) && storage.empty())
            storage = st->id;
    for (const Service *st : d.services())
        if (st->kind == "azure.storage-account" && storage.empty())
            storage = st->id;
    const std::string storageId = storage.empty()
        ? d.envInput(m, base + "StorageAccountId",
            "Resource id of the storage account receiving the flow logs " + s.id + ".")
        : d.serviceId(m, storage);
    std::string workspace;
    for (const Service *w : d.services())
        if (w->kind == "azure.log-analytics" && workspace.empty())
            workspace = w->id;

    const std::string watcher
        = m.file.symbol("watcher:" + net->region, camelName("watcher-" + net->region));
    if (m.declared.insert("watcher:" + net->region).second) {
        // Azure creates one watcher per region, named after it, in NetworkWatcherRG.
        Val &w = m.file.resource(
            watcher, std::string("Microsoft.Network/networkWatchers@") + api::kNetwork, true);
        w.set("name", Val::raw("'NetworkWatcher_${" + location + "}'"));
    }
    const std::string symbol = m.file.symbol(s.id, base);
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.Network/networkWatchers/flowLogs@") + api::kNetwork);
    b.set("parent", Val::raw(watcher));
    b.set("name", Val::str("fl-" + Deployment::azName(net->id, 60)));
    b.set("location", Val::raw(location));
    b.set("tags", d.tags(m, s.tags));
    Val props = Val::object();
    props.set("targetResourceId", Val::raw(d.vnetId(m, *net)));
    props.set("storageId", Val::raw(storageId));
    props.set("enabled", Val::boolean(true));
    props.set("retentionPolicy",
        obj({ { "days", Val::num(p.i("retention_days")) },
            { "enabled", Val::boolean(p.i("retention_days") > 0) } }));
    props.set("format",
        obj({ { "type", Val::str("JSON") }, { "version", Val::num(std::int64_t { 2 }) } }));
    if (p.b("traffic_analytics") && !workspace.empty()) {
        Val cfg = obj({ { "enabled", Val::boolean(true) },
            { "workspaceResourceId", Val::raw(d.serviceId(m, workspace)) },
            { "trafficAnalyticsInterval", Val::num(p.i("traffic_analytics_interval_min")) } });
        props.set("flowAnalyticsConfiguration",
            obj({ { "networkWatcherFlowAnalyticsConfiguration", std::move(cfg) } }));
    } else if (p.b("traffic_analytics")) {
        d.note("Flow logs `" + s.id
            + "`: Traffic Analytics needs a Log Analytics workspace in the design.");
    }
    b.set("properties", std::move(props));
}

} // namespace

void emitEdge(Deployment &d)
{
    for (const Service *s : d.services())
        if (s->kind == "azure.front-door")
            frontDoor(d, d.mod("edge"), *s);
    if (ModuleFile *m = d.findModule("edge"))
        m->file.metadata(
            "Edge", "Front Door profiles, endpoints, origins, routes and WAF policies.");
}

void emitPrivateLink(Deployment &d)
{
    std::map<std::string, std::string> zones;
    std::set<std::string> links;
    for (const Service *s : d.services())
        if (s->kind == "azure.private-endpoint")
            privateEndpoint(d, d.mod("privatelink"), *s, zones, links);
    if (ModuleFile *m = d.findModule("privatelink"))
        m->file.metadata("Private link", "Private endpoints and their privatelink DNS zones.");
    for (const Service *s : d.services()) {
        if (s->kind != "azure.vnet-flow-logs")
            continue;
        ModuleFile &m = d.mod("flowlogs");
        m.scope = "resourceGroup('NetworkWatcherRG')";
        m.file.metadata("Flow logs",
            "VNet flow logs; deployed into NetworkWatcherRG, where Azure keeps the network "
            "watchers.");
        flowLogs(d, m, *s);
    }
}

} // namespace cw::exporters::bicep
