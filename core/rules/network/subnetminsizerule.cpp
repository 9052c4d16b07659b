// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

#include <set>

/// NET-009: subnets are at least as large as the kinds placed in them require (catalog
/// max_subnet_prefix: ALB /27, NLB and EKS /28, App Service integration /28, ...). Kinds that
/// live in a named special subnet (Bastion, firewall, gateways) are checked by NET-010.
namespace cw::rules {
namespace {

using namespace placement;

class SubnetMinSizeRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-009",
            .title = "Subnets are large enough for the services placed in them",
            .pillar = Pillar::Network,
            .severity = Severity::High,
            .kind = RuleKind::Constraint,
            .providers = {},
            .rationale = "Some services refuse subnets below a minimum size: an Application Load "
                         "Balancer needs /27 or larger (and at least 8 free addresses) in each "
                         "subnet, an App Service VNet integration subnet /28 or larger, EKS "
                         "cluster and NLB subnets /28. Creating the service fails otherwise.",
            .remediation = "Give the subnet a block at least as large as the service requires "
                           "(the planner finds one); subnets cannot be resized in place.",
            .references = { "AWS ELB: application load balancer subnets (/27, 8 free addresses)",
                "AWS NLB: availability-zones (8 available addresses)", "Amazon EKS: network-reqs",
                "Azure App Service: overview-vnet-integration", "WA REL02-BP03" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::set<std::pair<const Subnet *, const KindSpec *>> reported;
        for (const auto &na : ctx.net.networks()) {
            for (const auto &svc : na.network->services) {
                const KindSpec *kind = ctx.catalog.find(svc.kind);
                if (!kind || kind->maxSubnetPrefix == 0 || !kind->subnetName.empty())
                    continue;
                for (const Subnet *sub : subnetsOf(ctx, svc)) {
                    const SubnetAddr *sa = addrOf(na, sub);
                    if (!sa || !sa->v4 || sa->v4->prefix() <= kind->maxSubnetPrefix
                        || !reported.insert({ sub, kind }).second)
                        continue;
                    const Subnet &s = *sub;
                    const std::string need = "/" + std::to_string(kind->maxSubnetPrefix);
                    sink.report(s.id, s.loc,
                            "subnet '" + s.id + "' is a /" + std::to_string(sa->v4->prefix())
                                + " but " + describe(ctx, svc) + " needs " + need + " or larger",
                            "Give '" + s.id + "' a " + need + " or larger block.")
                        .related
                        = { svc.id };
                }
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeSubnetMinSizeRule()
{
    return std::make_unique<SubnetMinSizeRule>();
}

} // namespace cw::rules
