// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

#include <unordered_map>

/// NET-012: services that need a delegated subnet (catalog delegation: PostgreSQL Flexible
/// Server private access, App Service VNet integration) have it to themselves: everything in the
/// subnet needs the same delegation, and the subnet is large enough.
namespace cw::rules {
namespace {

using namespace placement;

class DelegationRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-012",
            .title = "Delegated subnets hold only their delegated service",
            .pillar = Pillar::Network,
            .severity = Severity::Critical,
            .kind = RuleKind::Constraint,
            .providers = { Provider::Azure },
            .rationale = "A subnet has at most one delegation. PostgreSQL Flexible Server with "
                         "private access needs a subnet delegated to "
                         "Microsoft.DBforPostgreSQL/flexibleServers that holds only flexible "
                         "servers; App Service VNet integration needs one delegated to "
                         "Microsoft.Web/serverFarms. Azure refuses other resources in a delegated "
                         "subnet, and the server's networking mode cannot be changed after "
                         "creation.",
            .remediation = "Give each delegated service a subnet of its own (one per delegation), "
                           "/28 or larger; move everything else out.",
            .references = { "Azure PostgreSQL flexible server: concepts-networking (delegated "
                            "subnet)",
                "Azure App Service: overview-vnet-integration (delegated subnet)",
                "WA REL02-BP03" },
            .options = { { "min_prefix", 28,
                "Smallest delegated subnet (prefix length) for kinds "
                "the catalog gives no size" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const int minPrefix = static_cast<int>(ctx.option(meta(), "min_prefix"));
        for (const auto &na : ctx.net.networks()) {
            for (std::size_t i = 0; i < na.subnets.size(); ++i) {
                const SubnetAddr &sa = na.subnets[i];
                const auto services = ctx.services.occupants(na.element + 1 + i);
                const Service *owner = nullptr;
                const KindSpec *ownerKind = nullptr;
                for (const ServiceRow *row : services)
                    if (const KindSpec *k = row->spec; k && !k->delegation.empty()) {
                        owner = row->service;
                        ownerKind = k;
                        break;
                    }
                if (!owner)
                    continue;
                const Subnet &s = *sa.subnet;
                std::vector<std::string> others;
                std::vector<std::string> related { owner->id };
                for (const ServiceRow *row : services) {
                    const Service *svc = row->service;
                    const KindSpec *k = row->spec;
                    if (k && k->delegation == ownerKind->delegation)
                        continue;
                    others.push_back(describe(ctx, *svc)
                        + (k && !k->delegation.empty() ? " (needs " + k->delegation + ")"
                                                       : std::string()));
                    related.push_back(svc->id);
                }
                if (!others.empty())
                    sink.report(s.id, s.loc,
                            "subnet '" + s.id + "' is delegated to " + ownerKind->delegation
                                + " for " + describe(ctx, *owner) + " but also holds "
                                + joinList(others),
                            "Move " + joinList(others) + " to another subnet.")
                        .related
                        = related;
                if (ownerKind->maxSubnetPrefix == 0 && sa.v4 && sa.v4->prefix() > minPrefix)
                    sink.report(s.id, s.loc,
                            "subnet '" + s.id + "' delegated to " + ownerKind->delegation
                                + " is a /" + std::to_string(sa.v4->prefix()) + "; use /"
                                + std::to_string(minPrefix) + " or larger",
                            "Give '" + s.id + "' a /" + std::to_string(minPrefix)
                                + " or larger block.")
                        .related
                        = { owner->id };
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeDelegationRule()
{
    return std::make_unique<DelegationRule>();
}

} // namespace cw::rules
