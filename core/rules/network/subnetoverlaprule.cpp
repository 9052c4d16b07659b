// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"

/// NET-003: no two subnets of one network overlap (IPv4 and IPv6 separately), by sort and sweep.
namespace cw::rules {
namespace {

class SubnetOverlapRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-003",
            .title = "Subnets of a network do not overlap",
            .pillar = Pillar::Network,
            .severity = Severity::Critical,
            .kind = RuleKind::Constraint,
            .providers = {},
            .rationale = "AWS and Azure refuse to create a subnet whose block overlaps another "
                         "subnet of the same VPC/VNet; the deployment fails half-way.",
            .remediation = "Give one of the subnets a free block of the network (the planner finds "
                           "one).",
            .references
            = { "cfn-lint E3060", "Azure VNet FAQ: subnet address spaces cannot overlap" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::vector<net::Cidr> blocks;
        std::vector<const Subnet *> owners;
        for (const auto &na : ctx.net.networks()) {
            blocks.clear();
            owners.clear();
            for (const auto &sa : na.subnets)
                for (const auto *c : { &sa.v4, &sa.v6 })
                    if (*c) {
                        blocks.push_back(**c);
                        owners.push_back(sa.subnet);
                    }
            for (const auto &o : net::findOverlaps(blocks)) {
                const Subnet &a = *owners[o.first];
                const Subnet &b = *owners[o.second];
                sink.report(b.id, b.loc,
                        "subnet '" + b.id + "' (" + blocks[o.second].toString()
                            + ") overlaps subnet '" + a.id + "' (" + blocks[o.first].toString()
                            + ") in network '" + na.network->id + "'")
                    .related
                    = { a.id };
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeSubnetOverlapRule()
{
    return std::make_unique<SubnetOverlapRule>();
}

} // namespace cw::rules
