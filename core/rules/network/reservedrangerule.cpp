// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

#include <array>

/// NET-005: no network block overlaps a range its provider reserves (link-local everywhere;
/// loopback, multicast, broadcast and the Azure platform address on Azure).
namespace cw::rules {
namespace {

using namespace placement;

struct Reserved
{
    Provider provider;
    const char *block;
    const char *what;
};

// AWS: vpc-cidr-blocks ("169.254.0.0/16 ... cannot be assigned to VPCs"). Azure VNet FAQ:
// "What address ranges can I use in my virtual networks?".
constexpr std::array<Reserved, 6> kReserved { {
    { Provider::Aws, "169.254.0.0/16", "link-local" },
    { Provider::Azure, "224.0.0.0/4", "multicast" },
    { Provider::Azure, "255.255.255.255/32", "broadcast" },
    { Provider::Azure, "127.0.0.0/8", "loopback" },
    { Provider::Azure, "169.254.0.0/16", "link-local" },
    { Provider::Azure, "168.63.129.16/32", "the Azure platform address for DNS and health probes" },
} };

class ReservedRangeRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-005",
            .title = "Network blocks avoid ranges the provider reserves",
            .pillar = Pillar::Network,
            .severity = Severity::High,
            .kind = RuleKind::Constraint,
            .providers = { Provider::Aws, Provider::Azure },
            .rationale = "AWS refuses VPC blocks from the link-local range 169.254.0.0/16; Azure "
                         "refuses VNet address spaces that include 224.0.0.0/4, "
                         "255.255.255.255/32, 127.0.0.0/8, 169.254.0.0/16 or 168.63.129.16/32 "
                         "(the platform's DNS and health-probe address).",
            .remediation = "Re-address the network from RFC 1918 space (10.0.0.0/8, "
                           "172.16.0.0/12, 192.168.0.0/16) outside the reserved ranges.",
            .references = { "AWS VPC user guide: vpc-cidr-blocks",
                "Azure VNet FAQ: what address ranges can I use", "WA REL02-BP03" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        static const auto blocks = [] {
            std::array<net::Cidr, kReserved.size()> out;
            for (std::size_t i = 0; i < kReserved.size(); ++i)
                out[i] = *net::Cidr::parse(kReserved[i].block);
            return out;
        }();
        for (const auto &na : ctx.net.networks()) {
            const Provider provider = na.account->provider;
            for (const auto &b : na.blocks)
                for (std::size_t i = 0; i < kReserved.size(); ++i) {
                    if (kReserved[i].provider != provider || !b.overlaps(blocks[i]))
                        continue;
                    const Network &n = *na.network;
                    sink.report(n.id, n.loc,
                        "network '" + n.id + "' block " + b.toString() + " overlaps "
                            + kReserved[i].block + " (" + kReserved[i].what + "), which "
                            + std::string(providerLabel(provider)) + " reserves",
                        "Replace " + b.toString() + " with an RFC 1918 block clear of "
                            + kReserved[i].block + ".");
                }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeReservedRangeRule()
{
    return std::make_unique<ReservedRangeRule>();
}

} // namespace cw::rules
