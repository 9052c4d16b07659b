// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/sustainability/sustainabilityrules.h"

#include <algorithm>

/// SUS-002: no fixed, over-provisioned capacity. A scaling group whose minimum is above a floor
/// and close to its maximum (min > ratio × max) keeps most of its capacity running at all times;
/// outside production, minimums above a small floor run prod-sized fleets for a few users.
namespace cw::rules {
namespace {

/// The capacity range of a compute service: always-on minimum and ceiling; false if it has none.
bool capacity(const RuleContext &ctx, const Service &s, std::int64_t &lo, std::int64_t &hi,
    std::string &names)
{
    const Catalog &c = ctx.catalog;
    auto read = [&](const char *minName, const char *maxName) {
        lo = intProp(c, s, minName);
        hi = std::max(lo, intProp(c, s, maxName));
        names = std::string(minName) == maxName ? std::string(minName)
                                                : std::string(minName) + "/" + maxName;
        return true;
    };
    const std::string &k = s.kind;
    if (k == "aws.ecs-fargate")
        return read("min_count", "max_count");
    if (k == "aws.eks-node-group")
        return read("min_size", "max_size");
    if (k == "aws.eks")
        return read("node_min", "node_max");
    if (k == "azure.aks")
        return boolProp(c, s, "autoscaling") ? read("node_min", "node_max")
                                             : read("node_count", "node_count");
    if (k == "azure.app-service")
        return read("instances", "autoscale_max");
    if (k == "azure.application-gateway")
        return read("min_capacity", "max_capacity");
    if (k == "aws.ec2")
        return read("instance_count", "instance_count");
    return false;
}

class IdleCapacityRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SUS-002",
            .title = "Capacity scales with load instead of running over-provisioned",
            .pillar = Pillar::Sustainability,
            .severity = Severity::Info,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Idle instances burn energy and money; a low minimum with room to scale "
                         "keeps only what the load needs running.",
            .remediation = "Lower the minimum (keep headroom in the maximum) and let autoscaling "
                           "add capacity; size non-production environments for their few users.",
            .references = { "WA SUS02-BP01" },
            .options = { { "ratio", 0.75,
                             "A minimum above ratio × maximum counts as mostly fixed capacity" },
                { "floor", 3, "Minimums up to this many instances are never reported" },
                { "non_prod_floor", 2,
                    "Largest minimum accepted in dev, test and staging accounts" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const double ratio = ctx.option(meta(), "ratio");
        const auto floor = static_cast<std::int64_t>(ctx.option(meta(), "floor"));
        const auto nonProdFloor = static_cast<std::int64_t>(ctx.option(meta(), "non_prod_floor"));
        forEachService(ctx.services, [&](const Account &a, const Network *, const Service &s) {
            std::int64_t lo = 0;
            std::int64_t hi = 0;
            std::string names;
            if (!capacity(ctx, s, lo, hi, names))
                return;
            const std::string range = names.find('/') == std::string::npos
                ? names + " " + std::to_string(lo)
                : names + " " + std::to_string(lo) + "/" + std::to_string(hi);
            if (!isProd(a) && lo > nonProdFloor)
                sink.report(s.id, s.loc,
                    describe(ctx, s) + " in " + std::string(toString(a.environment)) + " account '"
                        + a.id + "' keeps " + std::to_string(lo) + " instances running (" + range
                        + ")",
                    "Lower the minimum to " + std::to_string(nonProdFloor)
                        + " or less outside production.");
            else if (lo > floor && static_cast<double>(lo) > ratio * static_cast<double>(hi))
                sink.report(s.id, s.loc,
                    describe(ctx, s) + " keeps " + std::to_string(lo) + " of at most "
                        + std::to_string(hi) + " instances running at all times (" + range + ")",
                    "Lower the minimum and let autoscaling add capacity under load.");
        });
    }
};

} // namespace

std::unique_ptr<Rule> makeIdleCapacityRule()
{
    return std::make_unique<IdleCapacityRule>();
}

} // namespace cw::rules
