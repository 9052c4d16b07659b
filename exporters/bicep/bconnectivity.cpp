// SPDX-License-Identifier: MIT
// connectivity.bicep: Bastion, Azure Firewall, VPN and ExpressRoute gateways (with the VPN
// links' local gateways and connections), load balancers and Application Gateways with WAF.
#include "bicep/deployment.h"

#include <algorithm>

namespace cw::exporters::bicep {

namespace {

Val obj(std::initializer_list<std::pair<const char *, Val>> entries)
{
    Val v = Val::object();
    for (const auto &[k, value] : entries)
        v.set(k, value);
    return v;
}

std::string publicIp(
    Deployment &d, ModuleFile &m, const Service &s, const std::string &role, bool zoned)
{
    const std::string symbol
        = m.file.symbol(s.id + "#pip:" + role, camelName(s.id + (role == "pip2" ? "-ip2" : "-ip")));
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.Network/publicIPAddresses@") + api::kNetwork);
    b.set("name",
        Val::str("pip-" + Deployment::azName(s.id, 50)
            + (role.empty() || role == "pip" ? "" : "-" + role)));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    if (zoned)
        b.set("zones", Val::strArray({ "1", "2", "3" }));
    b.set("sku", obj({ { "name", Val::str("Standard") }, { "tier", Val::str("Regional") } }));
    b.set("properties",
        obj({ { "publicIPAllocationMethod", Val::str("Static") },
            { "publicIPAddressVersion", Val::str("IPv4") } }));
    return symbol;
}

std::string subnetOf(Deployment &d, ModuleFile &m, const Service &s)
{
    for (const auto &id : s.subnets)
        if (const Subnet *sn = d.subnet(id))
            return d.subnetId(m, *sn);
    return {};
}

Val ipConfig(const std::string &name, const std::string &subnet, const std::string &pip)
{
    Val p = Val::object();
    if (!subnet.empty())
        p.set("subnet", Val::idRef(subnet));
    if (!pip.empty())
        p.set("publicIPAddress", Val::idRef(pip + ".id"));
    return obj({ { "name", Val::str(name) }, { "properties", std::move(p) } });
}

void bastion(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string sku = p.s("sku");
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val props = Val::object();
    if (sku == "Developer") {
        if (const Network *n = d.networkOf(s))
            props.set("virtualNetwork", Val::idRef(d.vnetId(m, *n)));
    } else {
        const std::string pip = publicIp(d, m, s, "pip", false);
        const std::string subnet = subnetOf(d, m, s);
        Val configs = Val::array();
        configs.add(ipConfig("default", subnet, pip));
        props.set("ipConfigurations", std::move(configs));
        if (sku == "Standard" || sku == "Premium") {
            props.set("scaleUnits", Val::num(p.i("scale_units")));
            props.set("enableTunneling", Val::boolean(p.b("tunneling")));
            props.set("enableIpConnect", Val::boolean(p.b("ip_connect")));
            props.set("enableShareableLink", Val::boolean(p.b("shareable_link")));
            props.set("enableFileCopy", Val::boolean(p.b("file_copy")));
        }
    }
    Val &b
        = m.file.resource(symbol, std::string("Microsoft.Network/bastionHosts@") + api::kNetwork);
    b.set("name", Val::str("bas-" + Deployment::azName(s.id, 50)));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    b.set("sku", obj({ { "name", Val::str(sku) } }));
    b.set("properties", std::move(props));
    d.place(s.id, "connectivity", symbol);
}

void firewall(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string tier = p.s("sku_tier");
    const std::string policy = m.file.symbol(s.id + "#policy", camelName(s.id) + "Policy");
    {
        Val &b = m.file.resource(
            policy, std::string("Microsoft.Network/firewallPolicies@") + api::kNetwork);
        b.set("name", Val::str("afwp-" + Deployment::azName(s.id, 50)));
        b.set("location", Val::raw(d.location(m, d.regionOf(s))));
        b.set("tags", d.tags(m, s.tags));
        Val props = Val::object();
        props.set("sku", obj({ { "tier", Val::str(tier) } }));
        props.set("threatIntelMode", Val::str(p.s("threat_intel_mode")));
        if (tier != "Basic")
            props.set("dnsSettings", obj({ { "enableProxy", Val::boolean(p.b("dns_proxy")) } }));
        b.set("properties", std::move(props));
    }
    const std::string pip = publicIp(d, m, s, "pip", p.b("zone_redundant"));
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b
        = m.file.resource(symbol, std::string("Microsoft.Network/azureFirewalls@") + api::kNetwork);
    b.set("name", Val::str("afw-" + Deployment::azName(s.id, 50)));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    if (p.b("zone_redundant"))
        b.set("zones", Val::strArray({ "1", "2", "3" }));
    Val configs = Val::array();
    configs.add(ipConfig("default", subnetOf(d, m, s), pip));
    Val props = Val::object();
    props.set("sku", obj({ { "name", Val::str("AZFW_VNet") }, { "tier", Val::str(tier) } }));
    props.set("firewallPolicy", Val::idRef(policy + ".id"));
    props.set("ipConfigurations", std::move(configs));
    b.set("properties", std::move(props));
    if (tier == "Basic" || p.b("forced_tunneling"))
        d.note("Firewall `" + s.id
            + "`: Basic tier and forced tunneling need an AzureFirewallManagementSubnet and a "
              "management IP configuration; add them before deploying.");
    d.note("Firewall `" + s.id
        + "`: route the private subnets' 0.0.0.0/0 through it with a route table once its private "
          "IP is known.");
    d.place(s.id, "connectivity", symbol);
}

void gateway(Deployment &d, ModuleFile &m, const Service &s, bool vpn)
{
    const Props p = d.props(s);
    const std::string sku = p.s("sku");
    const bool zoned = sku.size() > 2 && sku.substr(sku.size() - 2) == "AZ";
    const bool activeActive = vpn && p.b("active_active");
    const std::string subnet = subnetOf(d, m, s);
    Val configs = Val::array();
    for (int i = 0; i < (activeActive ? 2 : 1); ++i) {
        const std::string role = i ? "pip2" : "pip";
        Val c = ipConfig(i ? "secondary" : "default", subnet, publicIp(d, m, s, role, zoned));
        c.get("properties")->set("privateIPAllocationMethod", Val::str("Dynamic"));
        configs.add(std::move(c));
    }
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.Network/virtualNetworkGateways@") + api::kNetwork);
    b.set("name", Val::str((vpn ? "vgw-" : "ergw-") + Deployment::azName(s.id, 50)));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    Val props = Val::object();
    props.set("gatewayType", Val::str(vpn ? "Vpn" : "ExpressRoute"));
    if (vpn) {
        props.set("vpnType", Val::str(p.s("vpn_type")));
        props.set("enableBgp", Val::boolean(p.b("bgp")));
        props.set("activeActive", Val::boolean(activeActive));
    }
    props.set("sku", obj({ { "name", Val::str(sku) }, { "tier", Val::str(sku) } }));
    props.set("ipConfigurations", std::move(configs));
    b.set("properties", std::move(props));
    d.place(s.id, "connectivity", symbol);
    if (!vpn)
        d.note("ExpressRoute gateway `" + s.id
            + "`: connect it to the circuit once the provider has provisioned it.");
}

/// Local network gateways and IPsec connections for the VPN links of a network.
void vpnLinks(Deployment &d, ModuleFile &m, const Service &gw)
{
    const Network *net = d.networkOf(gw);
    if (!net)
        return;
    for (const auto &link : d.model.links) {
        if (link.kind != LinkKind::Vpn
            || std::find(link.networks.begin(), link.networks.end(), net->id)
                == link.networks.end())
            continue;
        for (const auto &id : link.networks) {
            const External *site = d.topo.external(id);
            if (!site)
                continue;
            const std::string base = camelName(site->id);
            const std::string lgw = m.file.symbol(site->id + "#lgw", base + "Gateway");
            Val &l = m.file.resource(
                lgw, std::string("Microsoft.Network/localNetworkGateways@") + api::kNetwork);
            l.set("name", Val::str("lgw-" + Deployment::azName(site->id, 50)));
            l.set("location", Val::raw(d.location(m, net->region)));
            l.set("tags", d.tags(m));
            Val lp = Val::object();
            lp.set("gatewayIpAddress",
                Val::raw(d.envInput(m, base + "GatewayIpAddress",
                    "Public IP address of the VPN device at " + site->id + ".")));
            lp.set("localNetworkAddressSpace",
                obj({ { "addressPrefixes", Val::strArray(site->cidrs) } }));
            l.set("properties", std::move(lp));

            Val &c = m.file.resource(
                m.file.symbol(site->id + "#connection:" + gw.id, base + "Connection"),
                std::string("Microsoft.Network/connections@") + api::kNetwork);
            c.set("name",
                Val::str("cn-" + Deployment::azName(gw.id, 30) + "-"
                    + Deployment::azName(site->id, 30)));
            c.set("location", Val::raw(d.location(m, net->region)));
            c.set("tags", d.tags(m));
            Val cp = Val::object();
            cp.set("connectionType", Val::str("IPsec"));
            cp.set("connectionProtocol", Val::str("IKEv2"));
            cp.set("virtualNetworkGateway1",
                obj({ { "id", Val::raw(d.placed(gw.id)->symbol + ".id") },
                    { "properties", Val::object() } }));
            cp.set("localNetworkGateway2",
                obj({ { "id", Val::raw(lgw + ".id") }, { "properties", Val::object() } }));
            cp.set("sharedKey",
                Val::raw(d.secret(m, base + "SharedKey",
                    "IPsec pre-shared key of the VPN connection to " + site->id + ".")));
            cp.set("enableBgp", Val::boolean(false));
            c.set("properties", std::move(cp));
        }
    }
}

void loadBalancer(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const bool isPublic = p.s("type") == "public";
    const std::string name = (isPublic ? "lbe-" : "lbi-") + Deployment::azName(s.id, 50);
    const std::string nameVar = m.file.symbol(s.id + "#name", camelName(s.id) + "Name");
    m.file.var(nameVar, Val::str(name));
    auto child = [&](const char *type, const char *childName) {
        return Val::idRef("resourceId('Microsoft.Network/loadBalancers/" + std::string(type) + "', "
            + nameVar + ", '" + childName + "')");
    };
    Val frontend = Val::object();
    frontend.set("name", Val::str("frontend"));
    Val fp = Val::object();
    if (isPublic) {
        fp.set(
            "publicIPAddress", Val::idRef(publicIp(d, m, s, "pip", p.b("zone_redundant")) + ".id"));
    } else {
        if (p.b("zone_redundant"))
            frontend.set("zones", Val::strArray({ "1", "2", "3" }));
        fp.set("subnet", Val::idRef(subnetOf(d, m, s)));
        fp.set("privateIPAllocationMethod", Val::str("Dynamic"));
    }
    frontend.set("properties", std::move(fp));
    Val probe = Val::object();
    probe.set("protocol", Val::str(p.s("probe_protocol")));
    probe.set("port", Val::num(p.i("probe_port")));
    if (p.s("probe_protocol") != "Tcp")
        probe.set("requestPath", Val::str("/"));
    probe.set("intervalInSeconds", Val::num(std::int64_t { 5 }));
    probe.set("numberOfProbes", Val::num(std::int64_t { 2 }));

    Val rules = Val::array();
    std::set<int> ports;
    for (const Connection *c : d.topo.to(s.id)) {
        const int port = connectionPort(*c);
        if (port == 0 || !ports.insert(port).second)
            continue;
        int backendPort = port;
        for (const Connection *next : d.topo.from(s.id))
            if (connectionPort(*next))
                backendPort = connectionPort(*next);
        Val rp = Val::object();
        rp.set("frontendIPConfiguration", child("frontendIPConfigurations", "frontend"));
        rp.set("backendAddressPool", child("backendAddressPools", "backend"));
        rp.set("probe", child("probes", "probe"));
        rp.set("protocol", Val::str(c->protocol == "udp" ? "Udp" : "Tcp"));
        rp.set("frontendPort", Val::num(std::int64_t { port }));
        rp.set("backendPort", Val::num(std::int64_t { backendPort }));
        rp.set("enableFloatingIP", Val::boolean(false));
        rp.set("idleTimeoutInMinutes", Val::num(std::int64_t { 4 }));
        rp.set("disableOutboundSnat", Val::boolean(isPublic && p.b("outbound_rules")));
        rules.add(obj({ { "name", Val::str("port-" + std::to_string(port)) },
            { "properties", std::move(rp) } }));
    }
    Val props = Val::object();
    Val frontends = Val::array();
    frontends.add(std::move(frontend));
    props.set("frontendIPConfigurations", std::move(frontends));
    Val pools = Val::array();
    pools.add(obj({ { "name", Val::str("backend") } }));
    props.set("backendAddressPools", std::move(pools));
    Val probes = Val::array();
    probes.add(obj({ { "name", Val::str("probe") }, { "properties", std::move(probe) } }));
    props.set("probes", std::move(probes));
    props.set("loadBalancingRules", std::move(rules));
    if (isPublic && p.b("outbound_rules")) {
        Val op = Val::object();
        Val fes = Val::array();
        fes.add(child("frontendIPConfigurations", "frontend"));
        op.set("frontendIPConfigurations", std::move(fes));
        op.set("backendAddressPool", child("backendAddressPools", "backend"));
        op.set("protocol", Val::str("All"));
        Val outbound = Val::array();
        outbound.add(obj({ { "name", Val::str("outbound") }, { "properties", std::move(op) } }));
        props.set("outboundRules", std::move(outbound));
    }
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b
        = m.file.resource(symbol, std::string("Microsoft.Network/loadBalancers@") + api::kNetwork);
    b.set("name", Val::raw(nameVar));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    b.set("sku", obj({ { "name", Val::str(p.s("sku")) }, { "tier", Val::str("Regional") } }));
    b.set("properties", std::move(props));
    d.note("Load balancer `" + s.id
        + "`: backends join its pool from their NICs, scale sets or AKS services.");
    d.place(s.id, "connectivity", symbol);
}

} // namespace

void emitAppGateway(Deployment &d, ModuleFile &m, const Service &s);

void emitConnectivity(Deployment &d)
{
    for (const Service *s : d.services()) {
        if (s->kind == "azure.bastion")
            bastion(d, d.mod("connectivity"), *s);
        else if (s->kind == "azure.firewall")
            firewall(d, d.mod("connectivity"), *s);
        else if (s->kind == "azure.vpn-gateway") {
            gateway(d, d.mod("connectivity"), *s, true);
            vpnLinks(d, d.mod("connectivity"), *s);
        } else if (s->kind == "azure.expressroute-gateway")
            gateway(d, d.mod("connectivity"), *s, false);
        else if (s->kind == "azure.load-balancer")
            loadBalancer(d, d.mod("connectivity"), *s);
        else if (s->kind == "azure.application-gateway")
            emitAppGateway(d, d.mod("connectivity"), *s);
    }
    if (ModuleFile *m = d.findModule("connectivity"))
        m->file.metadata("Connectivity",
            "Bastion, firewall, VPN and ExpressRoute gateways, load balancers and application "
            "gateways.");
}

} // namespace cw::exporters::bicep
