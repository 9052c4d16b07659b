// SPDX-License-Identifier: MIT
#include "rules/graph/graphrules.h"
#include "rules/rulehelpers.h"
#include "rules/views/topology.h"

#include <algorithm>
#include <array>

/// COST-006 (graph): no orphaned services. A service with no edge in the topology (no
/// connection, no private endpoint fronting it, no reference from or to it) whose subnets,
/// network and account take part in no connection either is probably left over. Kinds that work
/// without connections are exempt: observability and management services, and network plumbing,
/// key and certificate services, detectors and gateways used through links or settings.
namespace cw::rules {
namespace {

constexpr std::array<std::string_view, 16> kNeedsNoConnection { "aws.internet-gateway",
    "aws.nat-gateway", "aws.route53", "aws.transit-gateway", "aws.vpn-gateway", "aws.vpc-endpoint",
    "aws.kms", "aws.acm", "aws.guardduty", "aws.cognito", "aws.bastion", "azure.vpn-gateway",
    "azure.expressroute-gateway", "azure.firewall", "azure.bastion",
    "azure.recovery-services-vault" };

bool exempt(const KindSpec *spec)
{
    if (!spec || spec->category == "observability" || spec->category == "management")
        return true;
    return std::find(kNeedsNoConnection.begin(), kNeedsNoConnection.end(), spec->kind)
        != kNeedsNoConnection.end();
}

class OrphanServiceRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "COST-006",
            .title = "No orphaned services",
            .pillar = Pillar::Cost,
            .severity = Severity::Low,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Graph rule. A service nothing talks to and that talks to nothing is "
                         "usually left over from an earlier design: it still costs money and "
                         "still has to be patched and secured.",
            .remediation = "Remove the service, or draw the connections that use it.",
            .references = { "WA SUS02-BP03", "WA COST04-BP03",
                "PSRule Azure.PublicIP.IsAttached / Azure.NIC.Attached (per resource)" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::optional<Topology> ownTopology;
        const Topology &topo = topologyOf(ctx, ownTopology);
        const TopologyGraph &g = topo.graph();
        auto touched = [&](TopologyVertex v) {
            for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
                if (g[*it].kind != EdgeKind::Contains)
                    return true;
            for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
                if (g[*it].kind != EdgeKind::Contains)
                    return true;
            return false;
        };
        auto containerTalks = [&](std::string_view id) {
            const TopologyVertex v = topo.vertexOf(id);
            return v != Topology::npos && topo.connectionDegree(v) > 0;
        };
        for (TopologyVertex v = 0; v < topo.vertexCount(); ++v) {
            const Service *s = topo.service(v);
            if (!s || exempt(topo.spec(v)) || touched(v))
                continue;
            const ElementRef &ref = topo.element(v);
            bool used = containerTalks(ref.account->id)
                || (ref.network && containerTalks(ref.network->id));
            for (const auto &sid : s->subnets)
                used = used || containerTalks(sid);
            if (used)
                continue;
            sink.report(s->id, s->loc,
                describe(ctx, *s)
                    + " has no connection: nothing calls it and it calls "
                      "nothing",
                "Remove '" + s->id + "' or draw the connections that use it.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeOrphanServiceRule()
{
    return std::make_unique<OrphanServiceRule>();
}

} // namespace cw::rules
