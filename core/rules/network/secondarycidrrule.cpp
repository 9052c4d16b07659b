// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

/// NET-004: the blocks of one network can be associated together: they do not overlap, AWS's
/// secondary CIDR association table allows each secondary next to the primary, and the count
/// stays within the per-VPC quota.
namespace cw::rules {
namespace {

using namespace placement;

net::Cidr block(const char *text)
{
    return *net::Cidr::parse(text);
}

/// The address spaces of the AWS association table (vpc-cidr-blocks, "IPv4 CIDR block
/// association restrictions").
enum class Space { Ten, OneSevenTwo, OneNineTwo, Benchmark, Public };

Space spaceOf(const net::Cidr &c)
{
    static const net::Cidr ten = block("10.0.0.0/8"), s172 = block("172.16.0.0/12"),
                           s192 = block("192.168.0.0/16"), s198 = block("198.19.0.0/16");
    if (ten.contains(c))
        return Space::Ten;
    if (s172.contains(c))
        return Space::OneSevenTwo;
    if (s192.contains(c))
        return Space::OneNineTwo;
    if (s198.contains(c))
        return Space::Benchmark;
    return Space::Public; // publicly routable, and 100.64.0.0/10, share one row of the table
}

bool isRfc1918(Space s)
{
    return s == Space::Ten || s == Space::OneSevenTwo || s == Space::OneNineTwo;
}

std::string_view rangeOf(Space s)
{
    switch (s) {
    case Space::Ten:
        return "10.0.0.0/8";
    case Space::OneSevenTwo:
        return "172.16.0.0/12";
    case Space::OneNineTwo:
        return "192.168.0.0/16";
    case Space::Benchmark:
        return "198.19.0.0/16";
    case Space::Public:
        break;
    }
    return "public or 100.64.0.0/10";
}

/// The blocks already associated with a VPC, by the rows of the association table: the first
/// block seen in each space (nullptr when none), so each new block is checked in O(1).
struct Associated
{
    const net::Cidr *bySpace[5] = {};
    const net::Cidr *inTen15 = nullptr; ///< a block inside 10.0.0.0/15

    void add(const net::Cidr &c)
    {
        static const net::Cidr ten15 = block("10.0.0.0/15");
        auto &slot = bySpace[static_cast<int>(spaceOf(c))];
        if (!slot)
            slot = &c;
        if (!inTen15 && ten15.contains(c))
            inTen15 = &c;
    }
    const net::Cidr *in(Space s) const { return bySpace[static_cast<int>(s)]; }
};

/// Why AWS refuses to associate c next to the blocks already associated, or an empty string.
std::string restriction(const Associated &have, const net::Cidr &c)
{
    static const net::Cidr s172_31 = block("172.31.0.0/16"), ten16 = block("10.0.0.0/16");
    const Space cs = spaceOf(c);
    auto because = [](const net::Cidr *b, Space s) {
        return b->toString() + " (from " + std::string(rangeOf(s)) + ") is already associated";
    };
    if (isRfc1918(cs) || cs == Space::Benchmark)
        for (Space s : { Space::Ten, Space::OneSevenTwo, Space::OneNineTwo, Space::Benchmark,
                 Space::Public }) {
            // An RFC 1918 or 198.19.0.0/16 block only joins blocks of its own range; public and
            // 100.64.0.0/10 blocks join anything.
            if (const net::Cidr *b = have.in(s); b && s != cs)
                return because(b, s) + ", so no block from " + std::string(rangeOf(cs))
                    + " can be added";
        }
    if (const net::Cidr *b = have.in(Space::OneSevenTwo); b && s172_31.contains(c))
        return because(b, Space::OneSevenTwo) + ", so no block from 172.31.0.0/16 can be added";
    if (have.inTen15 && ten16.contains(c))
        return have.inTen15->toString()
            + " (from 10.0.0.0/15) is already associated, so no block from 10.0.0.0/16 can be "
              "added";
    return {};
}

class SecondaryCidrRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-004",
            .title = "A network's address blocks can be associated together",
            .pillar = Pillar::Network,
            .severity = Severity::High,
            .kind = RuleKind::Constraint,
            .providers = {},
            .rationale = "A block that overlaps another block of the same network is refused "
                         "by AWS and Azure. AWS also restricts which ranges may join the blocks "
                         "already associated with a VPC, in order: an RFC 1918 block only joins "
                         "blocks of its own RFC 1918 range, 198.19.0.0/16 joins nothing else, "
                         "172.31.0.0/16 cannot join 172.16.0.0/12 blocks, 10.0.0.0/16 cannot "
                         "join a block from 10.0.0.0/15; public and 100.64.0.0/10 blocks may be "
                         "added to anything. A VPC holds 5 IPv4 blocks by default (adjustable "
                         "to 50).",
            .remediation = "Pick secondary blocks from the same RFC 1918 range as the primary (or "
                           "100.64.0.0/10), keep every block of the network disjoint, and raise "
                           "the CIDR-blocks-per-VPC quota before planning more blocks.",
            .references = { "AWS VPC user guide: vpc-cidr-blocks (IPv4 CIDR block association "
                            "restrictions)",
                "AWS VPC quotas: IPv4 CIDR blocks per VPC", "WA REL02-BP03",
                "Azure VNet FAQ: address spaces" },
            .options = { { "max_blocks", 5, "IPv4 blocks an AWS VPC may hold (the quota)" },
                { "max_ipv6_blocks", 5, "IPv6 blocks an AWS VPC may hold (the quota)" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const double maxV4 = ctx.option(meta(), "max_blocks");
        const double maxV6 = ctx.option(meta(), "max_ipv6_blocks");
        std::vector<net::Cidr> v4;
        for (const auto &na : ctx.net.networks()) {
            const Network &n = *na.network;
            for (const auto &o : net::findOverlaps(na.blocks))
                sink.report(n.id, n.loc,
                    "network '" + n.id + "' block " + na.blocks[o.second].toString()
                        + " overlaps its block " + na.blocks[o.first].toString(),
                    "Remove " + na.blocks[o.second].toString()
                        + " or replace it with a block disjoint from the others.");
            if (na.account->provider != Provider::Aws)
                continue;
            v4.clear();
            std::size_t v6 = 0;
            for (const auto &b : na.blocks)
                (b.family() == net::Family::V4 ? (void)v4.push_back(b) : (void)++v6);
            Associated have;
            for (std::size_t i = 0; i < v4.size(); ++i) {
                const std::string why = i == 0 ? std::string() : restriction(have, v4[i]);
                have.add(v4[i]);
                if (!why.empty())
                    sink.report(n.id, n.loc,
                        "VPC '" + n.id + "' cannot associate " + v4[i].toString() + ": " + why,
                        "Replace " + v4[i].toString() + " with a block from "
                            + std::string(rangeOf(spaceOf(v4.front())))
                            + " or 100.64.0.0/10, or list RFC 1918 blocks before "
                              "public ones (AWS only adds public blocks after them).");
            }
            auto quota = [&](std::size_t count, double max, const char *family) {
                if (static_cast<double>(count) > max)
                    sink.report(n.id, n.loc,
                        "VPC '" + n.id + "' has " + std::to_string(count) + " " + family
                            + " blocks; the quota allows " + num(max),
                        "Request a higher 'IPv4 CIDR blocks per VPC' quota, or merge "
                        "blocks into larger ones.");
            };
            quota(v4.size(), maxV4, "IPv4");
            quota(v6, maxV6, "IPv6");
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeSecondaryCidrRule()
{
    return std::make_unique<SecondaryCidrRule>();
}

} // namespace cw::rules
