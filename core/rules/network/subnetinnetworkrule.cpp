// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"

/// NET-002: each subnet block has a size the provider accepts and lies inside one of its
/// network's blocks (primary or secondary).
namespace cw::rules {
namespace {

class SubnetInNetworkRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-002",
            .title = "Subnets lie inside their network and have a size the provider accepts",
            .pillar = Pillar::Network,
            .severity = Severity::Critical,
            .kind = RuleKind::Constraint,
            .providers = {},
            .rationale = "The provider refuses a subnet whose block is not inside one of the "
                         "network's CIDRs, or whose size is outside its limits (AWS /16–/28, "
                         "Azure /8–/29, IPv6 /64).",
            .remediation = "Pick the subnet block from the network's address space (the planner "
                           "finds a free one), or add a secondary CIDR that holds it.",
            .references = { "cfn-lint E3059", "AWS VPC user guide: subnet-sizing" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::vector<net::Cidr> blocks;
        std::vector<const Subnet *> owners;
        for (const auto &na : ctx.net.networks()) {
            const Provider provider = na.account->provider;
            blocks.clear();
            owners.clear();
            for (const auto &sa : na.subnets) {
                const Subnet &s = *sa.subnet;
                // NetView already parsed the usual layout (IPv4 in cidr, IPv6 in ipv6_cidr).
                const bool v4Text = s.cidr.find(':') == std::string::npos;
                const bool v6Text = s.ipv6Cidr.find(':') != std::string::npos;
                checkText(s, s.cidr, v4Text ? &sa.v4 : nullptr, sink);
                checkText(s, s.ipv6Cidr, v6Text ? &sa.v6 : nullptr, sink);
                for (const auto *c : { &sa.v4, &sa.v6 }) {
                    if (!*c)
                        continue;
                    checkSize(s, **c, provider, sink);
                    blocks.push_back(**c);
                    owners.push_back(&s);
                }
            }
            const auto containers = net::findContainers(blocks, na.blocks);
            for (std::size_t i = 0; i < blocks.size(); ++i) {
                if (containers[i] >= 0)
                    continue;
                const Subnet &s = *owners[i];
                std::string space;
                for (const auto &c : na.network->cidrs)
                    space += (space.empty() ? "" : ", ") + c;
                sink.report(s.id, s.loc,
                        "subnet '" + s.id + "' (" + blocks[i].toString()
                            + ") is not inside network '" + na.network->id + "' ("
                            + (space.empty() ? "no CIDR" : space) + ")")
                    .related
                    = { na.network->id };
            }
        }
    }

private:
    static void checkText(const Subnet &s, const std::string &text,
        const std::optional<net::Cidr> *parsed, FindingSink &sink)
    {
        if (text.empty())
            return;
        std::string why;
        std::optional<net::Cidr> c;
        if (parsed && *parsed)
            c = *parsed;
        else
            c = net::Cidr::parse(text, &why);
        if (!c)
            sink.report(
                s.id, s.loc, "subnet '" + s.id + "' has an invalid CIDR '" + text + "': " + why);
        else if (!c->isCanonical())
            sink.report(s.id, s.loc,
                "subnet '" + s.id + "' CIDR " + text + " has host bits set; the block is "
                    + c->canonical().toString(),
                "Write the block as " + c->canonical().toString() + ".");
    }

    static void checkSize(const Subnet &s, const net::Cidr &c, Provider provider, FindingSink &sink)
    {
        const PrefixRange range = subnetPrefixRange(provider, c.family());
        if (range.accepts(c.prefix()))
            return;
        sink.report(s.id, s.loc,
            "subnet '" + s.id + "' is a /" + std::to_string(c.prefix()) + "; "
                + std::string(providerLabel(provider)) + " subnets are /"
                + std::to_string(range.min) + " to /" + std::to_string(range.max));
    }
};

} // namespace

std::unique_ptr<Rule> makeSubnetInNetworkRule()
{
    return std::make_unique<SubnetInNetworkRule>();
}

} // namespace cw::rules
