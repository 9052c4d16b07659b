// SPDX-License-Identifier: MIT
// network.bicep: virtual networks with inline subnets (delegations, NSGs), network security
// groups derived from the connections, private DNS zones for PostgreSQL private access.
#include "bicep/deployment.h"

#include <algorithm>
#include <set>

namespace cw::exporters::bicep {

namespace {

/// Subnets Azure does not let an NSG guard (or that need rules of their own we do not know).
bool takesNsg(const Subnet &s)
{
    static const std::set<std::string> special { "GatewaySubnet", "AzureFirewallSubnet",
        "AzureFirewallManagementSubnet", "AzureBastionSubnet", "RouteServerSubnet" };
    return !special.count(Deployment::subnetName(s));
}

struct Rule
{
    std::string name;
    std::string access = "Allow";
    std::string protocol = "Tcp";
    std::vector<std::string> sources;
    std::string destination;
    std::string ports;
};

struct SubnetInfo
{
    const Subnet *subnet = nullptr;
    std::vector<const Service *> services;
    std::vector<Rule> rules;
    bool gateway = false; ///< hosts an application gateway
    bool redis = false; ///< hosts a VNet-injected cache (needs its own platform ports)
    std::string podCidr; ///< AKS overlay/kubenet pods talk from this block
};

using Infos = std::map<std::string, SubnetInfo>;

std::vector<std::string> ipv4Blocks(const std::vector<std::string> &blocks)
{
    std::vector<std::string> out;
    for (const auto &b : blocks)
        if (b.find(':') == std::string::npos)
            out.push_back(b);
    return out;
}

/// The subnets traffic to a service lands in: its own, or those of its private endpoints.
std::vector<const Subnet *> landing(Deployment &d, const Service &t)
{
    std::vector<const Subnet *> out;
    for (const auto &id : t.subnets)
        if (const Subnet *s = d.subnet(id))
            out.push_back(s);
    if (!out.empty())
        return out;
    for (const Service *pe : d.services())
        if (pe->kind == "azure.private-endpoint" && d.props(*pe).s("target") == t.id)
            for (const auto &id : pe->subnets)
                if (const Subnet *s = d.subnet(id))
                    out.push_back(s);
    return out;
}

int defaultPort(Deployment &d, const Service &t)
{
    const Props p = d.props(t);
    if (t.kind == "azure.postgresql-flexible")
        return 5432;
    if (t.kind == "azure.redis-cache")
        return p.b("non_ssl_port") ? 6379 : 6380;
    if (t.kind == "azure.application-gateway")
        return p.s("listener_protocol") == "Http" ? 80 : 443;
    if (t.kind == "azure.key-vault" || t.kind == "azure.storage-account"
        || t.kind == "azure.container-registry")
        return 443;
    return 0;
}

bool publicFrontend(Deployment &d, const Service &t)
{
    if (t.kind == "azure.application-gateway")
        return true;
    if (t.kind == "azure.load-balancer")
        return d.props(t).s("type") == "public";
    return false;
}

void addRule(Infos &infos, const Subnet &at, Rule r)
{
    auto it = infos.find(at.id);
    if (it == infos.end() || !takesNsg(at))
        return;
    for (const auto &existing : it->second.rules)
        if (existing.sources == r.sources && existing.ports == r.ports
            && existing.protocol == r.protocol)
            return;
    r.destination = at.cidr;
    it->second.rules.push_back(std::move(r));
}

void connectionRules(
    Deployment &d, Infos &infos, const Connection &c, const Service &target, int viaPort)
{
    if (target.kind == "azure.app-service" || target.kind == "azure.load-balancer")
        return;
    const std::vector<const Subnet *> dest = landing(d, target);
    if (dest.empty())
        return;
    const std::string where = "Connection " + c.from + " -> " + target.id;
    int port = viaPort ? viaPort : connectionPort(c);
    if (port == 0)
        port = defaultPort(d, target);
    std::string protocol = "Tcp";
    if (c.protocol == "udp")
        protocol = "Udp";
    else if (c.protocol == "icmp")
        protocol = "Icmp";
    else if (c.protocol == "any")
        protocol = "*";
    if (port == 0 && protocol == "Tcp") {
        d.note(where + " declares no port; no NSG rule was written for it.");
        return;
    }
    std::vector<std::string> sources;
    const Service *from = d.topo.service(c.from);
    const External *ext = d.topo.external(c.from);
    if (ext && ext->kind == ExternalKind::Internet) {
        if (!publicFrontend(d, target)) {
            d.note(where
                + ": only a public application gateway or load balancer is opened to the internet; "
                  "no rule was written.");
            return;
        }
        sources = { "Internet" };
    } else if (ext) {
        sources = ipv4Blocks(ext->cidrs);
    } else if (from && from->kind == "azure.front-door") {
        sources = { "AzureFrontDoor.Backend" };
    } else if (from) {
        // A regional service without subnets (backup vault, monitoring, Logic App) reaches the
        // target through Azure's control plane or a public endpoint, not through the subnet.
        if (from->subnets.empty())
            return;
        for (const auto &id : from->subnets)
            if (const ElementRef *r = d.topo.index().find(id); r && r->subnet)
                sources.push_back(r->subnet->cidr);
        sources = ipv4Blocks(sources);
    }
    if (sources.empty()) {
        d.note(where + ": the source has no address range in the design; no NSG rule was written.");
        return;
    }
    Rule r;
    r.name = "allow-" + Deployment::azName(c.from, 40) + "-"
        + (port ? std::to_string(port) : std::string("all"));
    r.protocol = protocol;
    r.sources = sources;
    r.ports = (port && protocol != "Icmp") ? std::to_string(port) : "*";
    for (const Subnet *s : dest)
        addRule(infos, *s, r);
}

Val securityRule(const std::string &name, int priority, const std::string &access,
    const std::string &protocol, const std::vector<std::string> &sources,
    const std::string &destination, const std::string &ports)
{
    Val p = Val::object();
    p.set("priority", Val::num(std::int64_t { priority }));
    p.set("direction", Val::str("Inbound"));
    p.set("access", Val::str(access));
    p.set("protocol", Val::str(protocol));
    if (sources.size() == 1)
        p.set("sourceAddressPrefix", Val::str(sources.front()));
    else
        p.set("sourceAddressPrefixes", Val::strArray(sources));
    p.set("sourcePortRange", Val::str("*"));
    p.set("destinationAddressPrefix", Val::str(destination));
    p.set("destinationPortRange", Val::str(ports));
    Val r = Val::object();
    r.set("name", Val::str(name));
    r.set("properties", std::move(p));
    return r;
}

std::string nsg(Deployment &d, ModuleFile &m, const Network &net, const SubnetInfo &info)
{
    const Subnet &sn = *info.subnet;
    const std::string symbol = m.file.symbol("nsg:" + sn.id, camelName(sn.id) + "Nsg");
    Val rules = Val::array();
    int priority = 100;
    std::set<std::string> names;
    auto unique = [&](std::string n) {
        std::string base = n;
        for (int i = 2; !names.insert(n).second; ++i)
            n = base + "-" + std::to_string(i);
        return n;
    };
    if (info.gateway) {
        rules.add(securityRule(unique("allow-gateway-manager"), priority, "Allow", "Tcp",
            { "GatewayManager" }, "*", "65200-65535"));
        priority += 10;
    }
    for (const Rule &r : info.rules) {
        if (priority > 3900)
            break;
        rules.add(securityRule(
            unique(r.name), priority, r.access, r.protocol, r.sources, r.destination, r.ports));
        priority += 10;
    }
    rules.add(
        securityRule(unique("allow-same-subnet"), 4000, "Allow", "*", { sn.cidr }, sn.cidr, "*"));
    if (!info.podCidr.empty())
        rules.add(securityRule(
            unique("allow-cluster-pods"), 4010, "Allow", "*", { info.podCidr }, sn.cidr, "*"));
    rules.add(securityRule(unique("allow-azure-load-balancer"), 4095, "Allow", "*",
        { "AzureLoadBalancer" }, "*", "*"));
    if (!info.redis)
        rules.add(securityRule(unique("deny-all-inbound"), 4096, "Deny", "*", { "*" }, "*", "*"));
    else
        d.note("Subnet `" + sn.id
            + "` hosts a VNet-injected cache: its NSG keeps Azure's default inbound rules (the "
              "cache needs its platform ports).");

    Val &b = m.file.resource(
        symbol, std::string("Microsoft.Network/networkSecurityGroups@") + api::kNetwork);
    b.set("name", Val::str("nsg-" + Deployment::azName(Deployment::subnetName(sn), 70)));
    b.set("location", Val::raw(d.location(m, net.region)));
    b.set("tags", d.tags(m));
    Val props = Val::object();
    props.set("securityRules", std::move(rules));
    b.set("properties", std::move(props));
    return symbol;
}

void vnet(Deployment &d, ModuleFile &m, const Network &net, Infos &infos)
{
    const std::string symbol = m.file.symbol("vnet:" + net.id, camelName(net.id) + "Vnet");
    d.vnetSymbols[net.id] = symbol;
    std::map<std::string, std::string> nsgs;
    for (const auto &sn : net.subnets)
        if (takesNsg(sn))
            nsgs[sn.id] = nsg(d, m, net, infos[sn.id]);

    Val subnets = Val::array();
    for (const auto &sn : net.subnets) {
        const SubnetInfo &info = infos[sn.id];
        Val p = Val::object();
        if (sn.ipv6Cidr.empty())
            p.set("addressPrefix", Val::str(sn.cidr));
        else
            p.set("addressPrefixes", Val::strArray({ sn.cidr, sn.ipv6Cidr }));
        if (nsgs.count(sn.id))
            p.set("networkSecurityGroup", Val::idRef(nsgs[sn.id] + ".id"));
        std::set<std::string> delegations;
        bool endpoints = false;
        for (const Service *s : info.services) {
            if (const KindSpec *k = d.catalog.find(s->kind);
                k && !k->delegation.empty() && !s->subnets.empty())
                delegations.insert(k->delegation);
            endpoints = endpoints || s->kind == "azure.private-endpoint";
        }
        if (!delegations.empty()) {
            Val list = Val::array();
            for (const auto &service : delegations) {
                std::string name = service;
                std::replace(name.begin(), name.end(), '/', '.');
                Val dp = Val::object();
                dp.set("serviceName", Val::str(service));
                Val del = Val::object();
                del.set("name", Val::str(name));
                del.set("properties", std::move(dp));
                list.add(std::move(del));
            }
            p.set("delegations", std::move(list));
        }
        if (endpoints)
            p.set("privateEndpointNetworkPolicies", Val::str("Enabled"));
        if (sn.tier == Tier::Isolated)
            p.set("defaultOutboundAccess", Val::boolean(false));
        Val s = Val::object();
        s.set("name", Val::str(Deployment::subnetName(sn)));
        s.set("properties", std::move(p));
        subnets.add(std::move(s));
    }
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.Network/virtualNetworks@") + api::kNetwork);
    b.set("name", Val::str(net.name.empty() ? "vnet-" + Deployment::azName(net.id) : net.name));
    b.set("location", Val::raw(d.location(m, net.region)));
    b.set("tags", d.tags(m));
    Val space = Val::object();
    space.set("addressPrefixes", Val::strArray(net.cidrs));
    Val props = Val::object();
    props.set("addressSpace", std::move(space));
    props.set("subnets", std::move(subnets));
    b.set("properties", std::move(props));
    d.expose(m, camelName(net.id) + "Id", "string", Val::raw(symbol + ".id"),
        "Resource id of the virtual network " + net.id + ".");
}

/// Private DNS zone + VNet link for a PostgreSQL server with private access.
void postgresZone(Deployment &d, ModuleFile &m, const Service &db, const Network &net)
{
    const std::string zone = m.file.symbol("pgzone:" + db.id, camelName(db.id) + "DnsZone");
    Val &z = m.file.resource(
        zone, std::string("Microsoft.Network/privateDnsZones@") + api::kPrivateDns);
    z.set("name", Val::str(Deployment::azName(db.id, 40) + ".private.postgres.database.azure.com"));
    z.set("location", Val::str("global"));
    z.set("tags", d.tags(m));
    const std::string link = m.file.symbol("pglink:" + db.id, camelName(db.id) + "DnsLink");
    Val &l = m.file.resource(link,
        std::string("Microsoft.Network/privateDnsZones/virtualNetworkLinks@") + api::kPrivateDns);
    l.set("parent", Val::raw(zone));
    l.set("name", Val::str("link-" + Deployment::azName(net.id)));
    l.set("location", Val::str("global"));
    l.set("tags", d.tags(m));
    Val p = Val::object();
    p.set("registrationEnabled", Val::boolean(false));
    p.set("virtualNetwork", Val::idRef(d.vnetSymbols[net.id] + ".id"));
    l.set("properties", std::move(p));
    // Module outputs exist only once the whole module (link included) is deployed, so a server
    // reading this output waits for the link.
    m.file.output({ camelName(db.id) + "DnsZoneId", "string",
        "Resource id of the private DNS zone of " + db.id + ".", Val::raw(zone + ".id") });
}

} // namespace

void emitNetwork(Deployment &d)
{
    if (d.account.networks.empty())
        return;
    ModuleFile &m = d.mod("network");
    m.file.metadata("Network",
        "Virtual networks, subnets and network security groups derived from the design's "
        "connections.");
    Infos infos;
    for (const auto &net : d.account.networks)
        for (const auto &sn : net.subnets)
            infos[sn.id].subnet = &sn;
    for (const Service *s : d.services()) {
        for (const auto &id : s->subnets) {
            auto it = infos.find(id);
            if (it == infos.end())
                continue;
            it->second.services.push_back(s);
            it->second.gateway = it->second.gateway || s->kind == "azure.application-gateway";
            it->second.redis = it->second.redis || s->kind == "azure.redis-cache";
            if (s->kind == "azure.aks") {
                const Props p = d.props(*s);
                if (p.s("network_plugin") == "kubenet" || p.b("cni_overlay"))
                    it->second.podCidr
                        = d.freeBlock({ "10.244.0.0/16", "172.29.0.0/16", "192.168.128.0/17" });
            }
        }
    }
    for (const auto &c : d.model.connections) {
        const Service *t = d.topo.service(c.to);
        const Service *f = d.topo.service(c.from);
        // Load balancers keep the client's address: their own hops are covered below.
        if (!d.here(t) || (f && f->kind == "azure.load-balancer"))
            continue;
        if (t->kind == "azure.load-balancer") {
            // A load balancer keeps the client's address: the backends' subnets admit the callers.
            for (const Connection *next : d.topo.from(t->id))
                if (const Service *backend = d.topo.service(next->to); d.here(backend))
                    connectionRules(d, infos, c, *backend, connectionPort(*next));
            continue;
        }
        connectionRules(d, infos, c, *t, 0);
    }
    for (const auto &net : d.account.networks)
        vnet(d, m, net, infos);
    for (const Service *s : d.services()) {
        if (s->kind != "azure.postgresql-flexible" || s->subnets.empty())
            continue;
        if (const Network *net = d.networkOf(*s))
            postgresZone(d, m, *s, *net);
    }
}

} // namespace cw::exporters::bicep
