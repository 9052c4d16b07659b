// SPDX-License-Identifier: MIT
#include "rules/views/topology.h"

#include "rules/props.h"

namespace cw::rules {
namespace {

bool isContainer(ElementType t)
{
    return t == ElementType::Account || t == ElementType::Network || t == ElementType::Subnet;
}

/// Load balancers and WAFs cannot forward requests to object storage: such a connection is the
/// delivery of their logs.
bool isLogDelivery(const Service *from, const Service *to)
{
    if (!from || !to || (to->kind != "aws.s3" && to->kind != "azure.storage-account"))
        return false;
    const std::string &k = from->kind;
    return k == "aws.alb" || k == "aws.nlb" || k == "aws.waf" || k == "azure.load-balancer"
        || k == "azure.application-gateway";
}

} // namespace

Topology::Topology(const RuleContext &ctx)
    : m_index(ctx.index)
    , m_refs(ctx.index.elements())
    , m_elements(m_refs.size())
{
    m_specs.assign(m_elements, nullptr);
    m_egress.assign(m_elements, npos);
    for (std::size_t i = 0; i < m_elements; ++i) {
        if (isContainer(m_refs[i].type)) {
            m_egress[i] = m_elements + m_egressOwner.size();
            m_egressOwner.push_back(i);
        }
    }
    EdgeList edges;
    std::vector<TopologyEdge> props;
    edges.reserve(2 * m_elements + ctx.model.connections.size());
    props.reserve(edges.capacity());
    addContainment(ctx.services, edges, props);

    // Placement-implied edges: a private endpoint fronts its target; a node group joins its
    // cluster (a reference, not a traffic path).
    for (std::size_t i = 0; i < m_elements; ++i) {
        const Service *svc = m_refs[i].service;
        if (!svc)
            continue;
        EdgeKind kind = EdgeKind::Fronts;
        std::string other;
        if (svc->kind == "azure.private-endpoint")
            other = textProp(ctx.catalog, *svc, "target");
        else if (svc->kind == "aws.eks-node-group") {
            other = textProp(ctx.catalog, *svc, "cluster");
            kind = EdgeKind::Reference;
        }
        if (const TopologyVertex t = other.empty() ? npos : vertexOf(other); t != npos) {
            edges.emplace_back(i, t);
            props.push_back(TopologyEdge { kind, nullptr, false });
        }
    }
    for (const ConnectionRow &row : ctx.connections.rows()) {
        if (!row.from || !row.to)
            continue;
        const auto from = static_cast<TopologyVertex>(row.from - m_refs.data());
        const auto to = static_cast<TopologyVertex>(row.to - m_refs.data());
        edges.emplace_back(egressOf(from), to);
        props.push_back(TopologyEdge {
            EdgeKind::Connection, row.connection, isLogDelivery(service(from), service(to)) });
    }
    m_graph = TopologyGraph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(),
        props.begin(), m_elements + m_egressOwner.size());
}

void Topology::addContains(TopologyVertex parent, TopologyVertex member, EdgeList &edges,
    std::vector<TopologyEdge> &props) const
{
    if (parent == npos || m_egress[parent] == npos)
        return;
    edges.emplace_back(parent, member);
    edges.emplace_back(egressOf(member), m_egress[parent]);
    props.push_back(TopologyEdge { EdgeKind::Contains, nullptr, false });
    props.push_back(TopologyEdge { EdgeKind::Contains, nullptr, false });
}

void Topology::addContainment(
    const ServiceView &services, EdgeList &edges, std::vector<TopologyEdge> &props)
{
    // ModelIndex lists an account, then each network followed by its subnets and services, then
    // the account's own services: parents are the last account and network seen. ServiceView's
    // rows follow the index's services in order, with their subnets already resolved.
    std::size_t row = 0;
    TopologyVertex account = npos;
    TopologyVertex network = npos;
    for (std::size_t i = 0; i < m_elements; ++i) {
        const ElementRef &r = m_refs[i];
        switch (r.type) {
        case ElementType::Account:
            account = i;
            network = npos;
            break;
        case ElementType::Network:
            addContains(account, i, edges, props);
            network = i;
            break;
        case ElementType::Subnet:
            addContains(network, i, edges, props);
            break;
        case ElementType::Service: {
            const ServiceRow &sr = services.rows()[row++];
            m_specs[i] = sr.spec;
            if (!r.service->subnets.empty())
                for (std::uint32_t subnet : services.subnetElementsOf(sr))
                    addContains(subnet, i, edges, props);
            else
                addContains(r.network ? network : account, i, edges, props);
            break;
        }
        case ElementType::External:
            break;
        }
    }
}

TopologyVertex Topology::vertexOf(std::string_view id) const
{
    const ElementRef *ref = m_index.find(id);
    return ref ? static_cast<TopologyVertex>(ref - m_refs.data()) : npos;
}

std::string_view Topology::id(TopologyVertex v) const
{
    const ElementRef &r = element(v);
    switch (r.type) {
    case ElementType::Account:
        return r.account->id;
    case ElementType::Network:
        return r.network->id;
    case ElementType::Subnet:
        return r.subnet->id;
    case ElementType::Service:
        return r.service->id;
    case ElementType::External:
        return r.external->id;
    }
    return {};
}

const Service *Topology::service(TopologyVertex v) const
{
    return v < m_elements ? m_refs[v].service : nullptr;
}

bool Topology::isInternet(TopologyVertex v) const
{
    return v < m_elements && m_refs[v].external
        && m_refs[v].external->kind == ExternalKind::Internet;
}

std::size_t Topology::connectionDegree(TopologyVertex v) const
{
    std::size_t n = 0;
    forEachIncoming(v, [&](const Connection &, TopologyVertex) { ++n; });
    forEachOutgoing(v, [&](const Connection &, TopologyVertex) { ++n; });
    return n;
}

const Topology &topologyOf(const RuleContext &ctx, std::optional<Topology> &local)
{
    if (ctx.cache)
        return ctx.cache->get<Topology>([&] { return std::make_shared<const Topology>(ctx); });
    return local.emplace(ctx);
}

} // namespace cw::rules
