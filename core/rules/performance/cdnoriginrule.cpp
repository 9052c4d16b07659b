// SPDX-License-Identifier: MIT
#include "rules/performance/performancerules.h"
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/views/topology.h"

/// PERF-001: static and object origins are served through a CDN that caches: an S3 website
/// bucket is read by CloudFront, an Azure static website by Front Door, internet users do not
/// download from a website origin directly, and a Front Door in front of a static website
/// caches.
namespace cw::rules {
namespace {

bool isCdn(std::string_view kind)
{
    return kind == "aws.cloudfront" || kind == "azure.front-door";
}

class CdnOriginRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "PERF-001",
            .title = "Static content is served through a caching CDN",
            .pillar = Pillar::Performance,
            .severity = Severity::Low,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Serving static files from one regional origin makes every distant user "
                         "pay the full round trip; an edge cache answers close to them and "
                         "offloads the origin.",
            .remediation = "Put CloudFront (AWS) or Front Door with caching (Azure) in front of "
                           "static websites and connect users to it instead of the origin.",
            .references = { "PSRule Azure.FrontDoor.UseCaching", "PSRule Azure.CDN.UseFrontDoor" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const Catalog &c = ctx.catalog;
        std::optional<Topology> ownTopology;
        const Topology &topo = topologyOf(ctx, ownTopology);
        for (TopologyVertex v = 0; v < topo.vertexCount(); ++v) {
            const Service *s = topo.service(v);
            if (!s)
                continue;
            const bool site = (s->kind == "aws.s3" && boolProp(c, *s, "website"))
                || (s->kind == "azure.storage-account" && boolProp(c, *s, "static_website"));
            if (!site)
                continue;
            std::vector<std::string> cdns;
            std::vector<std::string> uncached;
            std::vector<std::string> direct;
            topo.forEachIncoming(v, [&](const Connection &, TopologyVertex peer) {
                const Service *from = topo.service(peer);
                if (from && isCdn(from->kind)) {
                    cdns.push_back(from->id);
                    if (from->kind == "azure.front-door" && !boolProp(c, *from, "caching"))
                        uncached.push_back(from->id);
                } else if (topo.isInternet(peer))
                    direct.push_back(std::string(topo.id(peer)));
            });
            std::vector<std::string> reasons;
            std::vector<std::string> fixes;
            const std::string cdn = s->kind == "aws.s3" ? "CloudFront" : "Front Door";
            if (cdns.empty()) {
                reasons.push_back("no " + cdn + " distribution serves it");
                fixes.push_back("connect a " + cdn + " distribution to '" + s->id + "'");
            }
            if (!direct.empty()) {
                reasons.push_back(quotedList(direct) + " download from it directly");
                fixes.push_back("connect " + quotedList(direct) + " to the CDN instead");
            }
            if (!uncached.empty()) {
                reasons.push_back(quotedList(uncached) + " serves it with caching off");
                fixes.push_back("set caching: true on " + quotedList(uncached));
            }
            if (!reasons.empty()) {
                std::vector<std::string> related = cdns;
                related.insert(related.end(), direct.begin(), direct.end());
                sink.report(s->id, s->loc,
                        "static website " + describe(ctx, *s)
                            + " is not served from an edge "
                              "cache: "
                            + joinReasons(reasons),
                        fixSentence(fixes))
                    .related
                    = related;
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeCdnOriginRule()
{
    return std::make_unique<CdnOriginRule>();
}

} // namespace cw::rules
