// SPDX-License-Identifier: MIT
// VPCs: address blocks, subnets, gateways, route tables, endpoints, Route 53 zones.
#include "net/cidr.h"
#include "terraform/tfmodule.h"

#include <algorithm>

namespace cw::exporters::tf {

namespace {

bool isZoneName(const std::string &zone)
{
    // "eu-west-3a" is a name; "euw3-az1" is a zone id (terraform-aws-vpc tells them apart so).
    return zone.size() > 3 && std::islower(static_cast<unsigned char>(zone[0]))
        && std::islower(static_cast<unsigned char>(zone[1])) && zone[2] == '-';
}

/// newbits and netnum such that cidrsubnet(outer, newbits, netnum) == inner, when it is so.
std::optional<std::pair<int, std::uint64_t>> subnetIndex(
    const std::string &outerText, const std::string &innerText)
{
    auto outer = net::Cidr::parse(outerText);
    auto inner = net::Cidr::parse(innerText);
    if (!outer || !inner || outer->family() != inner->family() || !outer->contains(*inner))
        return std::nullopt;
    const int newbits = inner->prefix() - outer->prefix();
    if (newbits < 0 || newbits > 32)
        return std::nullopt;
    std::uint64_t netnum = 0;
    for (int bit = outer->prefix(); bit < inner->prefix(); ++bit) {
        const auto byte = inner->bytes()[static_cast<std::size_t>(bit / 8)];
        netnum = (netnum << 1) | ((byte >> (7 - bit % 8)) & 1u);
    }
    return std::make_pair(newbits, netnum);
}

bool isV6(const std::string &cidr)
{
    return cidr.find(':') != std::string::npos;
}

struct VpcState
{
    std::string vpc; ///< "aws_vpc.x"
    std::string igw; ///< "aws_internet_gateway.x", empty when none
    std::string eigw;
    std::map<std::string, std::string> natByZone; ///< zone -> "aws_nat_gateway.x"
    std::string firstNat;
};

void emitSubnets(Module &m, const Network &net, const std::vector<std::string> &v4,
    const std::vector<std::string> &v6, const VpcState &st)
{
    const bool eks = std::any_of(net.services.begin(), net.services.end(),
        [](const Service &s) { return s.kind == "aws.eks"; });
    for (const auto &sn : net.subnets) {
        Body &b = m.resource(kNetworkTf, "aws_subnet", m.label("aws_subnet", sn.id));
        m.regionArg(b, net.region);
        // A subnet in a secondary block waits for that block's association.
        std::string vpcId = st.vpc + ".id";
        for (std::size_t i = 1; i < v4.size(); ++i)
            if (subnetIndex(v4[i], sn.cidr))
                vpcId = m.ref("aws_vpc_ipv4_cidr_block_association", net.id,
                            "cidr_" + std::to_string(i + 1))
                    + ".vpc_id";
        b.attr("vpc_id", Expr::raw(vpcId));
        b.attr("cidr_block", Expr::str(sn.cidr));
        if (!sn.zone.empty())
            b.attr(isZoneName(sn.zone) ? "availability_zone" : "availability_zone_id",
                Expr::str(sn.zone));
        if (!sn.ipv6Cidr.empty()) {
            auto idx = v6.empty() ? std::nullopt : subnetIndex(v6.front(), sn.ipv6Cidr);
            if (idx) {
                b.attr("ipv6_cidr_block",
                    Expr::raw("cidrsubnet(" + st.vpc + ".ipv6_cidr_block, "
                        + std::to_string(idx->first) + ", " + std::to_string(idx->second) + ")"));
            } else {
                m.note("Subnet `" + sn.id
                    + "`: its IPv6 block is not inside the network's IPv6 block, "
                      "so no IPv6 block was assigned.");
            }
        }
        Tags extra { { "Tier", std::string(toString(sn.tier)) } };
        if (eks && sn.tier == Tier::Public)
            extra["kubernetes.io/role/elb"] = "1";
        if (eks && sn.tier == Tier::Private)
            extra["kubernetes.io/role/internal-elb"] = "1";
        b.blank().attr("tags", m.tags(sn.name.empty() ? sn.id : sn.name, {}, extra));
    }
}

void emitNat(Module &m, const Network &net, VpcState &st)
{
    for (const auto &svc : net.services) {
        if (svc.kind != "aws.nat-gateway")
            continue;
        const Props p = m.props(svc);
        const bool isPublic = p.s("connectivity_type") != "private";
        std::vector<const Subnet *> subnets;
        for (const auto &id : svc.subnets)
            if (const Subnet *sn = m.subnet(id))
                subnets.push_back(sn);
        if (subnets.empty()) {
            m.note("NAT gateway `" + svc.id
                + "` lists no subnet of this account; it was not exported.");
            continue;
        }
        if (p.s("mode") == "single")
            subnets.resize(1);
        for (const Subnet *sn : subnets) {
            const std::string role
                = subnets.size() == 1 ? "" : snakeName(sn->zone.empty() ? sn->id : sn->zone);
            const std::string suffix
                = subnets.size() == 1 ? "" : "-" + (sn->zone.empty() ? sn->id : sn->zone);
            std::string eip;
            if (isPublic) {
                eip = m.label("aws_eip", svc.id, role);
                Body &e = m.resource(kNetworkTf, "aws_eip", eip);
                m.regionArg(e, net.region);
                e.attr("domain", Expr::str("vpc"));
                e.blank().attr("tags", m.serviceTags(svc, suffix));
                if (!st.igw.empty())
                    e.blank().attr("depends_on", Expr::list({ Expr::raw(st.igw) }));
            }
            const std::string nat = m.ref("aws_nat_gateway", svc.id, role);
            Body &b = m.resource(
                kNetworkTf, "aws_nat_gateway", m.label("aws_nat_gateway", svc.id, role));
            m.regionArg(b, net.region);
            if (isPublic)
                b.attr("allocation_id", Expr::raw("aws_eip." + eip + ".id"));
            else
                b.attr("connectivity_type", Expr::str("private"));
            b.attr("subnet_id", Expr::raw(m.ref("aws_subnet", sn->id) + ".id"));
            b.blank().attr("tags", m.serviceTags(svc, suffix));
            if (isPublic && !st.igw.empty())
                b.blank().attr("depends_on", Expr::list({ Expr::raw(st.igw) }));
            if (isPublic) {
                st.natByZone.emplace(sn->zone, nat);
                if (st.firstNat.empty())
                    st.firstNat = nat;
            }
        }
    }
}

Body &route(Module &m, const Network &net, const std::string &table, const std::string &role)
{
    Body &r = m.resource(kNetworkTf, "aws_route", m.label("aws_route", table, role));
    m.regionArg(r, net.region);
    r.attr("route_table_id", Expr::raw("aws_route_table." + table + ".id"));
    return r;
}

void emitRouteTables(Module &m, const Network &net, const VpcState &st, bool ipv6)
{
    RouteTables &rt = m.routeTables(net.id);
    auto table = [&](const std::string &role, const std::string &nameSuffix) {
        const std::string label = m.label("aws_route_table", net.id, role);
        Body &b = m.resource(kNetworkTf, "aws_route_table", label);
        m.regionArg(b, net.region);
        b.attr("vpc_id", Expr::raw(st.vpc + ".id"));
        b.blank().attr("tags", m.tags((net.name.empty() ? net.id : net.name) + "-" + nameSuffix));
        return label;
    };
    for (const auto &sn : net.subnets) {
        if (sn.tier == Tier::Public && rt.publicTable.empty()) {
            rt.publicTable = table("public", "public");
            if (!st.igw.empty()) {
                route(m, net, rt.publicTable, "internet")
                    .attr("destination_cidr_block", Expr::str("0.0.0.0/0"))
                    .attr("gateway_id", Expr::raw(st.igw + ".id"));
                if (ipv6)
                    route(m, net, rt.publicTable, "internet_ipv6")
                        .attr("destination_ipv6_cidr_block", Expr::str("::/0"))
                        .attr("gateway_id", Expr::raw(st.igw + ".id"));
            }
        } else if (sn.tier == Tier::Private && !rt.privateByZone.count(sn.zone)) {
            const std::string role = sn.zone.empty() ? "private" : "private_" + snakeName(sn.zone);
            const std::string label
                = table(role, sn.zone.empty() ? "private" : "private-" + sn.zone);
            rt.privateByZone[sn.zone] = label;
            auto nat = st.natByZone.find(sn.zone);
            const std::string natRef = nat != st.natByZone.end() ? nat->second : st.firstNat;
            if (!natRef.empty())
                route(m, net, label, "nat")
                    .attr("destination_cidr_block", Expr::str("0.0.0.0/0"))
                    .attr("nat_gateway_id", Expr::raw(natRef + ".id"));
            if (!st.eigw.empty())
                route(m, net, label, "egress_ipv6")
                    .attr("destination_ipv6_cidr_block", Expr::str("::/0"))
                    .attr("egress_only_gateway_id", Expr::raw(st.eigw + ".id"));
        } else if (sn.tier == Tier::Isolated && rt.isolatedTable.empty()) {
            rt.isolatedTable = table("isolated", "isolated");
        }
    }
    for (const auto &sn : net.subnets) {
        const std::string &t = sn.tier == Tier::Public ? rt.publicTable
            : sn.tier == Tier::Isolated                ? rt.isolatedTable
                                                       : rt.privateByZone[sn.zone];
        Body &a = m.resource(kNetworkTf, "aws_route_table_association",
            m.label("aws_route_table_association", sn.id));
        m.regionArg(a, net.region);
        a.attr("subnet_id", Expr::raw(m.ref("aws_subnet", sn.id) + ".id"));
        a.attr("route_table_id", Expr::raw("aws_route_table." + t + ".id"));
    }
}

void emitEndpoints(Module &m, const Network &net)
{
    RouteTables &rt = m.routeTables(net.id);
    for (const auto &svc : net.services) {
        if (svc.kind != "aws.vpc-endpoint")
            continue;
        const Props p = m.props(svc);
        const std::string service = p.s("service");
        if (service.empty()) {
            m.note("VPC endpoint `" + svc.id + "` names no `service`; it was not exported.");
            continue;
        }
        const std::string type = p.s("endpoint_type");
        Body &b = m.resource(kNetworkTf, "aws_vpc_endpoint", m.label("aws_vpc_endpoint", svc.id));
        m.regionArg(b, net.region);
        b.attr("vpc_id", Expr::raw(m.ref("aws_vpc", net.id) + ".id"));
        b.attr("service_name", Expr::str("com.amazonaws." + net.region + "." + service));
        b.attr("vpc_endpoint_type", Expr::str(type));
        if (type == "Gateway") {
            Expr tables = Expr::list();
            for (const auto &t : rt.inner())
                tables.add(Expr::raw("aws_route_table." + t + ".id"));
            b.attr("route_table_ids", tables);
        } else {
            b.attr("subnet_ids", m.subnetList(svc));
            if (const std::string sg = m.securityGroup(svc); !sg.empty())
                b.attr("security_group_ids", Expr::list({ Expr::raw(sg) }));
            if (type == "Interface")
                b.attr("private_dns_enabled", Expr::boolean(p.b("private_dns")));
        }
        b.blank().attr("tags", m.serviceTags(svc));
    }
}

void emitVpc(Module &m, const Network &net)
{
    std::vector<std::string> v4, v6;
    for (const auto &c : net.cidrs)
        (isV6(c) ? v6 : v4).push_back(c);
    if (v4.empty()) {
        m.note("Network `" + net.id
            + "` has no IPv4 block; AWS VPCs need one, so it was not exported.");
        return;
    }
    VpcState st;
    st.vpc = m.ref("aws_vpc", net.id);
    const std::string name = net.name.empty() ? net.id : net.name;
    {
        Body &b = m.resource(kNetworkTf, "aws_vpc", m.label("aws_vpc", net.id));
        m.regionArg(b, net.region);
        b.attr("cidr_block", Expr::str(v4.front()));
        b.attr("enable_dns_hostnames", Expr::boolean(true));
        b.attr("enable_dns_support", Expr::boolean(true));
        if (!v6.empty())
            b.attr("assign_generated_ipv6_cidr_block", Expr::boolean(true));
        b.blank().attr("tags", m.tags(name));
    }
    if (v6.size() > 1)
        m.note("Network `" + net.id
            + "`: only one Amazon-provided IPv6 block is requested; extra IPv6 blocks were not "
              "exported.");
    for (std::size_t i = 1; i < v4.size(); ++i) {
        Body &b = m.resource(kNetworkTf, "aws_vpc_ipv4_cidr_block_association",
            m.label(
                "aws_vpc_ipv4_cidr_block_association", net.id, "cidr_" + std::to_string(i + 1)));
        m.regionArg(b, net.region);
        b.attr("vpc_id", Expr::raw(st.vpc + ".id"));
        b.attr("cidr_block", Expr::str(v4[i]));
    }

    const Service *igwService = nullptr;
    for (const auto &s : net.services)
        if (s.kind == "aws.internet-gateway" && !igwService)
            igwService = &s;
    const bool hasPublic = std::any_of(net.subnets.begin(), net.subnets.end(),
        [](const Subnet &s) { return s.tier == Tier::Public; });
    emitSubnets(m, net, v4, v6, st);
    if (igwService || hasPublic) {
        const std::string id = igwService ? igwService->id : net.id;
        st.igw = m.ref("aws_internet_gateway", id);
        Body &b
            = m.resource(kNetworkTf, "aws_internet_gateway", m.label("aws_internet_gateway", id));
        m.regionArg(b, net.region);
        b.attr("vpc_id", Expr::raw(st.vpc + ".id"));
        b.blank().attr("tags", igwService ? m.serviceTags(*igwService) : m.tags(name));
        if (igwService && m.props(*igwService).b("egress_only_ipv6")) {
            st.eigw = m.ref("aws_egress_only_internet_gateway", id);
            Body &e = m.resource(kNetworkTf, "aws_egress_only_internet_gateway",
                m.label("aws_egress_only_internet_gateway", id));
            m.regionArg(e, net.region);
            e.attr("vpc_id", Expr::raw(st.vpc + ".id"));
            e.blank().attr("tags", m.serviceTags(*igwService));
        }
    }
    emitNat(m, net, st);
    emitRouteTables(m, net, st, !v6.empty());
    emitEndpoints(m, net);
}

void emitRoute53(Module &m, const Service &svc)
{
    const Props p = m.props(svc);
    std::string zone = p.s("zone_name");
    Body &b = m.resource(kNetworkTf, "aws_route53_zone", m.label("aws_route53_zone", svc.id));
    if (zone.empty()) {
        const std::string var = snakeName(svc.id) + "_zone_name";
        m.variable({ var, "string",
            "DNS name of the Route 53 zone `" + svc.id + "`, e.g. example.com.", {}, false,
            { { "can(regex(\"^([a-z0-9-]+\\\\.)+[a-z]{2,}\\\\.?$\", var." + var + "))",
                "Must be a DNS name such as example.com." } } });
        b.attr("name", Expr::raw("var." + var));
    } else {
        b.attr("name", Expr::str(zone));
    }
    b.attr(
        "comment", Expr::str(svc.description.empty() ? "Managed by Cloudwright" : svc.description));
    if (p.b("private_zone")) {
        for (const auto &n : m.account.networks) {
            Body &v = b.block("vpc");
            v.attr("vpc_id", Expr::raw(m.ref("aws_vpc", n.id) + ".id"));
            if (n.region != m.region && !n.region.empty())
                v.attr("vpc_region", Expr::str(n.region));
        }
    }
    b.blank().attr("tags", m.serviceTags(svc));
    if (p.b("dnssec"))
        m.note("Route 53 zone `" + svc.id
            + "`: DNSSEC signing needs a KMS key in us-east-1 with a key policy for Route 53; "
              "enable it after the first apply.");
    if (p.b("query_logging"))
        m.note("Route 53 zone `" + svc.id
            + "`: query logging needs a log group in us-east-1 and a resource policy; not "
              "exported.");
    m.output({ snakeName(svc.id) + "_zone_id", "Hosted zone id of " + svc.id + ".",
        Expr::raw(m.ref("aws_route53_zone", svc.id) + ".zone_id") });
    if (!p.b("private_zone"))
        m.output(
            { snakeName(svc.id) + "_name_servers", "Name servers to delegate " + svc.id + " to.",
                Expr::raw(m.ref("aws_route53_zone", svc.id) + ".name_servers") });
}

} // namespace

void emitNetworks(Module &m)
{
    for (const auto &net : m.account.networks)
        emitVpc(m, net);
    for (const Service *s : m.services())
        if (s->kind == "aws.route53")
            emitRoute53(m, *s);
    for (const auto &net : m.account.networks) {
        Expr ids = Expr::list();
        for (const auto &sn : net.subnets)
            ids.add(Expr::raw(m.ref("aws_subnet", sn.id) + ".id"));
        if (std::none_of(
                net.cidrs.begin(), net.cidrs.end(), [](const std::string &c) { return !isV6(c); }))
            continue;
        const std::string base = snakeName(net.id);
        m.output({ base + "_vpc_id", "Id of the VPC " + net.id + ".",
            Expr::raw(m.ref("aws_vpc", net.id) + ".id") });
        m.output({ base + "_subnet_ids", "Subnet ids of " + net.id + ", in model order.", ids });
    }
}

} // namespace cw::exporters::tf
