// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/reliability/reliabilityrules.h"

#include <algorithm>
#include <unordered_map>

/// REL-018: a production CDN that fronts a single origin has somewhere to fail over to. The
/// model draws origins as connections from the CDN; one origin means no origin group.
namespace cw::rules {
namespace {

using namespace placement;

bool isCdn(std::string_view kind)
{
    return kind == "aws.cloudfront" || kind == "azure.front-door";
}

class CdnFailoverRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-018",
            .title = "Production CDNs can fail over to a second origin",
            .pillar = Pillar::Reliability,
            .severity = Severity::Low,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "A CDN in front of one origin serves errors as soon as that origin (or "
                         "its region) fails and the cache expires. An origin group with a "
                         "secondary origin (CloudFront origin failover, Front Door origin group "
                         "with priorities) keeps serving from elsewhere.",
            .remediation = "Add a secondary origin (a replica bucket or a second region's load "
                           "balancer) and connect the CDN to it as a failover origin.",
            .references = { "WA REL10-BP01", "checkov CKV_AWS_310",
                "turbot REL02-BP01 (cloudfront_distribution_configured_with_origin_"
                "failover)" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::unordered_map<std::string_view, std::vector<std::string_view>> origins;
        for (const ConnectionRow &row : ctx.connections.rows()) {
            const Connection &c = *row.connection;
            const ElementRef *from = row.from;
            const ElementRef *to = row.to;
            if (from && from->service && isCdn(from->service->kind) && to && to->service
                && c.from != c.to)
                origins[from->service->id].push_back(to->service->id);
        }
        forEachServiceOf(ctx.services, { "aws.cloudfront", "azure.front-door" },
            [&](const Account &account, const Network *, const Service &svc) {
                if (!isCdn(svc.kind) || !isProd(account))
                    return;
                auto it = origins.find(svc.id);
                if (it == origins.end())
                    return;
                auto list = it->second;
                std::sort(list.begin(), list.end());
                list.erase(std::unique(list.begin(), list.end()), list.end());
                if (list.size() != 1)
                    return;
                const std::string origin(list.front());
                sink.report(svc.id, svc.loc,
                        describe(ctx, svc) + " in " + accountLabel(account)
                            + " fronts a single origin, '" + origin + "', with no failover",
                        "Add a secondary origin for '" + svc.id + "' (e.g. a replica of '" + origin
                            + "' in another region) and connect the CDN to it.")
                    .related
                    = { origin };
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeCdnFailoverRule()
{
    return std::make_unique<CdnFailoverRule>();
}

} // namespace cw::rules
