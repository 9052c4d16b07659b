// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/reliability/reliabilityrules.h"

#include <set>

/// REL-002: an application load balancer is attached to subnets in at least two zones.
namespace cw::rules {
namespace {

using placement::subnetsOf;

class AlbZonesRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-002",
            .title = "Application load balancers span at least two availability zones",
            .pillar = Pillar::Reliability,
            .severity = Severity::Critical,
            .kind = RuleKind::Constraint,
            .providers = { Provider::Aws },
            .rationale = "AWS refuses to create an Application Load Balancer with subnets in "
                         "fewer than two Availability Zones.",
            .remediation = "Attach the load balancer to one subnet in each of at least two zones "
                           "(one per zone the application runs in).",
            .references = { "cfn-lint E3680", "WA REL10-BP01" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        forEachServiceOf(ctx.services, { "aws.alb" },
            [&](const Account &account, const Network *n, const Service &svc) {
                if (!n || !meta().appliesTo(account.provider))
                    return;
                std::set<std::string_view> zones;
                for (const Subnet *s : subnetsOf(ctx, svc))
                    zones.insert(s->zone);
                if (zones.size() >= 2)
                    return;
                sink.report(svc.id, svc.loc,
                        "load balancer '" + svc.id + "' is attached to subnets in "
                            + std::to_string(zones.size())
                            + (zones.size() == 1 ? " zone" : " zones")
                            + "; AWS requires at least 2")
                    .related
                    = { n->id };
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeAlbZonesRule()
{
    return std::make_unique<AlbZonesRule>();
}

} // namespace cw::rules
