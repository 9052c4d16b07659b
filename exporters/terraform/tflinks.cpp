// SPDX-License-Identifier: MIT
// Network links: VPC peering, transit gateway attachments and site-to-site VPN.
#include "terraform/tfmodule.h"

namespace cw::exporters::tf {

namespace {

const Network *networkById(const Module &m, const std::string &id, bool thisAccount)
{
    const ElementRef *ref = m.topo.index().find(id);
    if (!ref || ref->type != ElementType::Network)
        return nullptr;
    if (thisAccount && ref->account != &m.account)
        return nullptr;
    return ref->network;
}

std::vector<std::string> ipv4Blocks(const Network &n)
{
    std::vector<std::string> out;
    for (const auto &c : n.cidrs)
        if (c.find(':') == std::string::npos)
            out.push_back(c);
    return out;
}

void routesTo(Module &m, const Network &from, const Network &to, const std::string &targetAttr,
    const std::string &target, const std::string &dependsOn)
{
    const auto blocks = ipv4Blocks(to);
    for (const auto &table : m.routeTables(from.id).all()) {
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const std::string role
                = "to_" + snakeName(to.id) + (i ? "_" + std::to_string(i + 1) : "");
            Body &r = m.resource(kNetworkTf, "aws_route", m.label("aws_route", table, role));
            m.regionArg(r, from.region);
            r.attr("route_table_id", Expr::raw("aws_route_table." + table + ".id"));
            r.attr("destination_cidr_block", Expr::str(blocks[i]));
            r.attr(targetAttr, Expr::raw(target));
            if (!dependsOn.empty())
                r.blank().attr("depends_on", Expr::list({ Expr::raw(dependsOn) }));
        }
    }
}

void peering(Module &m, const Link &link)
{
    if (link.networks.size() != 2)
        return;
    const Network *a = networkById(m, link.networks[0], true);
    const Network *b = networkById(m, link.networks[1], true);
    if (!a && !b)
        return;
    if (!a || !b) {
        m.note("Peering " + link.networks[0] + " - " + link.networks[1]
            + " crosses accounts; the accepter side must be applied in the other account.");
        if (!a)
            return;
    }
    const std::string id = link.networks[0] + "-" + link.networks[1];
    const std::string label = m.label("aws_vpc_peering_connection", id);
    const std::string pcx = "aws_vpc_peering_connection." + label + ".id";
    Body &p = m.resource(kNetworkTf, "aws_vpc_peering_connection", label);
    m.regionArg(p, a->region);
    p.attr("vpc_id", Expr::raw(m.ref("aws_vpc", a->id) + ".id"));
    if (!b) {
        const std::string var = snakeName(link.networks[1]) + "_peer";
        m.variable({ var + "_vpc_id", "string",
            "VPC id of network `" + link.networks[1] + "` in the other account.", {}, false,
            { { "can(regex(\"^vpc-[0-9a-f]+$\", var." + var + "_vpc_id))",
                "Must be a VPC id (vpc-...)." } } });
        m.variable({ var + "_owner_id", "string",
            "AWS account id that owns network `" + link.networks[1] + "`.", {}, false,
            { { "can(regex(\"^[0-9]{12}$\", var." + var + "_owner_id))",
                "Must be a 12-digit account id." } } });
        p.attr("peer_vpc_id", Expr::raw("var." + var + "_vpc_id"));
        p.attr("peer_owner_id", Expr::raw("var." + var + "_owner_id"));
        if (const Network *other = networkById(m, link.networks[1], false);
            other && other->region != a->region)
            p.attr("peer_region", Expr::str(other->region));
        p.blank().attr("tags", m.tags(id));
        if (const Network *other = networkById(m, link.networks[1], false))
            routesTo(m, *a, *other, "vpc_peering_connection_id", pcx, {});
        return;
    }
    p.attr("peer_vpc_id", Expr::raw(m.ref("aws_vpc", b->id) + ".id"));
    const bool sameRegion = a->region == b->region;
    if (sameRegion)
        p.attr("auto_accept", Expr::boolean(true));
    else
        p.attr("peer_region", Expr::str(b->region));
    p.blank().attr("tags", m.tags(id));
    if (!sameRegion) {
        Body &acc = m.resource(kNetworkTf, "aws_vpc_peering_connection_accepter",
            m.label("aws_vpc_peering_connection_accepter", id));
        acc.attr("region", Expr::str(b->region)).blank();
        acc.attr("vpc_peering_connection_id", Expr::raw(pcx));
        acc.attr("auto_accept", Expr::boolean(true));
        acc.blank().attr("tags", m.tags(id));
    }
    routesTo(m, *a, *b, "vpc_peering_connection_id", pcx, {});
    routesTo(m, *b, *a, "vpc_peering_connection_id", pcx, {});
}

void transit(Module &m, const Link &link)
{
    std::string tgw;
    for (const Service *s : m.services())
        if (s->kind == "aws.transit-gateway" && tgw.empty())
            tgw = m.ref("aws_ec2_transit_gateway", s->id) + ".id";
    std::vector<const Network *> mine, all;
    for (const auto &id : link.networks) {
        if (const Network *n = networkById(m, id, true))
            mine.push_back(n);
        if (const Network *n = networkById(m, id, false))
            all.push_back(n);
    }
    if (mine.empty())
        return;
    if (tgw.empty()) {
        m.variable({ "transit_gateway_id", "string",
            "Id of the transit gateway shared with this account (RAM).", {}, false,
            { { "can(regex(\"^tgw-[0-9a-f]+$\", var.transit_gateway_id))",
                "Must be a transit gateway id (tgw-...)." } } });
        tgw = "var.transit_gateway_id";
    }
    for (const Network *n : mine) {
        const std::string att = m.label("aws_ec2_transit_gateway_vpc_attachment", n->id);
        // One subnet per zone, preferring private, then isolated subnets.
        Expr subnets = Expr::list();
        std::set<std::string> zones;
        for (Tier tier : { Tier::Private, Tier::Isolated, Tier::Public })
            for (const auto &sn : n->subnets)
                if (sn.tier == tier && zones.insert(sn.zone).second)
                    subnets.add(Expr::raw(m.ref("aws_subnet", sn.id) + ".id"));
        Body &b = m.resource(kNetworkTf, "aws_ec2_transit_gateway_vpc_attachment", att);
        m.regionArg(b, n->region);
        b.attr("transit_gateway_id", Expr::raw(tgw));
        b.attr("vpc_id", Expr::raw(m.ref("aws_vpc", n->id) + ".id"));
        b.attr("subnet_ids", subnets);
        b.blank().attr("tags", m.tags(n->id + "-tgw"));
        for (const Network *other : all)
            if (other != n)
                routesTo(m, *n, *other, "transit_gateway_id", tgw,
                    "aws_ec2_transit_gateway_vpc_attachment." + att);
    }
}

void vpn(Module &m, const Link &link)
{
    std::vector<const External *> sites;
    for (const auto &id : link.networks)
        if (const External *e = m.topo.external(id))
            sites.push_back(e);
    for (const auto &id : link.networks) {
        const Network *n = networkById(m, id, true);
        if (!n)
            continue;
        const Service *vgw = nullptr;
        for (const auto &s : n->services)
            if (s.kind == "aws.vpn-gateway" && !vgw)
                vgw = &s;
        if (!vgw) {
            m.note("VPN link of network `" + n->id
                + "` has no aws.vpn-gateway in that network; not exported.");
            continue;
        }
        const bool isStatic = m.props(*vgw).s("routing") == "static";
        for (const External *site : sites) {
            const std::string base = snakeName(site->id);
            const std::string cgw = m.label("aws_customer_gateway", site->id);
            if (!m.hasVariable(base + "_public_ip")) {
                m.variable({ base + "_public_ip", "string",
                    "Public IPv4 address of the VPN device at `" + site->id + "`.", {}, false,
                    { { "can(cidrhost(\"${var." + base + "_public_ip}/32\", 0))",
                        "Must be an IPv4 address." } } });
                m.variable({ base + "_bgp_asn", "number",
                    "BGP ASN of the VPN device at `" + site->id + "`.",
                    Expr::num(std::int64_t { 65000 }), false,
                    { { "var." + base + "_bgp_asn >= 1 && var." + base + "_bgp_asn <= 4294967294",
                        "Must be a valid ASN." } } });
                Body &c = m.resource(kNetworkTf, "aws_customer_gateway", cgw);
                m.regionArg(c, n->region);
                c.attr("bgp_asn", Expr::raw("var." + base + "_bgp_asn"));
                c.attr("ip_address", Expr::raw("var." + base + "_public_ip"));
                c.attr("type", Expr::str("ipsec.1"));
                c.blank().attr("tags", m.tags(site->name.empty() ? site->id : site->name));
            }
            const std::string conn = m.label("aws_vpn_connection", vgw->id, base);
            Body &v = m.resource(kNetworkTf, "aws_vpn_connection", conn);
            m.regionArg(v, n->region);
            v.attr("vpn_gateway_id", Expr::raw(m.ref("aws_vpn_gateway", vgw->id) + ".id"));
            v.attr("customer_gateway_id", Expr::raw("aws_customer_gateway." + cgw + ".id"));
            v.attr("type", Expr::str("ipsec.1"));
            v.attr("static_routes_only", Expr::boolean(isStatic));
            v.blank().attr("tags", m.tags(vgw->id + "-" + site->id));
            if (isStatic) {
                for (std::size_t i = 0; i < site->cidrs.size(); ++i) {
                    Body &r = m.resource(kNetworkTf, "aws_vpn_connection_route",
                        m.label("aws_vpn_connection_route", conn, std::to_string(i + 1)));
                    m.regionArg(r, n->region);
                    r.attr("destination_cidr_block", Expr::str(site->cidrs[i]));
                    r.attr("vpn_connection_id", Expr::raw("aws_vpn_connection." + conn + ".id"));
                }
            }
        }
    }
}

void gatewayServices(Module &m)
{
    for (const Service *s : m.services()) {
        if (s->kind == "aws.transit-gateway") {
            const Props p = m.props(*s);
            auto onOff
                = [&](const char *name) { return Expr::str(p.b(name) ? "enable" : "disable"); };
            Body &b = m.resource(
                kNetworkTf, "aws_ec2_transit_gateway", m.label("aws_ec2_transit_gateway", s->id));
            m.regionArg(b, m.regionOf(*s));
            b.attr("description", Expr::str(Module::displayName(*s)));
            b.attr("amazon_side_asn", Expr::num(p.i("amazon_side_asn")));
            b.attr("auto_accept_shared_attachments", onOff("auto_accept_shared_attachments"));
            b.attr("default_route_table_association", onOff("default_route_table_association"));
            b.attr("default_route_table_propagation", onOff("default_route_table_propagation"));
            b.attr("dns_support", onOff("dns_support"));
            b.blank().attr("tags", m.serviceTags(*s));
        } else if (s->kind == "aws.vpn-gateway") {
            const Network *n = m.networkOf(*s);
            if (!n)
                continue;
            const std::string label = m.label("aws_vpn_gateway", s->id);
            Body &b = m.resource(kNetworkTf, "aws_vpn_gateway", label);
            m.regionArg(b, n->region);
            b.attr("vpc_id", Expr::raw(m.ref("aws_vpc", n->id) + ".id"));
            b.attr("amazon_side_asn", Expr::num(m.props(*s).i("amazon_side_asn")));
            b.blank().attr("tags", m.serviceTags(*s));
            for (const auto &table : m.routeTables(n->id).inner()) {
                Body &p = m.resource(kNetworkTf, "aws_vpn_gateway_route_propagation",
                    m.label("aws_vpn_gateway_route_propagation", s->id, table));
                m.regionArg(p, n->region);
                p.attr("vpn_gateway_id", Expr::raw("aws_vpn_gateway." + label + ".id"));
                p.attr("route_table_id", Expr::raw("aws_route_table." + table + ".id"));
            }
        }
    }
}

} // namespace

void emitLinks(Module &m)
{
    gatewayServices(m);
    for (const auto &link : m.model.links) {
        switch (link.kind) {
        case LinkKind::Peering:
            peering(m, link);
            break;
        case LinkKind::TransitGateway:
            transit(m, link);
            break;
        case LinkKind::Vpn:
            vpn(m, link);
            break;
        }
    }
}

} // namespace cw::exporters::tf
