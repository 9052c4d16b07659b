// SPDX-License-Identifier: MIT
#include "rules/cost/natzones.h"

#include "rules/props.h"
#include "rules/rulehelpers.h"

namespace cw::rules {

NatPlan natPlan(const RuleContext &ctx, const Network &n)
{
    NatPlan plan;
    for (const Service &s : n.services) {
        if (s.kind != "aws.nat-gateway")
            continue;
        plan.gateways.push_back(&s);
        const auto &subnets = subnetsOf(ctx, s);
        if (subnets.empty())
            continue;
        if (textProp(ctx.catalog, s, "mode") == "single") {
            ++plan.instances;
            plan.zones.insert(subnets.front()->zone);
        } else {
            plan.instances += subnets.size();
            for (const Subnet *sub : subnets)
                plan.zones.insert(sub->zone);
        }
    }
    return plan;
}

} // namespace cw::rules
