// SPDX-License-Identifier: MIT
// "Network design": per network its address plan, gateways, links, and how it is secured, all
// read from the model (entry points, flows, egress, isolated subnets, flow logs).
#include "docs/addressplan.h"
#include "docs/mdtext.h"
#include "docs/placed.h"
#include "docs/sections.h"

#include <algorithm>
#include <map>
#include <set>

namespace cw::exporters::docs {
namespace {

std::string nameOr(const std::string &name, const std::string &id)
{
    return name.empty() ? id : name;
}

bool isGateway(const std::string &kind)
{
    return kind.find("gateway") != std::string::npos || kind.find("endpoint") != std::string::npos
        || kind == "azure.firewall" || kind == "azure.bastion" || kind == "aws.bastion";
}

std::string portText(const Connection &c)
{
    return c.protocol + (c.port > 0 ? " " + std::to_string(c.port) : std::string());
}

/// Bullets on how the network is secured, each from what the model holds.
std::string security(const Model &model, const Network &n, const std::vector<Placed> &services)
{
    std::set<std::string> inside, internet;
    for (const auto &s : n.subnets)
        inside.insert(s.id);
    for (const auto &s : n.services)
        inside.insert(s.id);
    for (const auto &e : model.externals)
        if (e.kind == ExternalKind::Internet)
            internet.insert(e.id);
    std::map<std::string, std::string> label;
    for (const auto &p : services)
        label[p.service->id] = nameOf(p);

    std::string out = "How the network is secured:\n\n";
    std::size_t flowsIn = 0;
    std::set<std::string> direct;
    for (const auto &c : model.connections)
        if (inside.count(c.to)) {
            ++flowsIn;
            if (internet.count(c.from))
                direct.insert(c.to);
        }
    out += "- Security groups (network security groups on Azure), generated from the drawn flows, "
           "allow only the "
        + std::to_string(flowsIn) + " flow(s) into the network listed below and deny the rest.\n";
    std::vector<std::string> entries;
    auto internal = [](const Placed &p) {
        const auto it = p.service->properties.find("internal");
        return it != p.service->properties.end() && it->second.value == Value(true);
    };
    for (const auto &p : services)
        if ((p.spec->entryPoint && !internal(p)) || direct.count(p.service->id))
            entries.push_back(label[p.service->id]
                + (direct.count(p.service->id) ? " (reached straight from the internet)" : ""));
    out += "- Entry points from outside: "
        + (entries.empty() ? std::string("none in this network") : join(entries)) + ".\n";
    std::vector<std::string> isolated;
    for (const auto &s : n.subnets)
        if (s.tier == Tier::Isolated)
            isolated.push_back(md(nameOr(s.name, s.id)));
    out += "- Isolated subnets without any route to the internet: "
        + (isolated.empty() ? std::string("none") : join(isolated)) + ".\n";
    std::vector<std::string> egress, logs;
    for (const auto &p : services) {
        const std::string &k = p.service->kind;
        if (k == "aws.nat-gateway" || k == "azure.firewall" || k == "azure.nat-gateway")
            egress.push_back(label[p.service->id] + " " + facts(p, { "mode" }));
        if (k.find("flow-logs") != std::string::npos)
            logs.push_back(label[p.service->id] + ", "
                + facts(p, { "destination", "traffic_type", "retention_days" }));
    }
    const bool anyPrivate = std::any_of(n.subnets.begin(), n.subnets.end(),
        [](const Subnet &s) { return s.tier == Tier::Private; });
    if (anyPrivate)
        out += "- Egress of the private subnets: "
            + (egress.empty() ? std::string("no NAT gateway or firewall in the design")
                              : join(egress))
            + ".\n";
    out += "- Traffic logs: "
        + (logs.empty() ? std::string("the design has no flow logs for this network") : join(logs))
        + ".\n\n";
    return out;
}

} // namespace

std::string networkSection(const Model &model, const Catalog &catalog)
{
    std::string out = "## Network design\n\n";
    std::map<std::string, std::string> names;
    for (const auto &a : model.accounts)
        for (const auto &n : a.networks)
            names[n.id] = nameOr(n.name, n.id);
    for (const auto &e : model.externals)
        names[e.id] = nameOr(e.name, e.id);
    const auto all = servicesWhere(model, catalog, [](const KindSpec &) { return true; });
    bool any = false;
    for (const auto &a : model.accounts)
        for (const auto &n : a.networks) {
            any = true;
            out += "### " + md(nameOr(n.name, n.id)) + "\n\n";
            out += "Account " + md(nameOr(a.name, a.id)) + ", region " + md(n.region)
                + ", address space " + md(join(n.cidrs)) + ", zones " + md(join(n.zones)) + ".";
            if (!n.description.empty())
                out += " " + md(n.description);
            out += "\n\n" + addressPlan(n, a.provider);

            std::vector<Placed> here;
            for (const auto &p : all)
                if (p.network == &n)
                    here.push_back(p);
            std::string gateways;
            for (const auto &p : here)
                if (isGateway(p.service->kind))
                    gateways += row({ nameOf(p), md(p.spec->label), where(p), settings(*p.service),
                        md(p.service->description) });
            out += gateways.empty() ? std::string("Gateways: none in this network.\n\n")
                                    : "Gateways:\n\n"
                    + header({ "Gateway", "Kind", "Where (zones)", "Settings", "Purpose" })
                    + gateways + "\n";
            std::vector<std::string> links;
            for (const auto &l : model.links)
                if (std::find(l.networks.begin(), l.networks.end(), n.id) != l.networks.end()) {
                    std::vector<std::string> peers;
                    for (const auto &p : l.networks)
                        if (p != n.id)
                            peers.push_back(names.count(p) ? names[p] : p);
                    links.push_back(std::string(toString(l.kind)) + " to " + join(peers)
                        + (l.description.empty() ? "" : ": " + l.description));
                }
            out += "Links to other networks: "
                + (links.empty() ? std::string("none") : md(join(links))) + ".\n\n";

            out += security(model, n, here);
            std::set<std::string> inside;
            for (const auto &s : n.subnets)
                inside.insert(s.id);
            for (const auto &s : n.services)
                inside.insert(s.id);
            std::string flows;
            for (const auto &c : model.connections)
                if (inside.count(c.to))
                    flows += row({ md(c.from), md(c.to), md(portText(c)), md(c.description) });
            out += flows.empty()
                ? std::string("No flow into this network is drawn.\n\n")
                : header({ "From", "To", "Protocol and port", "Purpose" }) + flows + "\n";
        }
    if (!any)
        out += "The design has no networks yet.\n\n";
    return out;
}

} // namespace cw::exporters::docs
