// SPDX-License-Identifier: MIT
#include "rules/network/ipdemand.h"
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

#include <cmath>

/// NET-008: every subnet has room for the addresses its services take (nodes and pods, load
/// balancer nodes, instances doubled while scaling, endpoints, NAT), with headroom.
namespace cw::rules {
namespace {

using namespace placement;

/// The addresses services take in one subnet; the text is written only for a subnet that
/// overflows (most do not, and writing it for every placement dominated the rule).
struct Load
{
    double total = 0;
    std::vector<const Service *> services;
};

class SubnetCapacityRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-008",
            .title = "Subnets have room for the addresses their services take",
            .pillar = Pillar::Performance,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "A subnet holds 2^(32-prefix) addresses minus those the provider "
                         "reserves (AWS and Azure 5, GCP 4). EKS with the VPC CNI and AKS with "
                         "Azure CNI give every pod a subnet address, load balancers need free "
                         "addresses in each subnet to scale, and App Service integration "
                         "subnets need twice the instance count during scale operations. When "
                         "the subnet runs out, nodes, pods and scale-outs fail at the worst "
                         "moment; subnets cannot be resized in place.",
            .remediation = "Give the subnet a larger block (the planner finds one), spread the "
                           "service over more subnets, or lower the pods per node / maximum "
                           "node and instance counts.",
            .references = { "WA REL02-BP03", "AWS VPC user guide: subnet-sizing",
                "Amazon EKS: VPC CNI max pods (eni-max-pods)",
                "Azure App Service: overview-vnet-integration (subnet requirements)",
                "PSRule Azure.AKS.CNISubnetSize" },
            .options = { { "headroom", 0.8,
                             "Share of a subnet's usable addresses the planned "
                             "demand may fill (0.8 = 80%)" },
                { "eks_pods_per_node", 0,
                    "Pods per EKS node with the VPC CNI; 0 = the "
                    "instance type's limit" },
                { "aks_pods_per_node", 30, "Pods per AKS node with Azure CNI (max pods)" },
                { "lb_addresses", 8, "Free addresses an ALB/NLB needs in each subnet" },
                { "app_service_scale_factor", 2,
                    "App Service addresses per instance "
                    "during scale operations" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const double headroom = ctx.option(meta(), "headroom");
        const DemandOptions options { ctx.option(meta(), "eks_pods_per_node"),
            ctx.option(meta(), "aks_pods_per_node"), ctx.option(meta(), "lb_addresses"),
            ctx.option(meta(), "app_service_scale_factor") };
        // What a service takes in each of its subnets, and how that is written in a message.
        auto shareOf = [&](const Service &svc, std::string *part) {
            const auto subnets = subnetsOf(ctx, svc);
            if (subnets.empty())
                return 0.0;
            const IpDemand d = ipDemand(ctx, svc, options);
            const double n = static_cast<double>(subnets.size());
            const double share = d.perSubnet + std::ceil(d.pooled / n);
            if (part)
                *part = describe(ctx, svc) + " " + num(share) + " (" + d.how
                    + (d.pooled > 0 && n > 1 ? ": " + num(d.pooled) + " over " + num(n) + " subnets"
                                             : std::string())
                    + ")";
            return share;
        };
        std::vector<Load> load; // per subnet of the network, by position
        for (const auto &na : ctx.net.networks()) {
            load.assign(na.subnets.size(), Load {});
            for (const auto &svc : na.network->services) {
                const double share = shareOf(svc, nullptr);
                if (share <= 0)
                    continue;
                for (const Subnet *s : subnetsOf(ctx, svc))
                    if (addrOf(na, s)) { // a subnet of another network is a placement error
                        Load &l = load[static_cast<std::size_t>(s - na.network->subnets.data())];
                        l.total += share;
                        l.services.push_back(&svc);
                    }
            }
            for (std::size_t i = 0; i < na.subnets.size(); ++i) {
                const SubnetAddr &sa = na.subnets[i];
                const Load &l = load[i];
                if (l.services.empty() || !sa.v4)
                    continue;
                const double usable = net::usableAddresses(*sa.v4, na.account->provider);
                if (l.total <= usable * headroom)
                    continue;
                const Subnet &s = *sa.subnet;
                const std::string head = "subnet '" + s.id + "' (" + sa.v4->toString() + ", "
                    + num(usable) + " usable) needs about " + num(l.total) + " addresses";
                const std::string verdict = l.total > usable
                    ? ", more than it holds"
                    : ", " + num(std::round(100 * l.total / usable)) + "% of it (above the "
                        + num(std::round(100 * headroom)) + "% headroom)";
                const int needed = prefixFor(l.total / headroom, na.account->provider);
                std::vector<std::string> parts;
                std::vector<std::string> ids;
                for (const Service *svc : l.services) {
                    shareOf(*svc, &parts.emplace_back());
                    ids.push_back(svc->id);
                }
                sink.report(s.id, s.loc, head + verdict + ": " + joinList(parts),
                        "Give '" + s.id + "' a /" + std::to_string(needed)
                            + " or larger block, or spread the services over more subnets.")
                    .related
                    = ids;
            }
        }
    }

private:
    /// The longest IPv4 prefix whose usable addresses reach want.
    static int prefixFor(double want, Provider provider)
    {
        const double reserved = net::reservedAddresses(provider);
        const PrefixRange range = subnetPrefixRange(provider, net::Family::V4);
        int prefix = range.max;
        while (prefix > range.min && std::ldexp(1.0, 32 - prefix) - reserved < want)
            --prefix;
        return prefix;
    }
};

} // namespace

std::unique_ptr<Rule> makeSubnetCapacityRule()
{
    return std::make_unique<SubnetCapacityRule>();
}

} // namespace cw::rules
