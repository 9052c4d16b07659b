// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"

/// NET-001: every block of a VPC/VNet parses, is canonical and has a size the provider accepts.
namespace cw::rules {
namespace {

class NetworkSizeRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-001",
            .title = "Network address blocks have a size the provider accepts and are canonical",
            .pillar = Pillar::Network,
            .severity = Severity::Critical,
            .kind = RuleKind::Constraint,
            .providers = {},
            .rationale = "AWS accepts VPC IPv4 blocks from /16 to /28 and Azure VNet blocks from "
                         "/8 to /29; a block with host bits set is silently normalised by the "
                         "provider, so the plan on paper no longer matches what is deployed.",
            .remediation = "Use a block within the provider's size limits, written with its host "
                           "bits zero (e.g. 10.0.0.0/16, not 10.0.1.0/16); split larger plans into "
                           "several networks or secondary CIDRs.",
            .references = { "AWS VPC user guide: vpc-cidr-blocks", "Azure VNet FAQ: address ranges",
                "WA REL02-BP03" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const auto &na : ctx.net.networks()) {
            const Network &n = *na.network;
            const Provider provider = na.account->provider;
            for (const auto &text : n.cidrs) {
                std::string why;
                auto c = net::Cidr::parse(text, &why);
                if (!c) {
                    sink.report(n.id, n.loc,
                        "network '" + n.id + "' has an invalid CIDR '" + text + "': " + why);
                    continue;
                }
                if (!c->isCanonical())
                    sink.report(n.id, n.loc,
                        "network '" + n.id + "' CIDR " + text + " has host bits set; the block is "
                            + c->canonical().toString(),
                        "Write the block as " + c->canonical().toString() + ".");
                const PrefixRange range = networkPrefixRange(provider, c->family());
                if (!range.accepts(c->prefix()))
                    sink.report(n.id, n.loc,
                        "network '" + n.id + "' CIDR " + text + " is a /"
                            + std::to_string(c->prefix()) + "; "
                            + std::string(providerLabel(provider)) + " accepts /"
                            + std::to_string(range.min) + " to /" + std::to_string(range.max)
                            + (range.step > 1 ? " in steps of " + std::to_string(range.step)
                                              : std::string()),
                        c->prefix() < range.min
                            ? "Split the address space into /" + std::to_string(range.min)
                                + " (or smaller) blocks: one network each, or a primary "
                                  "block plus secondary CIDRs."
                            : "Use a larger block (at most /" + std::to_string(range.max) + ").");
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeNetworkSizeRule()
{
    return std::make_unique<NetworkSizeRule>();
}

} // namespace cw::rules
