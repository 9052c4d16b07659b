// SPDX-License-Identifier: MIT
// compute.bicep: App Service plans and web apps (VNet integration, autoscale), Static Web Apps,
// Logic Apps, AKS clusters, container registries, and the role assignments the connections ask for.
#include "bicep/deployment.h"

#include <algorithm>

namespace cw::exporters::bicep {

namespace {

struct Role
{
    const char *kind; ///< target kind
    const char *type; ///< its resource type
    const char *api;
    const char *roleId;
    const char *roleName;
};

const Role kRoles[] = {
    { "azure.key-vault", "Microsoft.KeyVault/vaults", api::kKeyVault,
        "4633458b-17de-408a-b874-0445c86b69e6", "Key Vault Secrets User" },
    { "azure.container-registry", "Microsoft.ContainerRegistry/registries", api::kRegistry,
        "7f951dda-4ed3-4680-a7ca-43fe172d538d", "AcrPull" },
    { "azure.storage-account", "Microsoft.Storage/storageAccounts", api::kStorage,
        "ba92f5b4-2d11-453d-a403-e96b0029c9fe", "Storage Blob Data Contributor" },
};

/// Role assignments on the services the caller connects to, for the caller's identity.
void roleAssignments(Deployment &d, ModuleFile &m, const Service &caller,
    const std::string &callerSymbol, const std::string &principal)
{
    for (const Connection *c : d.topo.from(caller.id)) {
        const Service *t = d.topo.service(c->to);
        if (!d.here(t))
            continue;
        for (const Role &role : kRoles) {
            if (t->kind != role.kind || !d.placed(t->id))
                continue;
            std::string target;
            if (d.placed(t->id)->module == m.name) {
                target = d.placed(t->id)->symbol;
            } else {
                const std::string name = d.serviceValue(
                    m, t->id, "Name", "string", ".name", std::string("Name of ") + t->id + ".");
                target = m.file.symbol("existing:" + t->id, camelName(t->id) + "Ref");
                Val &e = m.file.resource(target, std::string(role.type) + "@" + role.api, true);
                e.set("name", Val::raw(name));
            }
            const std::string symbol = m.file.symbol(
                "role:" + caller.id + ":" + t->id, camelName(caller.id + "-to-" + t->id));
            m.file.comment(std::string(role.roleName) + " for " + Deployment::azName(caller.id)
                + " on " + Deployment::azName(t->id));
            Val &r = m.file.resource(symbol,
                std::string("Microsoft.Authorization/roleAssignments@") + api::kRoleAssignment);
            r.set("name",
                Val::raw(
                    "guid(" + target + ".id, " + callerSymbol + ".id, '" + role.roleId + "')"));
            r.set("scope", Val::raw(target));
            Val p = Val::object();
            p.set("roleDefinitionId",
                Val::raw("subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '"
                    + std::string(role.roleId) + "')"));
            p.set("principalId", Val::raw(principal));
            p.set("principalType", Val::str("ServicePrincipal"));
            r.set("properties", std::move(p));
        }
    }
}

std::string insightsConnection(Deployment &d, ModuleFile &m, const Service &app)
{
    const Service *ai = nullptr;
    for (const Service *s : d.topo.linked(app.id, "azure.app-insights"))
        if (d.here(s) && !ai)
            ai = s;
    for (const Service *s : d.services())
        if (!ai && s->kind == "azure.app-insights")
            ai = s;
    if (!ai || !d.placed(ai->id))
        return {};
    return d.serviceValue(m, ai->id, "ConnectionString", "string", ".properties.ConnectionString",
        "Connection string of the Application Insights " + ai->id + ".");
}

void appService(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string base = camelName(s.id);
    const std::string location = d.location(m, d.regionOf(s));
    const bool linux = p.s("os") == "Linux";
    const std::string plan = m.file.symbol(s.id + "#plan", base + "Plan");
    {
        Val &b = m.file.resource(plan, std::string("Microsoft.Web/serverfarms@") + api::kWeb);
        b.set("name", Val::str("asp-" + Deployment::azName(s.id, 50)));
        b.set("location", Val::raw(location));
        b.set("tags", d.tags(m, s.tags));
        if (linux)
            b.set("kind", Val::str("linux"));
        Val sku = Val::object();
        sku.set("name", Val::str(p.s("sku")));
        sku.set("capacity", Val::num(p.i("instances")));
        b.set("sku", std::move(sku));
        Val props = Val::object();
        props.set("reserved", Val::boolean(linux));
        props.set("zoneRedundant", Val::boolean(p.b("zone_redundant")));
        b.set("properties", std::move(props));
    }
    const std::string symbol = m.file.symbol(s.id, base);
    Val &b = m.file.resource(symbol, std::string("Microsoft.Web/sites@") + api::kWeb);
    b.set("name",
        Val::raw(
            "'app-" + lit(Deployment::azName(s.id, 40)) + "-${uniqueString(resourceGroup().id)}'"));
    b.set("location", Val::raw(location));
    b.set("tags", d.tags(m, s.tags));
    b.set("kind", Val::str(linux ? "app,linux" : "app"));
    Val identity = Val::object();
    identity.set("type", Val::str("SystemAssigned"));
    b.set("identity", std::move(identity));
    Val props = Val::object();
    props.set("serverFarmId", Val::raw(plan + ".id"));
    props.set("httpsOnly", Val::boolean(p.b("https_only")));
    props.set("clientAffinityEnabled", Val::boolean(p.b("client_affinity")));
    props.set(
        "publicNetworkAccess", Val::str(p.b("public_network_access") ? "Enabled" : "Disabled"));
    if (!s.subnets.empty())
        if (const Subnet *sn = d.subnet(s.subnets.front())) {
            props.set("virtualNetworkSubnetId", Val::raw(d.subnetId(m, *sn)));
            props.set("vnetRouteAllEnabled", Val::boolean(p.b("vnet_route_all")));
        }
    Val site = Val::object();
    const std::string runtime = p.s("runtime");
    if (linux && !runtime.empty())
        site.set("linuxFxVersion", Val::str(runtime));
    else if (!runtime.empty())
        d.note("App `" + s.id + "`: set the Windows runtime stack (" + runtime
            + ") in its site configuration.");
    site.set("alwaysOn", Val::boolean(p.b("always_on")));
    site.set("minTlsVersion", Val::str(p.s("min_tls")));
    site.set("ftpsState", Val::str("Disabled"));
    site.set("http20Enabled", Val::boolean(true));
    if (!p.s("health_check_path").empty())
        site.set("healthCheckPath", Val::str(p.s("health_check_path")));
    if (const std::string ai = insightsConnection(d, m, s); !ai.empty()) {
        Val setting = Val::object();
        setting.set("name", Val::str("APPLICATIONINSIGHTS_CONNECTION_STRING"));
        setting.set("value", Val::raw(ai));
        Val settings = Val::array();
        settings.add(std::move(setting));
        site.set("appSettings", std::move(settings));
    }
    props.set("siteConfig", std::move(site));
    b.set("properties", std::move(props));
    d.place(s.id, "compute", symbol);
    d.expose(m, base + "HostName", "string", Val::raw(symbol + ".properties.defaultHostName"),
        "Default host name of the app " + s.id + ".");
    roleAssignments(d, m, s, symbol, symbol + ".identity.principalId");

    if (const auto max = p.i("autoscale_max"); max > p.i("instances")) {
        auto rule = [&](const char *op, int threshold, const char *direction) {
            Val trigger = Val::object();
            trigger.set("metricName", Val::str("CpuPercentage"));
            trigger.set("metricResourceUri", Val::raw(plan + ".id"));
            trigger.set("timeGrain", Val::str("PT1M"));
            trigger.set("statistic", Val::str("Average"));
            trigger.set("timeWindow", Val::str("PT10M"));
            trigger.set("timeAggregation", Val::str("Average"));
            trigger.set("operator", Val::str(op));
            trigger.set("threshold", Val::num(std::int64_t { threshold }));
            Val action = Val::object();
            action.set("direction", Val::str(direction));
            action.set("type", Val::str("ChangeCount"));
            action.set("value", Val::str("1"));
            action.set("cooldown", Val::str("PT5M"));
            Val r = Val::object();
            r.set("metricTrigger", std::move(trigger));
            r.set("scaleAction", std::move(action));
            return r;
        };
        Val capacity = Val::object();
        capacity.set("minimum", Val::str(std::to_string(p.i("instances"))));
        capacity.set("maximum", Val::str(std::to_string(max)));
        capacity.set("default", Val::str(std::to_string(p.i("instances"))));
        Val rules = Val::array();
        rules.add(rule("GreaterThan", 70, "Increase"));
        rules.add(rule("LessThan", 30, "Decrease"));
        Val profile = Val::object();
        profile.set("name", Val::str("cpu"));
        profile.set("capacity", std::move(capacity));
        profile.set("rules", std::move(rules));
        Val profiles = Val::array();
        profiles.add(std::move(profile));
        Val ap = Val::object();
        ap.set("enabled", Val::boolean(true));
        ap.set("targetResourceUri", Val::raw(plan + ".id"));
        ap.set("profiles", std::move(profiles));
        Val &a = m.file.resource(m.file.symbol(s.id + "#autoscale", base + "Autoscale"),
            std::string("Microsoft.Insights/autoscalesettings@") + api::kAutoscale);
        a.set("name", Val::str("autoscale-" + Deployment::azName(s.id, 50)));
        a.set("location", Val::raw(location));
        a.set("tags", d.tags(m, s.tags));
        a.set("properties", std::move(ap));
    }
}

void staticWebApp(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    static const std::set<std::string> regions { "westus2", "centralus", "eastus2", "westeurope",
        "eastasia" };
    std::string region = d.regionOf(s);
    if (!regions.count(region))
        region = "westeurope";
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b = m.file.resource(symbol, std::string("Microsoft.Web/staticSites@") + api::kWeb);
    b.set("name", Val::str("stapp-" + Deployment::azName(s.id, 50)));
    b.set("location", Val::raw(d.location(m, region)));
    b.set("tags", d.tags(m, s.tags));
    Val sku = Val::object();
    sku.set("name", Val::str(p.s("sku")));
    sku.set("tier", Val::str(p.s("sku")));
    b.set("sku", std::move(sku));
    Val props = Val::object();
    props.set("stagingEnvironmentPolicy", Val::str("Enabled"));
    props.set("allowConfigFileUpdates", Val::boolean(true));
    if (p.s("sku") == "Standard")
        props.set("enterpriseGradeCdnStatus",
            Val::str(p.b("enterprise_grade_edge") ? "Enabled" : "Disabled"));
    b.set("properties", std::move(props));
    for (const auto &domain : p.list("custom_domains")) {
        Val &c
            = m.file.resource(m.file.symbol(s.id + "#domain:" + domain, camelName(s.id) + "Domain"),
                std::string("Microsoft.Web/staticSites/customDomains@") + api::kWeb);
        c.set("parent", Val::raw(symbol));
        c.set("name", Val::str(domain));
        c.set("properties", Val::object());
    }
    d.place(s.id, "compute", symbol);
    d.expose(m, camelName(s.id) + "HostName", "string",
        Val::raw(symbol + ".properties.defaultHostname"),
        "Default host name of the static web app " + s.id + ".");
}

void logicApp(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    if (p.s("plan") == "Standard")
        d.note("Logic App `" + s.id
            + "`: the Standard plan (single-tenant) is exported as a Consumption workflow; move it "
              "to a workflow app if it must run in the VNet.");
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b = m.file.resource(symbol, std::string("Microsoft.Logic/workflows@") + api::kLogic);
    b.set("name", Val::str("logic-" + Deployment::azName(s.id, 50)));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    if (p.b("managed_identity")) {
        Val identity = Val::object();
        identity.set("type", Val::str("SystemAssigned"));
        b.set("identity", std::move(identity));
    }
    Val inputs = Val::object();
    inputs.set("schema", Val::object());
    Val manual = Val::object();
    manual.set("type", Val::str("Request"));
    manual.set("kind", Val::str("Http"));
    manual.set("inputs", std::move(inputs));
    Val triggers = Val::object();
    triggers.set("manual", std::move(manual));
    Val definition = Val::object();
    definition.set("$schema",
        Val::str("https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/"
                 "workflowdefinition.json#"));
    definition.set("contentVersion", Val::str("1.0.0.0"));
    definition.set("triggers", std::move(triggers));
    definition.set("actions", Val::object());
    definition.set("outputs", Val::object());
    Val props = Val::object();
    props.set("state", Val::str("Enabled"));
    props.set("definition", std::move(definition));
    b.set("properties", std::move(props));
    for (const auto &c : p.list("connectors"))
        if (c != "http")
            d.note("Logic App `" + s.id + "`: the " + c
                + " connector needs an API connection authorised in the portal.");
    d.place(s.id, "compute", symbol);
}

void aks(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.ContainerService/managedClusters@") + api::kAks);
    b.set("name", Val::str("aks-" + Deployment::azName(s.id, 50)));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    Val identity = Val::object();
    identity.set("type", Val::str("SystemAssigned"));
    b.set("identity", std::move(identity));
    Val sku = Val::object();
    sku.set("name", Val::str("Base"));
    sku.set("tier", Val::str(p.s("sku_tier")));
    b.set("sku", std::move(sku));

    Val pool = Val::object();
    pool.set("name", Val::str("system"));
    pool.set("mode", Val::str("System"));
    pool.set("vmSize", Val::str(p.s("node_vm_size")));
    pool.set("osType", Val::str("Linux"));
    pool.set("type", Val::str("VirtualMachineScaleSets"));
    const bool autoscale = p.b("autoscaling");
    const std::int64_t minNodes = std::max<std::int64_t>(1, p.i("node_min"));
    const std::int64_t maxNodes = std::max(minNodes, p.i("node_max"));
    pool.set("count",
        Val::num(
            autoscale ? std::clamp(p.i("node_count"), minNodes, maxNodes) : p.i("node_count")));
    if (!s.subnets.empty())
        if (const Subnet *sn = d.subnet(s.subnets.front()))
            pool.set("vnetSubnetID", Val::raw(d.subnetId(m, *sn)));
    if (!p.list("zones").empty())
        pool.set("availabilityZones", Val::strArray(p.list("zones")));
    pool.set("enableAutoScaling", Val::boolean(autoscale));
    if (autoscale) {
        pool.set("minCount", Val::num(minNodes));
        pool.set("maxCount", Val::num(maxNodes));
    }
    Val pools = Val::array();
    pools.add(std::move(pool));

    Val net = Val::object();
    net.set("networkPlugin", Val::str(p.s("network_plugin")));
    const std::string service
        = d.freeBlock({ "172.30.0.0/16", "10.250.0.0/16", "192.168.224.0/20" });
    if (p.s("network_plugin") == "kubenet" || p.b("cni_overlay")) {
        if (p.b("cni_overlay"))
            net.set("networkPluginMode", Val::str("overlay"));
        net.set("podCidr",
            Val::str(d.freeBlock({ "10.244.0.0/16", "172.29.0.0/16", "192.168.128.0/17" })));
    }
    net.set("serviceCidr", Val::str(service));
    net.set("dnsServiceIP", Val::str(service.substr(0, service.rfind('.')) + ".10"));
    net.set("loadBalancerSku", Val::str("standard"));

    Val props = Val::object();
    props.set("kubernetesVersion", Val::str(p.s("kubernetes_version")));
    props.set("dnsPrefix", Val::str(Deployment::azName(s.id, 40)));
    props.set("enableRBAC", Val::boolean(true));
    props.set("disableLocalAccounts", Val::boolean(!p.b("local_accounts")));
    if (!p.b("local_accounts")) {
        Val aad = Val::object();
        aad.set("managed", Val::boolean(true));
        aad.set("enableAzureRBAC", Val::boolean(true));
        props.set("aadProfile", std::move(aad));
    }
    props.set("agentPoolProfiles", std::move(pools));
    props.set("networkProfile", std::move(net));
    Val apiServer = Val::object();
    apiServer.set("enablePrivateCluster", Val::boolean(p.b("private_cluster")));
    if (!p.b("private_cluster") && !p.list("authorized_ip_ranges").empty())
        apiServer.set("authorizedIPRanges", Val::strArray(p.list("authorized_ip_ranges")));
    props.set("apiServerAccessProfile", std::move(apiServer));
    if (p.b("workload_identity")) {
        Val oidc = Val::object();
        oidc.set("enabled", Val::boolean(true));
        props.set("oidcIssuerProfile", std::move(oidc));
        Val wi = Val::object();
        wi.set("enabled", Val::boolean(true));
        Val sec = Val::object();
        sec.set("workloadIdentity", std::move(wi));
        props.set("securityProfile", std::move(sec));
    }
    Val addons = Val::object();
    if (p.b("container_insights")) {
        std::string ws;
        for (const Service *w : d.services())
            if (w->kind == "azure.log-analytics" && ws.empty())
                ws = w->id;
        Val oms = Val::object();
        oms.set("enabled", Val::boolean(!ws.empty()));
        if (!ws.empty()) {
            Val cfg = Val::object();
            cfg.set("logAnalyticsWorkspaceResourceID", Val::raw(d.serviceId(m, ws)));
            oms.set("config", std::move(cfg));
        } else {
            d.note("AKS `" + s.id
                + "`: Container Insights needs a Log Analytics workspace in the design.");
        }
        addons.set("omsagent", std::move(oms));
    }
    if (p.b("azure_policy")) {
        Val a = Val::object();
        a.set("enabled", Val::boolean(true));
        addons.set("azurepolicy", std::move(a));
    }
    if (p.b("key_vault_secrets_provider")) {
        Val a = Val::object();
        a.set("enabled", Val::boolean(true));
        addons.set("azureKeyvaultSecretsProvider", std::move(a));
    }
    if (!addons.empty())
        props.set("addonProfiles", std::move(addons));
    b.set("properties", std::move(props));
    d.place(s.id, "compute", symbol);
    d.expose(m, camelName(s.id) + "ClusterName", "string", Val::raw(symbol + ".name"),
        "Name of the AKS cluster " + s.id + ".");
    roleAssignments(
        d, m, s, symbol, symbol + ".properties.identityProfile.kubeletidentity.objectId");
}

void registry(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const bool premium = p.s("sku") == "Premium";
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.ContainerRegistry/registries@") + api::kRegistry);
    b.set("name",
        Val::raw("'cr" + Deployment::alnum(s.id, 20) + "${uniqueString(resourceGroup().id)}'"));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    Val sku = Val::object();
    sku.set("name", Val::str(p.s("sku")));
    b.set("sku", std::move(sku));
    Val props = Val::object();
    props.set("adminUserEnabled", Val::boolean(p.b("admin_user_enabled")));
    props.set(
        "publicNetworkAccess", Val::str(p.b("public_network_access") ? "Enabled" : "Disabled"));
    props.set("anonymousPullEnabled", Val::boolean(p.b("anonymous_pull")));
    if (premium) {
        props.set("zoneRedundancy", Val::str("Enabled"));
        Val retention = Val::object();
        retention.set("days", Val::num(p.i("untagged_retention_days")));
        retention.set(
            "status", Val::str(p.i("untagged_retention_days") > 0 ? "enabled" : "disabled"));
        Val policies = Val::object();
        policies.set("retentionPolicy", std::move(retention));
        props.set("policies", std::move(policies));
    }
    b.set("properties", std::move(props));
    for (const auto &r : p.list("geo_replication_regions")) {
        if (!premium) {
            d.note("Registry `" + s.id + "`: geo-replication needs the Premium SKU; not exported.");
            break;
        }
        Val &rep = m.file.resource(
            m.file.symbol(s.id + "#replica:" + r, camelName(s.id + "-replica-" + r)),
            std::string("Microsoft.ContainerRegistry/registries/replications@") + api::kRegistry);
        rep.set("parent", Val::raw(symbol));
        rep.set("name", Val::str(Deployment::alnum(r, 50)));
        rep.set("location", Val::raw(d.location(m, r)));
        rep.set("tags", d.tags(m, s.tags));
        rep.set("properties", Val::object());
    }
    d.place(s.id, "compute", symbol);
    d.expose(m, camelName(s.id) + "LoginServer", "string",
        Val::raw(symbol + ".properties.loginServer"), "Login server of the registry " + s.id + ".");
}

} // namespace

void emitCompute(Deployment &d)
{
    // Registries first: clusters and apps get pull rights on them.
    for (const Service *s : d.services())
        if (s->kind == "azure.container-registry")
            registry(d, d.mod("compute"), *s);
    for (const Service *s : d.services()) {
        if (s->kind == "azure.app-service")
            appService(d, d.mod("compute"), *s);
        else if (s->kind == "azure.static-web-app")
            staticWebApp(d, d.mod("compute"), *s);
        else if (s->kind == "azure.logic-app")
            logicApp(d, d.mod("compute"), *s);
        else if (s->kind == "azure.aks")
            aks(d, d.mod("compute"), *s);
    }
    if (ModuleFile *m = d.findModule("compute"))
        m->file.metadata(
            "Compute", "App Service, Static Web Apps, Logic Apps, AKS and container registries.");
}

} // namespace cw::exporters::bicep
