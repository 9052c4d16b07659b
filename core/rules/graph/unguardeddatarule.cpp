// SPDX-License-Identifier: MIT
#include "rules/graph/graphrules.h"
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/views/exposure.h"
#include "rules/views/reach.h"

/// SEC-018 (graph): no data store is reachable from the internet on a path that avoids every
/// WAF-protected entry point. Breadth-first search from the internet externals over connections,
/// private-endpoint fronts and containment, where WAF-protected entry points (and bastions, the
/// authenticated admin gateways covered by SEC-004/SEC-013) stop the search. Static-website
/// buckets are public content by design and are not reported.
namespace cw::rules {
namespace {

bool isStaticSite(const RuleContext &ctx, const Service &s)
{
    return (s.kind == "aws.s3" && boolProp(ctx.catalog, s, "website"))
        || (s.kind == "azure.storage-account" && boolProp(ctx.catalog, s, "static_website"));
}

class UnguardedDataRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-018",
            .title = "Data stores are reachable from the internet only through a WAF-protected "
                     "entry point",
            .pillar = Pillar::Security,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Graph rule. Per-resource checks cannot see a path: a queue behind an API "
                         "gateway without a WAF, or a database behind a public instance, is "
                         "exposed even when each element looks fine alone. Every path from the "
                         "internet to data should pass a web application firewall.",
            .remediation = "Put a WAF-protected load balancer, API gateway or CDN on the path "
                           "(and remove direct routes around it), or cut the path.",
            .references = { "WA SEC05-BP01", "WA SEC05-BP03",
                "checkov CKV2_AWS_28 (per resource; no anchor checks paths)" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::optional<Topology> ownTopology;
        const Topology &topo = topologyOf(ctx, ownTopology);
        std::optional<std::vector<WafInfo>> ownWaf;
        const std::vector<WafInfo> &waf = wafCoverageOf(ctx, topo, ownWaf);
        std::vector<char> blocked(topo.vertexCount(), 0);
        std::vector<TopologyVertex> sources;
        for (TopologyVertex v = 0; v < topo.vertexCount(); ++v) {
            const Service *s = topo.service(v);
            blocked[v] = waf[v].state == WafState::Direct || (s && isBastion(s->kind));
            if (topo.isInternet(v))
                sources.push_back(v);
        }
        if (sources.empty())
            return;
        const std::vector<TopologyVertex> pred = trafficReach(topo, sources, blocked);
        for (TopologyVertex v = 0; v < topo.vertexCount(); ++v) {
            const Service *s = topo.service(v);
            const KindSpec *spec = topo.spec(v);
            if (!s || !spec || !spec->dataStore || pred[v] == Topology::npos
                || isStaticSite(ctx, *s))
                continue;
            const std::vector<std::string> path = pathTo(topo, pred, v);
            std::vector<std::string> related(path.begin(), path.end() - 1);
            std::erase(related, "…");
            sink.report(s->id, s->loc,
                    describe(ctx, *s)
                        + " is reachable from the internet without passing a "
                          "WAF-protected entry point: "
                        + arrowPath(path),
                    "Put a WAF in front of the path " + arrowPath(path)
                        + " (or a WAF-protected entry point in place of its first hop), or "
                          "remove the connection that bypasses it.")
                .related
                = related;
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeUnguardedDataRule()
{
    return std::make_unique<UnguardedDataRule>();
}

} // namespace cw::rules
