// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

/// NET-006: networks use private (RFC 1918) IPv4 space; 100.64.0.0/10 is accepted as an AWS
/// secondary block (the usual extension for pod addresses).
namespace cw::rules {
namespace {

using namespace placement;

class PrivateAddressRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-006",
            .title = "Networks use private RFC 1918 address space",
            .pillar = Pillar::Security,
            .severity = Severity::Low,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Public addresses inside a VPC/VNet shadow the real owners of that space: "
                         "traffic to those internet hosts is routed into the network instead. "
                         "RFC 1918 ranges avoid that; AWS also permits 100.64.0.0/10 (shared "
                         "address space) as a secondary block, often used for pod addresses.",
            .remediation = "Address the network from 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 "
                           "(on AWS, 100.64.0.0/10 secondaries are fine).",
            .references = { "AWS VPC user guide: vpc-cidr-blocks (RFC 1918 recommendation)",
                "Azure VNet FAQ: address ranges", "RFC 1918", "RFC 6598", "WA REL02-BP05" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        static const net::Cidr rfc1918[] = { *net::Cidr::parse("10.0.0.0/8"),
            *net::Cidr::parse("172.16.0.0/12"), *net::Cidr::parse("192.168.0.0/16") };
        static const net::Cidr shared = *net::Cidr::parse("100.64.0.0/10");
        for (const auto &na : ctx.net.networks()) {
            std::vector<std::string> outside;
            bool primary = true;
            for (const auto &b : na.blocks) {
                if (b.family() != net::Family::V4)
                    continue;
                const bool isPrivate = rfc1918[0].contains(b) || rfc1918[1].contains(b)
                    || rfc1918[2].contains(b)
                    || (!primary && na.account->provider == Provider::Aws && shared.contains(b));
                primary = false;
                if (!isPrivate)
                    outside.push_back(b.toString());
            }
            if (outside.empty())
                continue;
            const Network &n = *na.network;
            sink.report(n.id, n.loc,
                "network '" + n.id + "' uses address space outside RFC 1918: " + joinList(outside),
                "Replace " + joinList(outside) + " with RFC 1918 blocks"
                    + (na.account->provider == Provider::Aws
                            ? " (or a 100.64.0.0/10 secondary block)."
                            : "."));
        }
    }
};

} // namespace

std::unique_ptr<Rule> makePrivateAddressRule()
{
    return std::make_unique<PrivateAddressRule>();
}

} // namespace cw::rules
