// SPDX-License-Identifier: MIT
// Application Gateway v2 with autoscale, a listener per the model, backends from the connections
// and, for WAF_v2, a WAF policy.
#include "bicep/deployment.h"

namespace cw::exporters::bicep {

namespace {

Val obj(std::initializer_list<std::pair<const char *, Val>> entries)
{
    Val v = Val::object();
    for (const auto &[k, value] : entries)
        v.set(k, value);
    return v;
}

Val named(const std::string &name, Val properties)
{
    return obj({ { "name", Val::str(name) }, { "properties", std::move(properties) } });
}

} // namespace

void emitAppGateway(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string base = camelName(s.id);
    const std::string location = d.location(m, d.regionOf(s));
    const bool waf = p.s("sku") == "WAF_v2";
    const bool https = p.s("listener_protocol") == "Https";
    const bool zoned = p.b("zone_redundant");
    const std::string nameVar = m.file.symbol(s.id + "#name", base + "Name");
    m.file.var(nameVar, Val::str("agw-" + Deployment::azName(s.id, 50)));
    auto child = [&](const char *type, const std::string &childName) {
        return Val::idRef("resourceId('Microsoft.Network/applicationGateways/" + std::string(type)
            + "', " + nameVar + ", " + bicepString(childName) + ")");
    };

    const std::string pip = m.file.symbol(s.id + "#pip", base + "Ip");
    {
        Val &b = m.file.resource(
            pip, std::string("Microsoft.Network/publicIPAddresses@") + api::kNetwork);
        b.set("name", Val::str("pip-" + Deployment::azName(s.id, 50)));
        b.set("location", Val::raw(location));
        b.set("tags", d.tags(m, s.tags));
        if (zoned)
            b.set("zones", Val::strArray({ "1", "2", "3" }));
        b.set("sku", obj({ { "name", Val::str("Standard") }, { "tier", Val::str("Regional") } }));
        b.set("properties", obj({ { "publicIPAllocationMethod", Val::str("Static") } }));
    }
    std::string policy;
    if (waf) {
        policy = m.file.symbol(s.id + "#waf", base + "Waf");
        Val &w = m.file.resource(policy,
            std::string("Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies@")
                + api::kNetwork);
        w.set("name", Val::str("waf-" + Deployment::azName(s.id, 50)));
        w.set("location", Val::raw(location));
        w.set("tags", d.tags(m, s.tags));
        Val sets = Val::array();
        sets.add(
            obj({ { "ruleSetType", Val::str("OWASP") }, { "ruleSetVersion", Val::str("3.2") } }));
        Val wp = Val::object();
        wp.set("policySettings",
            obj({ { "state", Val::str("Enabled") }, { "mode", Val::str(p.s("waf_mode")) },
                { "requestBodyCheck", Val::boolean(true) } }));
        wp.set("managedRules", obj({ { "managedRuleSets", std::move(sets) } }));
        w.set("properties", std::move(wp));
    }
    std::string identity;
    if (https) {
        identity = m.file.symbol(s.id + "#identity", base + "Identity");
        Val &i = m.file.resource(identity,
            std::string("Microsoft.ManagedIdentity/userAssignedIdentities@") + api::kIdentity);
        i.set("name", Val::str("id-" + Deployment::azName(s.id, 50)));
        i.set("location", Val::raw(location));
        i.set("tags", d.tags(m, s.tags));
        d.note("Application gateway `" + s.id + "`: grant its identity id-"
            + Deployment::azName(s.id, 50)
            + " 'Key Vault Secrets User' on the vault that holds the listener certificate.");
    }

    // Backends: one pool, setting and probe per connected target; the first one takes the listener.
    Val pools = Val::array(), settings = Val::array(), probes = Val::array();
    std::vector<std::string> backendNames;
    for (const Connection *c : d.topo.from(s.id)) {
        const Service *t = d.topo.service(c->to);
        if (!d.here(t))
            continue;
        if (t->kind != "azure.app-service") {
            d.note("Application gateway `" + s.id + "` -> `" + t->id + "`: "
                + (t->kind == "azure.aks" ? std::string(
                       "the AGIC add-on or Application Gateway for Containers fills this backend")
                                          : std::string("add the backend addresses by hand"))
                + ".");
            continue;
        }
        const std::string name = Deployment::azName(t->id, 60);
        const std::string host = d.serviceValue(m, t->id, "HostName", "string",
            ".properties.defaultHostName", "Default host name of the app " + t->id + ".");
        Val addresses = Val::array();
        addresses.add(obj({ { "fqdn", Val::raw(host) } }));
        pools.add(named(name, obj({ { "backendAddresses", std::move(addresses) } })));
        Val sp = Val::object();
        sp.set("port", Val::num(std::int64_t { 443 }));
        sp.set("protocol", Val::str("Https"));
        sp.set("cookieBasedAffinity", Val::str("Disabled"));
        sp.set("pickHostNameFromBackendAddress", Val::boolean(true));
        sp.set("requestTimeout", Val::num(std::int64_t { 30 }));
        sp.set("probe", child("probes", name));
        settings.add(named(name, std::move(sp)));
        Val pp = Val::object();
        pp.set("protocol", Val::str("Https"));
        pp.set("path", Val::str(p.s("health_probe_path").empty() ? "/" : p.s("health_probe_path")));
        pp.set("interval", Val::num(std::int64_t { 30 }));
        pp.set("timeout", Val::num(std::int64_t { 30 }));
        pp.set("unhealthyThreshold", Val::num(std::int64_t { 3 }));
        pp.set("pickHostNameFromBackendHttpSettings", Val::boolean(true));
        probes.add(named(name, std::move(pp)));
        backendNames.push_back(name);
    }
    if (backendNames.empty()) {
        // A gateway needs a pool, a setting and a rule even before anything joins it.
        pools.add(named("default", Val::object()));
        Val sp = Val::object();
        sp.set("port", Val::num(std::int64_t { 80 }));
        sp.set("protocol", Val::str("Http"));
        sp.set("cookieBasedAffinity", Val::str("Disabled"));
        sp.set("requestTimeout", Val::num(std::int64_t { 30 }));
        settings.add(named("default", std::move(sp)));
        backendNames.push_back("default");
    }
    const int port = https ? 443 : 80;
    Val listener = Val::object();
    listener.set("frontendIPConfiguration", child("frontendIPConfigurations", "public"));
    listener.set("frontendPort", child("frontendPorts", "port-" + std::to_string(port)));
    listener.set("protocol", Val::str(https ? "Https" : "Http"));
    if (https)
        listener.set("sslCertificate", child("sslCertificates", "default"));
    Val rule = Val::object();
    rule.set("ruleType", Val::str("Basic"));
    rule.set("priority", Val::num(std::int64_t { 100 }));
    rule.set("httpListener", child("httpListeners", "default"));
    rule.set("backendAddressPool", child("backendAddressPools", backendNames.front()));
    rule.set("backendHttpSettings", child("backendHttpSettingsCollection", backendNames.front()));

    Val props = Val::object();
    props.set("sku", obj({ { "name", Val::str(p.s("sku")) }, { "tier", Val::str(p.s("sku")) } }));
    props.set("autoscaleConfiguration",
        obj({ { "minCapacity", Val::num(p.i("min_capacity")) },
            { "maxCapacity", Val::num(p.i("max_capacity")) } }));
    Val gwConfigs = Val::array();
    for (const auto &id : s.subnets)
        if (const Subnet *sn = d.subnet(id); sn && gwConfigs.empty())
            gwConfigs.add(named("gateway", obj({ { "subnet", Val::idRef(d.subnetId(m, *sn)) } })));
    props.set("gatewayIPConfigurations", std::move(gwConfigs));
    Val frontends = Val::array();
    frontends.add(named("public", obj({ { "publicIPAddress", Val::idRef(pip + ".id") } })));
    props.set("frontendIPConfigurations", std::move(frontends));
    Val ports = Val::array();
    ports.add(named(
        "port-" + std::to_string(port), obj({ { "port", Val::num(std::int64_t { port }) } })));
    props.set("frontendPorts", std::move(ports));
    if (https) {
        Val certs = Val::array();
        certs.add(named("default",
            obj({ { "keyVaultSecretId",
                Val::raw(d.envInput(m, base + "CertificateSecretId",
                    "Key Vault secret id of the listener certificate of " + s.id + ".")) } })));
        props.set("sslCertificates", std::move(certs));
        props.set("sslPolicy",
            obj({ { "policyType", Val::str("Predefined") },
                { "policyName", Val::str(p.s("ssl_policy")) } }));
    }
    props.set("backendAddressPools", std::move(pools));
    props.set("backendHttpSettingsCollection", std::move(settings));
    if (!probes.empty())
        props.set("probes", std::move(probes));
    Val listeners = Val::array();
    listeners.add(named("default", std::move(listener)));
    props.set("httpListeners", std::move(listeners));
    Val rules = Val::array();
    rules.add(named("default", std::move(rule)));
    props.set("requestRoutingRules", std::move(rules));
    props.set("enableHttp2", Val::boolean(p.b("http2")));
    if (waf)
        props.set("firewallPolicy", Val::idRef(policy + ".id"));

    const std::string symbol = m.file.symbol(s.id, base);
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.Network/applicationGateways@") + api::kNetwork);
    b.set("name", Val::raw(nameVar));
    b.set("location", Val::raw(location));
    b.set("tags", d.tags(m, s.tags));
    if (zoned)
        b.set("zones", Val::strArray({ "1", "2", "3" }));
    if (https) {
        Val ids = Val::object();
        ids.setRaw("'${" + identity + ".id}'", Val::object());
        b.set("identity",
            obj({ { "type", Val::str("UserAssigned") },
                { "userAssignedIdentities", std::move(ids) } }));
    }
    b.set("properties", std::move(props));
    d.place(s.id, "connectivity", symbol);
    d.expose(m, base + "PublicIp", "string", Val::raw(pip + ".properties.ipAddress"),
        "Public IP address of the application gateway " + s.id + ".");
}

} // namespace cw::exporters::bicep
