// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

#include <set>

/// REL-011: internet egress is zone-independent: in a VPC with NAT gateways, every private
/// subnet's zone has a NAT gateway of its own, and production does not share one gateway
/// between zones (mode single).
namespace cw::rules {
namespace {

using namespace placement;

class NatPerZoneRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-011",
            .title = "Each zone with private subnets has its own NAT gateway",
            .pillar = Pillar::Reliability,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "A NAT gateway is zonal: private subnets that route to a NAT gateway in "
                         "another zone lose internet egress (image pulls, AWS APIs without "
                         "endpoints, third-party calls) when that zone fails, and pay cross-zone "
                         "data charges meanwhile. One gateway per zone makes egress fail with "
                         "its own zone only. Outside production a single shared gateway is an "
                         "accepted saving.",
            .remediation = "Place a NAT gateway in a public subnet of every zone that has private "
                           "subnets (mode: per-zone), and route each zone to its own gateway.",
            .references = { "checkov CKV2_AWS_35", "WA REL10-BP01",
                "Trusted Advisor NAT gateway AZ independence",
                "AWS VPC user guide: nat-gateway-basics (zonal)" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const auto &account : ctx.model.accounts) {
            if (!meta().appliesTo(account.provider))
                continue;
            for (const auto &n : account.networks)
                checkNetwork(ctx, account, n, sink);
        }
    }

private:
    static void checkNetwork(
        const RuleContext &ctx, const Account &account, const Network &n, FindingSink &sink)
    {
        std::set<std::string> natZones;
        std::vector<std::string> nats;
        bool perZone = false;
        for (const auto &svc : n.services) {
            if (svc.kind != "aws.nat-gateway")
                continue;
            nats.push_back(svc.id);
            const auto &subnets = subnetsOf(ctx, svc);
            if (textProp(ctx.catalog, svc, "mode") == "single") {
                if (!subnets.empty())
                    natZones.insert(subnets.front()->zone);
                if (isProd(account))
                    sink.report(svc.id, svc.loc,
                            "NAT gateway '" + svc.id + "' in production network '" + n.id
                                + "' runs in single mode: every zone's egress depends on "
                                + (subnets.empty() ? std::string("one zone")
                                                   : "zone '" + subnets.front()->zone + "'"),
                            "Set mode: per-zone on '" + svc.id
                                + "' and list a public subnet in every zone.")
                        .related
                        = { n.id };
                continue;
            }
            perZone = true;
            for (const Subnet *s : subnets)
                natZones.insert(s->zone);
        }
        // With only single-mode gateways, cross-zone egress is the declared choice (reported
        // above in production).
        if (!perZone)
            return;
        for (const auto &s : n.subnets) {
            if (s.tier != Tier::Private || s.zone.empty() || natZones.count(s.zone))
                continue;
            sink.report(s.id, s.loc,
                    "private subnet '" + s.id + "' is in zone '" + s.zone
                        + "', which has no NAT gateway; its egress goes through zone "
                        + joinList(quoted({ natZones.begin(), natZones.end() }), "or"),
                    "Add a public subnet of zone '" + s.zone + "' to NAT gateway '" + nats.front()
                        + "'.")
                .related
                = nats;
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeNatPerZoneRule()
{
    return std::make_unique<NatPerZoneRule>();
}

} // namespace cw::rules
