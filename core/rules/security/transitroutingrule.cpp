// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"

#include <map>
#include <set>

/// SEC-016: transit routing stays specific. A transit gateway does not auto-accept shared
/// attachments, and one default route table (default association and propagation) does not join
/// production and non-production VPCs, which would route every attachment to every other.
///
/// Model reading: peering links become routes to the peer's CIDRs only (never 0.0.0.0/0), so the
/// "no default route via a peering" half of the anchor is satisfied by construction. A
/// transit-gateway link belongs to the aws.transit-gateway services of its networks' region; when
/// none is drawn the exporter creates one with the provider defaults, and the finding goes on the
/// link's first network.
namespace cw::rules {
namespace {

class TransitRoutingRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-016",
            .title = "Transit routing is specific and segmented",
            .pillar = Pillar::Security,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "Auto-accepted attachments let any account sharing the gateway join the "
                         "network; a single default route table across environments lets a "
                         "compromised development workload reach production.",
            .remediation = "Turn off auto_accept_shared_attachments, and give production and "
                           "non-production attachments separate route tables (turn off "
                           "default_route_table_association/propagation).",
            .references = { "WA SEC05-BP01", "checkov CKV2_AWS_44", "checkov CKV_AWS_331" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const Catalog &c = ctx.catalog;
        std::map<std::string, std::vector<const Service *>> gatewaysByRegion;
        forEachServiceOf(ctx.services, { "aws.transit-gateway" },
            [&](const Account &, const Network *, const Service &s) {
                gatewaysByRegion[s.region].push_back(&s);
                if (boolProp(c, s, "auto_accept_shared_attachments"))
                    sink.report(s.id, s.loc,
                        describe(ctx, s) + " accepts shared attachments automatically",
                        "Set auto_accept_shared_attachments: false on '" + s.id + "'.");
            });
        std::set<const Service *> reported;
        for (const Link &link : ctx.model.links) {
            if (link.kind != LinkKind::TransitGateway)
                continue;
            std::string prod;
            std::string other;
            const Network *first = nullptr;
            for (const auto &nid : link.networks) {
                const ElementRef *ref = ctx.index.find(nid);
                if (!ref || !ref->network || ref->account->provider != Provider::Aws)
                    continue;
                first = first ? first : ref->network;
                std::string &slot = isProd(*ref->account) ? prod : other;
                if (slot.empty())
                    slot = nid;
            }
            if (prod.empty() || other.empty())
                continue;
            const std::string mixed
                = "production network '" + prod + "' and non-production network '" + other + "'";
            const auto it = gatewaysByRegion.find(first->region);
            if (it == gatewaysByRegion.end()) {
                sink.report(first->id, first->loc,
                        "transit gateway link joins " + mixed
                            + " with no transit gateway drawn, so the provider defaults put "
                              "them in one route table",
                        "Draw the aws.transit-gateway of " + first->region
                            + " with default_route_table_association and "
                              "default_route_table_propagation off, and route each environment "
                              "in its own table.")
                    .related
                    = { prod == first->id ? other : prod };
                continue;
            }
            for (const Service *tgw : it->second)
                if (boolProp(c, *tgw, "default_route_table_association", true)
                    && boolProp(c, *tgw, "default_route_table_propagation", true)
                    && reported.insert(tgw).second)
                    sink.report(tgw->id, tgw->loc,
                            describe(ctx, *tgw) + " puts " + mixed
                                + " in its default route table (default association and "
                                  "propagation on)",
                            "Turn off default_route_table_association and "
                            "default_route_table_propagation on '"
                                + tgw->id + "' and route each environment in its own table.")
                        .related
                        = { prod, other };
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeTransitRoutingRule()
{
    return std::make_unique<TransitRoutingRule>();
}

} // namespace cw::rules
