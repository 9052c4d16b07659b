// SPDX-License-Identifier: MIT
#include "testmodels.h"

#include <utility>

namespace cw::testmodels {

namespace {

Value I(std::int64_t v)
{
    return Value(v);
}
Value S(const char *v)
{
    return Value(std::string(v));
}
Value L(std::vector<std::string> v)
{
    return Value(std::move(v));
}

Properties props(std::initializer_list<std::pair<const char *, Value>> list)
{
    Properties p;
    for (const auto &[k, v] : list)
        p[k] = Property { v, {} };
    return p;
}

Service svc(std::string id, std::string kind, std::vector<std::string> subnets = {},
    Properties p = {}, std::string region = {})
{
    Service s;
    s.id = std::move(id);
    s.name = s.id;
    s.kind = std::move(kind);
    s.subnets = std::move(subnets);
    s.properties = std::move(p);
    s.region = std::move(region);
    return s;
}

Subnet subnet(std::string id, Tier tier, std::string zone, std::string cidr)
{
    Subnet s;
    s.id = std::move(id);
    s.tier = tier;
    s.zone = std::move(zone);
    s.cidr = std::move(cidr);
    return s;
}

Connection conn(std::string from, std::string to, std::string protocol, int port)
{
    Connection c;
    c.from = std::move(from);
    c.to = std::move(to);
    c.protocol = std::move(protocol);
    c.port = port;
    return c;
}

} // namespace

Model awsShowcase()
{
    Model m;
    m.name = "AWS showcase";
    m.description = "Every AWS kind of the catalog, wired together.";
    m.sourceFile = "aws-showcase.cloudwright.yaml";

    Account a;
    a.id = "prod";
    a.name = "Production";
    a.environment = Environment::Prod;
    a.tags = { { "project", "showcase" }, { "cost-center", "42" } };

    Network v;
    v.id = "main-vpc";
    v.name = "Main VPC";
    v.region = "eu-west-3";
    v.cidrs = { "10.0.0.0/16", "10.1.0.0/16", "2600:1f18:abcd:ef00::/56" };
    v.zones = { "eu-west-3a", "eu-west-3b" };
    v.subnets = { subnet("public-a", Tier::Public, "eu-west-3a", "10.0.0.0/24"),
        subnet("public-b", Tier::Public, "eu-west-3b", "10.0.1.0/24"),
        subnet("app-a", Tier::Private, "eu-west-3a", "10.0.16.0/20"),
        subnet("app-b", Tier::Private, "eu-west-3b", "10.0.32.0/20"),
        subnet("db-a", Tier::Isolated, "eu-west-3a", "10.0.64.0/24"),
        subnet("db-b", Tier::Isolated, "eu-west-3b", "10.0.65.0/24"),
        subnet("extra-a", Tier::Private, "eu-west-3a", "10.1.0.0/24") };
    v.subnets[2].ipv6Cidr = "2600:1f18:abcd:ef03::/64";
    v.services = {
        svc("igw", "aws.internet-gateway", {}, props({ { "egress_only_ipv6", true } })),
        svc("nat", "aws.nat-gateway", { "public-a", "public-b" },
            props({ { "mode", S("per-zone") } })),
        svc("web-alb", "aws.alb", { "public-a", "public-b" },
            props({ { "certificate_domain", S("www.example.com") },
                { "drop_invalid_header_fields", true } })),
        svc("tcp-nlb", "aws.nlb", { "app-a", "app-b" },
            props({ { "internal", true }, { "listener_port", I(8443) } })),
        svc("s3-endpoint", "aws.vpc-endpoint", {},
            props({ { "service", S("s3") }, { "endpoint_type", S("Gateway") } })),
        svc("ecr-endpoint", "aws.vpc-endpoint", { "app-a", "app-b" },
            props({ { "service", S("ecr.api") } })),
        svc("vpn", "aws.vpn-gateway", {}, props({ { "routing", S("static") } })),
        svc("flow-logs", "aws.vpc-flow-logs"),
        svc("bastion", "aws.bastion", { "public-a" },
            props({ { "allowed_cidrs", L({ "203.0.113.0/24" }) } })),
        svc("worker", "aws.ec2", { "app-a", "app-b" },
            props({ { "instance_count", I(2) }, { "instance_type", S("m7g.large") },
                { "root_volume_encrypted", true } })),
        svc("api", "aws.ecs-fargate", { "app-a", "app-b" },
            props({ { "container_port", I(8080) }, { "min_count", I(2) }, { "max_count", I(6) },
                { "desired_count", I(2) }, { "circuit_breaker", true },
                { "container_insights", S("enabled") } })),
        svc("jobs", "aws.lambda", { "app-a", "app-b" },
            props({ { "dlq", true }, { "tracing", S("Active") } })),
        svc("k8s", "aws.eks", { "app-a", "app-b" },
            props({ { "control_plane_logging", L({ "api", "audit" }) },
                { "secrets_encryption", true }, { "endpoint_private_access", true },
                { "public_access_cidrs", L({ "198.51.100.0/24" }) },
                { "addons", L({ "vpc-cni", "kube-proxy", "coredns" }) } })),
        svc("k8s-spot", "aws.eks-node-group", { "app-a", "app-b" },
            props({ { "cluster", S("k8s") }, { "capacity_type", S("SPOT") },
                { "instance_types", L({ "m7g.large", "m6g.large" }) },
                { "ami_type", S("AL2023_ARM_64_STANDARD") }, { "max_size", I(5) } })),
        svc("db", "aws.rds-postgresql", { "db-a", "db-b" },
            props({ { "multi_az", true }, { "storage_encrypted", true },
                { "deletion_protection", true }, { "backup_retention_days", I(14) },
                { "enhanced_monitoring_interval_s", I(60) }, { "log_exports", L({ "postgresql" }) },
                { "max_allocated_storage_gb", I(200) }, { "iam_auth", true } })),
        svc("aurora", "aws.aurora-postgresql", { "db-a", "db-b" },
            props({ { "instance_class", S("db.serverless") }, { "storage_encrypted", true },
                { "instances", I(2) } })),
    };
    a.networks.push_back(v);

    Network w;
    w.id = "edge-vpc";
    w.region = "us-east-1";
    w.cidrs = { "10.8.0.0/16" };
    w.zones = { "use1-az1", "use1-az2" };
    w.subnets = { subnet("edge-a", Tier::Private, "use1-az1", "10.8.0.0/24"),
        subnet("edge-b", Tier::Private, "use1-az2", "10.8.1.0/24") };
    a.networks.push_back(w);

    Network shared;
    shared.id = "shared-vpc";
    shared.region = "eu-west-3";
    shared.cidrs = { "10.9.0.0/16" };
    shared.zones = { "eu-west-3a", "eu-west-3b" };
    shared.subnets = { subnet("shared-a", Tier::Private, "eu-west-3a", "10.9.0.0/24"),
        subnet("shared-b", Tier::Private, "eu-west-3b", "10.9.1.0/24") };
    a.networks.push_back(shared);

    a.services = {
        svc("cdn", "aws.cloudfront", {},
            props({ { "aliases", L({ "www.example.com" }) },
                { "default_root_object", S("index.html") } })),
        svc("edge-waf", "aws.waf", {}, props({ { "logging", true } })),
        svc("alb-waf", "aws.waf", {},
            props({ { "managed_rule_groups", L({ "AWSManagedRulesSQLiRuleSet" }) } }), "eu-west-3"),
        svc("spa", "aws.s3", {},
            props({ { "versioning", true }, { "website", true }, { "lifecycle_days", I(365) } }),
            "eu-west-3"),
        svc("zone", "aws.route53", {}, props({ { "zone_name", S("example.com") } })),
        svc("internal-zone", "aws.route53", {},
            props({ { "zone_name", S("corp.internal") }, { "private_zone", true } })),
        svc("cert", "aws.acm", {}, props({ { "domain_name", S("api.example.com") } }), "eu-west-3"),
        svc("tgw", "aws.transit-gateway", {}, {}, "eu-west-3"),
        svc("orders", "aws.sqs", {}, props({ { "dlq", true }, { "max_receive_count", I(5) } }),
            "eu-west-3"),
        svc("events", "aws.sns", {}, props({ { "encryption", S("SSE-KMS") } }), "eu-west-3"),
        svc("db-creds", "aws.secrets-manager", {},
            props({ { "kms_key", S("customer-managed") },
                { "replica_regions", L({ "eu-west-1" }) } }),
            "eu-west-3"),
        svc("data-key", "aws.kms", {}, props({ { "rotation", true } }), "eu-west-3"),
        svc("threats", "aws.guardduty", {},
            props({ { "s3_protection", true }, { "eks_protection", true } }), "eu-west-3"),
        svc("users-pool", "aws.cognito", {}, props({ { "mfa", S("OPTIONAL") } }), "eu-west-3"),
        svc("monitoring", "aws.cloudwatch", {},
            props({ { "log_retention_days", I(30) },
                { "alarms", L({ "alb-5xx-rate", "db-cpu-high", "queue-age", "no-such-alarm" }) } }),
            "eu-west-3"),
        svc("audit", "aws.cloudtrail", {},
            props({ { "log_file_validation", true }, { "kms_encryption", true },
                { "cloudwatch_logs", true } }),
            "eu-west-3"),
        svc("org", "aws.organizations", {},
            props({ { "organizational_units", L({ "Security", "Workloads" }) },
                { "service_control_policies", L({ "deny-leave-org" }) } })),
        svc("repo", "aws.ecr", {}, props({ { "scan_on_push", true }, { "keep_images", I(20) } }),
            "eu-west-3"),
        svc("public-api", "aws.api-gateway", {}, props({ { "access_logs", true } }), "eu-west-3"),
        svc("deploy", "aws.codepipeline", {},
            props({ { "deploy_provider", S("ECS") }, { "manual_approval", true } }), "eu-west-3"),
    };
    m.accounts.push_back(a);

    External users;
    users.id = "users";
    users.kind = ExternalKind::Internet;
    External office;
    office.id = "office";
    office.kind = ExternalKind::OnPremises;
    office.cidrs = { "192.168.0.0/16" };
    m.externals = { users, office };

    m.connections = {
        conn("users", "cdn", "https", 443),
        conn("cdn", "spa", "https", 443),
        conn("cdn", "web-alb", "https", 443),
        conn("edge-waf", "cdn", "https", 0),
        conn("alb-waf", "web-alb", "https", 0),
        conn("users", "web-alb", "https", 443),
        conn("web-alb", "api", "http", 8080),
        conn("web-alb", "jobs", "https", 0),
        conn("api", "db", "tcp", 5432),
        conn("api", "orders", "https", 443),
        conn("api", "db-creds", "https", 443),
        conn("api", "aurora", "tcp", 0),
        conn("events", "orders", "https", 0),
        conn("orders", "jobs", "https", 0),
        conn("jobs", "spa", "https", 443),
        conn("jobs", "data-key", "https", 443),
        conn("k8s", "db", "tcp", 5432),
        conn("tcp-nlb", "worker", "tcp", 9000),
        conn("office", "tcp-nlb", "tcp", 8443),
        conn("office", "worker", "tcp", 22),
        conn("users", "public-api", "https", 443),
        conn("public-api", "jobs", "https", 0),
        conn("monitoring", "events", "https", 0),
        conn("deploy", "api", "https", 0),
        conn("worker", "users", "https", 443),
    };
    Link peering;
    peering.kind = LinkKind::Peering;
    peering.networks = { "main-vpc", "edge-vpc" };
    Link tgw;
    tgw.kind = LinkKind::TransitGateway;
    tgw.networks = { "main-vpc", "shared-vpc" };
    Link vpn;
    vpn.kind = LinkKind::Vpn;
    vpn.networks = { "main-vpc", "office" };
    m.links = { peering, tgw, vpn };
    return m;
}

Model azureShowcase()
{
    Model m;
    m.name = "Azure showcase";
    m.description = "Every Azure kind of the catalog, wired together.";
    m.sourceFile = "azure-showcase.cloudwright.yaml";

    Account a;
    a.id = "bank-prod";
    a.name = "Bank production";
    a.provider = Provider::Azure;
    a.environment = Environment::Prod;
    a.tags = { { "project", "bank" }, { "owner", "platform team" } };

    Network v;
    v.id = "hub";
    v.name = "vnet-bank-prod";
    v.region = "westeurope";
    v.cidrs = { "10.10.0.0/16" };
    v.zones = { "1", "2", "3" };
    auto sn = [](std::string id, Tier tier, std::string cidr, std::string name = {}) {
        Subnet s = subnet(std::move(id), tier, "", std::move(cidr));
        s.name = std::move(name);
        return s;
    };
    v.subnets = { sn("snet-agw", Tier::Public, "10.10.0.0/24"),
        sn("snet-bastion", Tier::Public, "10.10.1.0/26", "AzureBastionSubnet"),
        sn("snet-fw", Tier::Public, "10.10.2.0/26", "AzureFirewallSubnet"),
        sn("snet-gw", Tier::Private, "10.10.3.0/27", "GatewaySubnet"),
        sn("snet-app", Tier::Private, "10.10.4.0/26"),
        sn("snet-aks", Tier::Private, "10.10.16.0/20"),
        sn("snet-db", Tier::Isolated, "10.10.5.0/27"),
        sn("snet-pe", Tier::Isolated, "10.10.6.0/27"),
        sn("snet-redis", Tier::Private, "10.10.7.0/27"),
        sn("snet-lb", Tier::Private, "10.10.8.0/27") };
    v.services = {
        svc("edge-agw", "azure.application-gateway", { "snet-agw" },
            props({ { "sku", S("WAF_v2") }, { "waf_mode", S("Prevention") },
                { "zone_redundant", true }, { "min_capacity", I(2) } })),
        svc("bastion", "azure.bastion", { "snet-bastion" },
            props({ { "sku", S("Standard") }, { "tunneling", true } })),
        svc("firewall", "azure.firewall", { "snet-fw" },
            props({ { "zone_redundant", true }, { "dns_proxy", true } })),
        svc("vpn-gw", "azure.vpn-gateway", { "snet-gw" }, props({ { "bgp", true } })),
        svc("er-gw", "azure.expressroute-gateway", { "snet-gw" }),
        svc("api-app", "azure.app-service", { "snet-app" },
            props({ { "https_only", true }, { "vnet_route_all", true },
                { "runtime", S("PYTHON|3.12") }, { "always_on", true }, { "zone_redundant", true },
                { "instances", I(3) }, { "autoscale_max", I(6) },
                { "health_check_path", S("/health") } })),
        svc("apps-aks", "azure.aks", { "snet-aks" },
            props({ { "sku_tier", S("Standard") }, { "private_cluster", true },
                { "autoscaling", true }, { "zones", L({ "1", "2", "3" }) },
                { "workload_identity", true }, { "container_insights", true },
                { "local_accounts", false } })),
        svc("orders-db", "azure.postgresql-flexible", { "snet-db" },
            props({ { "ha_mode", S("ZoneRedundant") }, { "backup_retention_days", I(35) },
                { "geo_redundant_backup", true }, { "entra_auth", true } })),
        svc("kv-pe", "azure.private-endpoint", { "snet-pe" },
            props({ { "target", S("secrets-kv") }, { "subresource", S("vault") } })),
        svc("st-pe", "azure.private-endpoint", { "snet-pe" },
            props({ { "target", S("datastore") }, { "subresource", S("blob") } })),
        svc("session-cache", "azure.redis-cache", { "snet-redis" },
            props({ { "sku", S("Premium") }, { "family", S("P") } })),
        svc("branch-ilb", "azure.load-balancer", { "snet-lb" },
            props({ { "type", S("internal") }, { "probe_port", I(8080) } })),
        svc("flow-logs", "azure.vnet-flow-logs", {},
            props({ { "retention_days", I(90) }, { "traffic_analytics", true } })),
    };
    a.networks.push_back(v);

    a.services = {
        svc("front-door", "azure.front-door", {},
            props({ { "sku", S("Premium_AzureFrontDoor") }, { "waf", true },
                { "waf_mode", S("Prevention") },
                { "managed_rule_sets", L({ "Microsoft_DefaultRuleSet_2.1" }) } })),
        svc("web-spa", "azure.static-web-app", {},
            props({ { "sku", S("Standard") }, { "custom_domains", L({ "www.example.org" }) } })),
        svc("alert-flows", "azure.logic-app", {}, props({ { "managed_identity", true } }),
            "westeurope"),
        svc("imagesacr", "azure.container-registry", {},
            props({ { "sku", S("Premium") }, { "public_network_access", false },
                { "geo_replication_regions", L({ "northeurope" }) } }),
            "westeurope"),
        svc("datastore", "azure.storage-account", {},
            props({ { "replication", S("Standard_ZRS") }, { "blob_versioning", true },
                { "shared_key_access", false } }),
            "westeurope"),
        svc("backup-vault", "azure.recovery-services-vault", {},
            props({ { "storage_redundancy", S("ZoneRedundant") } }), "westeurope"),
        svc("secrets-kv", "azure.key-vault", {},
            props({ { "purge_protection", true }, { "rbac_authorization", true },
                { "public_network_access", false }, { "network_default_action", S("Deny") } }),
            "westeurope"),
        svc("central-logs", "azure.log-analytics", {}, props({ { "retention_days", I(90) } }),
            "westeurope"),
        svc("api-insights", "azure.app-insights", {}, props({ { "local_auth", false } }),
            "westeurope"),
        svc("oncall-group", "azure.action-group", {},
            props({ { "receivers", L({ "email", "webhook" }) } })),
        svc("ops-runbooks", "azure.automation-account", {},
            props({ { "public_network_access", false } }), "westeurope"),
        svc("public-db", "azure.postgresql-flexible", {},
            props({ { "tier", S("Burstable") }, { "sku_name", S("Standard_B1ms") } }),
            "westeurope"),
    };
    m.accounts.push_back(a);

    External users;
    users.id = "users";
    External office;
    office.id = "branch";
    office.kind = ExternalKind::OnPremises;
    office.cidrs = { "172.16.0.0/16" };
    m.externals = { users, office };
    m.connections = {
        conn("users", "front-door", "https", 443),
        conn("front-door", "web-spa", "https", 443),
        conn("front-door", "api-app", "https", 443),
        conn("users", "edge-agw", "https", 443),
        conn("edge-agw", "apps-aks", "http", 80),
        conn("api-app", "orders-db", "tcp", 5432),
        conn("api-app", "secrets-kv", "https", 443),
        conn("api-app", "session-cache", "tcp", 6380),
        conn("apps-aks", "orders-db", "tcp", 5432),
        conn("apps-aks", "imagesacr", "https", 443),
        conn("api-app", "api-insights", "https", 443),
        conn("branch", "branch-ilb", "tcp", 8080),
        conn("branch-ilb", "apps-aks", "tcp", 8080),
        conn("api-insights", "central-logs", "https", 0),
        conn("oncall-group", "alert-flows", "https", 0),
        conn("api-app", "datastore", "https", 443),
    };
    Link vpn;
    vpn.kind = LinkKind::Vpn;
    vpn.networks = { "hub", "branch" };
    m.links = { vpn };
    return m;
}

const std::vector<std::string> &hostileStrings()
{
    static const std::vector<std::string> s {
        "quote\" } resource \"aws_instance\" \"pwn\" {",
        "back\\slash\\\" ${jndi:ldap://x} %{if true}x%{endif}",
        "line1\nline2\r\n\tresource \"evil\" {}",
        "bicep' } resource evil 'x@1' = { ''' ${sys} \\${}",
        "ctrl\x01\x1f\x7f end",
        "unicode é 日本 🚀 \u2028 sep",
        "../../../etc/passwd",
        "<script>alert(1)</script> | [x](javascript:alert(1))",
        "$${already} %%{escaped} $$${triple}",
    };
    return s;
}

Model hostile()
{
    const auto &h = hostileStrings();
    Model m = awsShowcase();
    m.name = h[7];
    m.description = h[2];
    m.sourceFile = "hostile.cloudwright.yaml";
    Account &a = m.accounts.front();
    a.id = "../prod";
    a.name = h[0];
    a.description = h[1];
    for (std::size_t i = 0; i < h.size(); ++i)
        a.tags["tag" + std::to_string(i) + h[i % 3]] = h[i];
    a.tags[h[5]] = h[4];
    for (auto &n : a.networks) {
        n.name = h[n.subnets.size() % h.size()];
        for (auto &sn : n.subnets)
            sn.name = h[3];
        for (auto &s : n.services) {
            s.name = h[0];
            s.description = h[1];
            s.tags = { { h[2], h[3] }, { "Name", h[8] }, { h[6], h[5] } };
        }
    }
    for (auto &s : a.services) {
        s.name = h[4];
        s.description = h[3];
        s.tags = { { h[7], h[0] }, { h[1], h[2] } };
    }
    a.services.push_back(svc("evil-bucket", "aws.s3", {}, {}, "eu-west-3"));
    a.services.back().description = h[0] + h[3];
    a.services.push_back(
        svc("evil-zone", "aws.route53", {}, props({ { "zone_name", Value(h[1]) } })));
    for (auto &c : m.connections)
        c.description = h[1];
    m.externals[0].name = h[2];

    Model az = azureShowcase();
    Account b = az.accounts.front();
    b.id = "..";
    b.name = h[3];
    b.description = h[8];
    b.tags = { { h[3], h[1] }, { "env'", h[2] } };
    for (auto &n : b.networks) {
        n.name = h[3];
        for (auto &s : n.services) {
            s.name = h[3];
            s.description = h[2];
            s.tags = { { h[3], h[8] } };
        }
    }
    for (auto &s : b.services) {
        s.name = h[1];
        s.tags = { { "k", h[3] } };
    }
    m.accounts.push_back(b);
    for (auto &e : az.externals)
        if (e.id != "users")
            m.externals.push_back(e);
    for (auto &c : az.connections)
        m.connections.push_back(c);
    return m;
}

Model blocking()
{
    Model m = awsShowcase();
    m.name = "Overlapping subnets";
    m.sourceFile = "blocking.cloudwright.yaml";
    Subnet &s = m.accounts.front().networks.front().subnets[5];
    s.cidr = "10.0.64.0/25"; // inside db-a: NET-003
    s.loc = { 42, 11 };
    return m;
}

Model syntheticAws(int n)
{
    Model m;
    m.name = "Synthetic AWS";
    Account a;
    a.id = "synthetic";
    int made = 1;
    int vpcIndex = 0;
    while (made < n) {
        Network v;
        v.id = "vpc-" + std::to_string(vpcIndex);
        v.region = vpcIndex % 2 ? "eu-west-1" : "eu-west-3";
        const int second = vpcIndex / 250, third = vpcIndex % 250;
        v.cidrs = { "10." + std::to_string(second) + "." + std::to_string(third) + ".0/24" };
        const std::string za = v.region + "a", zb = v.region + "b";
        v.zones = { za, zb };
        const std::string base = "10." + std::to_string(second) + "." + std::to_string(third) + ".";
        const std::string p = v.id + "-";
        v.subnets = { subnet(p + "pub-a", Tier::Public, za, base + "0/27"),
            subnet(p + "pub-b", Tier::Public, zb, base + "32/27"),
            subnet(p + "app-a", Tier::Private, za, base + "64/27"),
            subnet(p + "app-b", Tier::Private, zb, base + "96/27"),
            subnet(p + "db-a", Tier::Isolated, za, base + "128/28"),
            subnet(p + "db-b", Tier::Isolated, zb, base + "144/28") };
        v.services = { svc(p + "igw", "aws.internet-gateway"),
            svc(p + "nat", "aws.nat-gateway", { p + "pub-a", p + "pub-b" }),
            svc(p + "alb", "aws.alb", { p + "pub-a", p + "pub-b" }),
            svc(p + "svc", "aws.ecs-fargate", { p + "app-a", p + "app-b" }),
            svc(p + "db", "aws.rds-postgresql", { p + "db-a", p + "db-b" }) };
        a.services.push_back(svc(p + "queue", "aws.sqs", {}, props({ { "dlq", true } }), v.region));
        a.services.push_back(svc(p + "bucket", "aws.s3", {}, {}, v.region));
        m.connections.push_back(conn("users", p + "alb", "https", 443));
        m.connections.push_back(conn(p + "alb", p + "svc", "http", 8080));
        m.connections.push_back(conn(p + "svc", p + "db", "tcp", 5432));
        m.connections.push_back(conn(p + "svc", p + "queue", "https", 443));
        m.connections.push_back(conn(p + "svc", p + "bucket", "https", 443));
        a.networks.push_back(std::move(v));
        made += 1 + 6 + 5 + 2 + 5;
        ++vpcIndex;
    }
    m.accounts.push_back(std::move(a));
    External users;
    users.id = "users";
    m.externals.push_back(users);
    return m;
}

Model syntheticAzure(int n)
{
    Model m;
    m.name = "Synthetic Azure";
    Account a;
    a.id = "synthetic";
    a.provider = Provider::Azure;
    int made = 1;
    int index = 0;
    while (made < n) {
        Network v;
        v.id = "vnet-" + std::to_string(index);
        v.region = index % 2 ? "northeurope" : "westeurope";
        const std::string base
            = "10." + std::to_string(index / 250) + "." + std::to_string(index % 250) + ".";
        v.cidrs = { base + "0/24" };
        const std::string p = v.id + "-";
        v.subnets = { subnet(p + "app", Tier::Private, "", base + "0/26"),
            subnet(p + "db", Tier::Isolated, "", base + "64/27"),
            subnet(p + "pe", Tier::Isolated, "", base + "96/27") };
        v.services = { svc(p + "api", "azure.app-service", { p + "app" }),
            svc(p + "db", "azure.postgresql-flexible", { p + "db" }) };
        a.services.push_back(svc(p + "kv", "azure.key-vault", {}, {}, v.region));
        a.services.push_back(svc(p + "st", "azure.storage-account", {}, {}, v.region));
        m.connections.push_back(conn("users", p + "api", "https", 443));
        m.connections.push_back(conn(p + "api", p + "db", "tcp", 5432));
        m.connections.push_back(conn(p + "api", p + "kv", "https", 443));
        a.networks.push_back(std::move(v));
        made += 1 + 3 + 2 + 2 + 3;
        ++index;
    }
    m.accounts.push_back(std::move(a));
    External users;
    users.id = "users";
    m.externals.push_back(users);
    return m;
}

} // namespace cw::testmodels
