// SPDX-License-Identifier: MIT
#include "rules/graph/topology.h"

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
        } else if (m_refs[i].service) {
            m_specs[i] = ctx.catalog.find(m_refs[i].service->kind);
        }
    }
    m_graph = TopologyGraph(m_elements + m_egressOwner.size());
    addContainment();

    // Placement-implied edges: a private endpoint fronts its target; a node group joins its
    // cluster (a reference, not a traffic path).
    for (std::size_t i = 0; i < m_elements; ++i) {
        const Service *svc = m_refs[i].service;
        if (!svc)
            continue;
        if (svc->kind == "azure.private-endpoint") {
            if (const TopologyVertex t = vertexOf(textProp(ctx.catalog, *svc, "target")); t != npos)
                boost::add_edge(i, t, TopologyEdge { EdgeKind::Fronts, nullptr, false }, m_graph);
        } else if (svc->kind == "aws.eks-node-group") {
            if (const TopologyVertex t = vertexOf(textProp(ctx.catalog, *svc, "cluster"));
                t != npos)
                boost::add_edge(
                    i, t, TopologyEdge { EdgeKind::Reference, nullptr, false }, m_graph);
        }
    }
    for (const Connection &c : ctx.model.connections) {
        const TopologyVertex from = vertexOf(c.from);
        const TopologyVertex to = vertexOf(c.to);
        if (from != npos && to != npos)
            boost::add_edge(egressOf(from), to,
                TopologyEdge {
                    EdgeKind::Connection, &c, isLogDelivery(service(from), service(to)) },
                m_graph);
    }
}

void Topology::addContains(std::string_view parentId, TopologyVertex member)
{
    const TopologyVertex parent = vertexOf(parentId);
    if (parent == npos || m_egress[parent] == npos)
        return;
    boost::add_edge(parent, member, TopologyEdge { EdgeKind::Contains, nullptr, false }, m_graph);
    boost::add_edge(egressOf(member), m_egress[parent],
        TopologyEdge { EdgeKind::Contains, nullptr, false }, m_graph);
}

void Topology::addContainment()
{
    for (std::size_t i = 0; i < m_elements; ++i) {
        const ElementRef &r = m_refs[i];
        switch (r.type) {
        case ElementType::Network:
            addContains(r.account->id, i);
            break;
        case ElementType::Subnet:
            addContains(r.network->id, i);
            break;
        case ElementType::Service:
            if (!r.service->subnets.empty())
                for (const auto &sid : r.service->subnets)
                    addContains(sid, i);
            else if (r.network)
                addContains(r.network->id, i);
            else
                addContains(r.account->id, i);
            break;
        case ElementType::Account:
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

} // namespace cw::rules
