// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

/// NET-019: no network block overlaps 172.17.0.0/16, Docker's default bridge network. Split
/// from NET-005 because the provider accepts the range: it is a warning, not a constraint.
namespace cw::rules {
namespace {

using namespace placement;

class DockerBridgeRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-019",
            .title = "Network blocks avoid Docker's default bridge range 172.17.0.0/16",
            .pillar = Pillar::Network,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Docker gives its default bridge 172.17.0.0/16. Hosts that run Docker "
                         "(build agents, Cloud9, SageMaker, self-managed nodes) cannot reach VPC "
                         "addresses in that range: replies go to the local bridge instead. AWS "
                         "accepts the range but recommends against it.",
            .remediation = "Address the network from another part of RFC 1918 space, or move "
                           "Docker's bridge (daemon.json 'bip') on every host that reaches it.",
            .references = { "AWS VPC user guide: vpc-cidr-blocks (172.17.0.0/16 note)",
                "NET-005 (anchor catalogue: 172.17.0.0/16 warning)", "WA REL02-BP05" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        static const net::Cidr bridge = *net::Cidr::parse("172.17.0.0/16");
        for (const auto &na : ctx.net.networks())
            for (const auto &b : na.blocks)
                if (b.overlaps(bridge)) {
                    const Network &n = *na.network;
                    sink.report(n.id, n.loc,
                        "network '" + n.id + "' block " + b.toString()
                            + " overlaps 172.17.0.0/16, Docker's default bridge network",
                        "Move '" + n.id
                            + "' to a range clear of 172.17.0.0/16 (e.g. a /16 from "
                              "10.0.0.0/8), or reconfigure Docker's bridge on the hosts "
                              "that reach it.");
                }
    }
};

} // namespace

std::unique_ptr<Rule> makeDockerBridgeRule()
{
    return std::make_unique<DockerBridgeRule>();
}

} // namespace cw::rules
