// SPDX-License-Identifier: MIT
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"
#include "rules/views/topology.h"

#include <map>

/// SEC-002: network layers. Public subnets hold only entry points (load balancers, gateways,
/// bastions) and NAT gateways; no load balancer, CDN or API gateway talks to a data store
/// directly. Databases in public subnets are SEC-001's finding, not repeated here.
namespace cw::rules {
namespace {

class NetworkLayersRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-002",
            .title = "Network layers: public subnets hold only entry points, data only behind the "
                     "application tier",
            .pillar = Pillar::Security,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Layered networks keep workloads off the internet and put an application "
                         "tier between clients and data; a server in a public subnet or a load "
                         "balancer wired straight to a database skips a layer of defence.",
            .remediation = "Move workloads to private subnets behind a load balancer, and route "
                           "traffic to data stores through the application tier.",
            .references = { "WA SEC05-BP01", "cdk-nag VPCNoUnrestrictedRouteToIGW",
                "cfn-guard no_unrestricted_route_to_igw" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        // Services that do not belong in a public subnet: not entry points or NAT gateways, and
        // not databases (SEC-001 reports those).
        auto inner = [](const KindSpec *spec) {
            return spec && !spec->entryPoint && spec->kind != "aws.nat-gateway"
                && !isDatabase(spec);
        };
        forEachServiceWhere(
            ctx.services, inner, [&](const Account &, const Network *, const Service &svc) {
                std::vector<std::string> publics;
                for (const Subnet *s : subnetsOf(ctx, svc))
                    if (s->tier == Tier::Public)
                        publics.push_back(s->id);
                if (publics.empty())
                    return;
                sink.report(svc.id, svc.loc,
                        describe(ctx, svc) + " is placed in public subnet"
                            + (publics.size() > 1 ? "s " : " ") + quotedList(publics)
                            + "; only load balancers, gateways, bastions and NAT gateways belong "
                              "there",
                        "Move '" + svc.id
                            + "' to private subnets and reach it through a load balancer.")
                    .related
                    = publics;
            });

        // Entry point → database. Buckets and queues behind a CDN or API gateway are normal
        // origins and integrations, and a load balancer's connection to a bucket is its log
        // delivery; a database is never an entry point's target.
        std::optional<Topology> ownTopology;
        const Topology &topo = topologyOf(ctx, ownTopology);
        std::map<TopologyVertex, std::vector<std::string>> fronts;
        for (TopologyVertex v = 0; v < topo.vertexCount(); ++v) {
            const KindSpec *spec = topo.spec(v);
            if (!isDatabase(spec))
                continue;
            topo.forEachIncoming(v, [&](const Connection &, TopologyVertex peer) {
                const KindSpec *from = topo.spec(peer);
                if (isFrontEntry(from))
                    fronts[v].push_back(std::string(topo.id(peer)));
            });
        }
        for (const auto &[v, entries] : fronts) {
            const Service &svc = *topo.service(v);
            sink.report(svc.id, svc.loc,
                    describe(ctx, svc) + " is reached directly from entry point"
                        + (entries.size() > 1 ? "s " : " ") + quotedList(entries)
                        + ", skipping the application tier",
                    "Route the traffic through the application tier: connect " + quotedList(entries)
                        + " to the service that reads '" + svc.id + "', not to the data store.")
                .related
                = entries;
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeNetworkLayersRule()
{
    return std::make_unique<NetworkLayersRule>();
}

} // namespace cw::rules
