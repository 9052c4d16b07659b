// SPDX-License-Identifier: MIT
// "CI/CD and containerisation": registries, build and delivery systems, the flows between them and
// the deployment targets, all from the model; what it does not state is said so.
#include "common/props.h"
#include "common/topology.h"
#include "docs/mdtext.h"
#include "docs/placed.h"
#include "docs/sections.h"

#include <algorithm>
#include <map>
#include <set>

namespace cw::exporters::docs {
namespace {

/// Runtimes a build is deployed to (bastions and node groups are infrastructure, not targets).
bool isRuntime(const std::string &kind)
{
    return kind == "aws.eks" || kind == "azure.aks" || kind == "aws.ecs-fargate"
        || kind == "azure.app-service" || kind == "aws.lambda" || kind == "aws.ec2";
}

/// Every property of the kind: set values, else defaults marked as such.
std::string allSettings(const Placed &p)
{
    std::vector<std::string> parts;
    for (const auto &prop : p.spec->properties) {
        const std::string f = facts(p, { prop.name });
        if (f != "not set")
            parts.push_back(f);
    }
    return parts.empty() ? std::string("not set") : join(parts);
}

std::string portText(const Connection &c)
{
    return c.protocol + (c.port > 0 ? " " + std::to_string(c.port) : std::string());
}

/// The model's connections of both lists, in document order.
std::vector<const Connection *> both(
    const std::vector<const Connection *> &a, const std::vector<const Connection *> &b)
{
    std::vector<const Connection *> out(a);
    out.insert(out.end(), b.begin(), b.end());
    std::sort(out.begin(), out.end(), std::less<const Connection *>());
    return out;
}

/// The section's view of the model: who is who in delivery.
struct Delivery
{
    std::vector<Placed> all;
    std::map<std::string, std::string> names; ///< id -> escaped "Name (id)"
    std::map<std::string, const Placed *> byId;
    std::set<std::string> registries, pipelines, actors; ///< actors: pipelines and CI SaaS
    std::vector<std::string> actorOrder; ///< pipelines, then CI SaaS, in document order

    std::string name(const std::string &id) const
    {
        const auto it = names.find(id);
        return it == names.end() ? md(id) : it->second;
    }
};

Delivery analyse(const Model &model, const Catalog &catalog, const Topology &topo)
{
    Delivery d;
    d.all = servicesWhere(model, catalog, [](const KindSpec &) { return true; });
    for (const auto &p : d.all) {
        d.names[p.service->id] = nameOf(p);
        d.byId[p.service->id] = &p;
        if (isRegistry(p.service->kind))
            d.registries.insert(p.service->id);
        if (isPipeline(p.service->kind)) {
            d.pipelines.insert(p.service->id);
            d.actors.insert(p.service->id);
            d.actorOrder.push_back(p.service->id);
        }
    }
    // SaaS systems (Git hosting, CI) that push to a registry or work with a pipeline.
    for (const auto &e : model.externals) {
        d.names[e.id] = md(e.name.empty() ? e.id : e.name) + " (" + mdId(e.id) + ")";
        if (e.kind != ExternalKind::Saas)
            continue;
        bool ci = false;
        for (const Connection *c : topo.from(e.id))
            ci = ci || d.registries.count(c->to) || d.pipelines.count(c->to);
        for (const Connection *c : topo.to(e.id))
            ci = ci || d.pipelines.count(c->from);
        if (ci) {
            d.actors.insert(e.id);
            d.actorOrder.push_back(e.id);
        }
    }
    return d;
}

std::string registriesPart(const Delivery &d, const Topology &topo)
{
    std::string out = "### Container registries\n\n";
    if (d.registries.empty())
        return out
            + "The design has no container registry, so where images are stored is not "
              "stated.\n\n";
    out += header({ "Registry", "Where", "Settings (defaults marked)", "Pushed by", "Pulled by" });
    for (const auto &p : d.all) {
        if (!d.registries.count(p.service->id))
            continue;
        std::vector<std::string> push, pull;
        for (const Connection *c : topo.to(p.service->id)) {
            const auto src = d.byId.find(c->from);
            const bool runtime = src != d.byId.end() && isRuntime(src->second->service->kind);
            (runtime ? pull : push).push_back(d.name(c->from));
        }
        out += row({ nameOf(p), where(p), allSettings(p),
            push.empty() ? std::string("not stated") : join(push),
            pull.empty() ? std::string("not stated") : join(pull) });
    }
    return out + "\n";
}

std::string systemsPart(const Model &model, const Delivery &d)
{
    std::string out = "### Build and delivery\n\n";
    if (d.actors.empty())
        return out
            + "The design names no pipeline service and no CI system, so how code is built, "
              "tested and released is not stated.\n\n";
    out += header({ "System", "Kind", "Settings (defaults marked)", "Role" });
    for (const auto &id : d.actorOrder) {
        if (const auto it = d.byId.find(id); it != d.byId.end()) {
            const Placed &p = *it->second;
            out += row(
                { nameOf(p), md(p.spec->label), allSettings(p), md(p.service->description) });
            continue;
        }
        for (const auto &e : model.externals)
            if (e.id == id)
                out += row({ d.name(id), "external SaaS", "not in the model", md(e.description) });
    }
    out += "\nDelivery flows:\n\n" + header({ "From", "To", "Protocol and port", "Purpose" });
    for (const auto &c : model.connections)
        if (d.actors.count(c.from) || d.actors.count(c.to) || d.registries.count(c.to))
            out += row({ d.name(c.from), d.name(c.to), md(portText(c)), md(c.description) });
    return out + "\n";
}

std::string targetsPart(const Delivery &d, const Topology &topo, const Catalog &catalog)
{
    std::string out = "### Deployment targets\n\n";
    std::string rows;
    bool kubernetes = false;
    for (const auto &p : d.all) {
        const std::string &id = p.service->id;
        const std::string &kind = p.service->kind;
        if (d.actors.count(id) || d.registries.count(id))
            continue;
        const auto links = both(topo.from(id), topo.to(id));
        std::vector<std::string> artefact, delivered;
        bool fed = isRuntime(kind);
        for (const Connection *c : links) {
            if (c->from == id && d.registries.count(c->to)) {
                artefact.push_back("images from " + d.name(c->to));
                // Whoever pushes to that registry delivers to this target.
                for (const Connection *push : topo.to(c->to)) {
                    const auto src = d.byId.find(push->from);
                    if (src == d.byId.end() || !isRuntime(src->second->service->kind))
                        delivered.push_back(d.name(push->from) + " → " + d.name(c->to)
                            + (push->description.empty() ? "" : ": " + md(push->description)));
                }
            }
            const bool inbound = c->to == id && d.actors.count(c->from);
            const bool outbound = c->from == id && d.actors.count(c->to);
            if (inbound || outbound)
                delivered.push_back(d.name(c->from) + " → " + d.name(c->to)
                    + (c->description.empty() ? "" : ": " + md(c->description)));
            fed = fed || inbound;
        }
        if (!fed)
            continue;
        kubernetes = kubernetes || kind == "aws.eks" || kind == "azure.aks";
        const Props props(*p.service, catalog);
        if (kind == "aws.ecs-fargate" && props.isSet("image"))
            artefact.push_back("image " + md(props.s("image")));
        if (kind == "azure.app-service" && props.isSet("runtime"))
            artefact.push_back("runtime " + md(props.s("runtime")));
        if (kind == "aws.lambda")
            artefact.push_back(facts(p, { "package_type" }));
        if (artefact.empty() && !isRuntime(kind))
            artefact.push_back("as the delivery flow describes");
        std::vector<std::string> runtime = { "version" };
        if (kind == "aws.ecs-fargate")
            runtime
                = { "desired_count", "circuit_breaker", "capacity_provider", "cpu_architecture" };
        else if (kind == "azure.app-service")
            runtime = { "sku", "instances", "autoscale_max", "health_check_path" };
        else if (kind == "azure.aks")
            runtime = { "kubernetes_version", "node_count", "autoscaling" };
        else if (kind == "aws.lambda")
            runtime = { "runtime", "architecture", "reserved_concurrency" };
        else if (kind == "aws.ec2")
            runtime = { "instance_type", "ami", "instance_count" };
        rows += row({ nameOf(p), md(p.spec->label),
            artefact.empty() ? std::string("not stated") : join(artefact),
            delivered.empty() ? std::string("not stated in the design") : join(delivered),
            isRuntime(kind) ? facts(p, runtime) : settings(*p.service) });
    }
    if (rows.empty())
        return out + "The design has no runtime to deploy to yet.\n\n";
    out += header({ "Target", "Platform", "Artefact", "Delivered by", "Runtime settings" }) + rows
        + "\n";
    if (kubernetes)
        out += "Kubernetes manifests, Helm charts and rollout strategies are outside the model; "
               "the clusters' node groups and scaling are under Compute platform.\n\n";
    return out;
}

} // namespace

std::string deliverySection(const Model &model, const Catalog &catalog)
{
    const Topology topo(model);
    const Delivery d = analyse(model, catalog, topo);
    return "## CI/CD and containerisation\n\nHow application images and files are built, stored "
           "and deployed, as far as the design states it.\n\n"
        + registriesPart(d, topo) + systemsPart(model, d) + targetsPart(d, topo, catalog);
}

} // namespace cw::exporters::docs
