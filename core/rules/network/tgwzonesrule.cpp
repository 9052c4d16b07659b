// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

/// NET-015: a VPC attached to a transit gateway has an attachment subnet in every zone that hosts
/// its workloads. Subnets named for the attachment ("tgw", "transit") are its subnets; without
/// them the attachment takes one IPv4 subnet per zone, so only IPv6-only zones are left out.
namespace cw::rules {
namespace {

using namespace placement;

bool namedForAttachment(const Subnet &s)
{
    for (const std::string *text : { &s.id, &s.name }) {
        std::string t(*text);
        std::transform(t.begin(), t.end(), t.begin(),
            [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (t.find("tgw") != std::string::npos || t.find("transit") != std::string::npos)
            return true;
    }
    return false;
}

class TgwZonesRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-015",
            .title = "Transit gateway attachments cover every zone with workloads",
            .pillar = Pillar::Network,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "A transit gateway VPC attachment places one interface per zone, in the "
                         "subnets it lists; resources in a zone without an attachment subnet "
                         "cannot reach the transit gateway. Attachment subnets also need an "
                         "IPv4 block (IPv6-only subnets cannot hold them).",
            .remediation = "Add an attachment subnet (a small dedicated /28, named for the "
                           "attachment, e.g. 'tgw-c') with an IPv4 block in every zone where the "
                           "VPC runs workloads.",
            .references = { "AWS Transit Gateway: tgw-vpc-attachments (limits)",
                "AWS Transit Gateway design best practices (dedicated /28 subnets)",
                "WA REL02-BP04" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::set<std::string_view> done;
        for (const auto &link : ctx.model.links) {
            if (link.kind != LinkKind::TransitGateway)
                continue;
            for (const auto &id : link.networks) {
                const NetworkAddr *na = ctx.net.find(id);
                if (!na || na->account->provider != Provider::Aws || !done.insert(id).second)
                    continue;
                checkNetwork(ctx.services, *na, link, sink);
            }
        }
    }

private:
    static void checkNetwork(
        const ServiceView &services, const NetworkAddr &na, const Link &link, FindingSink &sink)
    {
        const Network &n = *na.network;
        const bool designated = std::any_of(n.subnets.begin(), n.subnets.end(),
            [](const Subnet &s) { return namedForAttachment(s); });
        std::set<std::string> attached;
        std::map<std::string, std::vector<std::string>> workloads; // zone -> subnets
        for (std::size_t i = 0; i < na.subnets.size(); ++i) {
            const SubnetAddr &sa = na.subnets[i];
            const Subnet &s = *sa.subnet;
            if (sa.v4 && (!designated || namedForAttachment(s)))
                attached.insert(s.zone);
            if (!services.occupants(na.element + 1 + i).empty())
                workloads[s.zone].push_back(s.id);
        }
        for (const auto &[zone, subnets] : workloads) {
            if (attached.count(zone))
                continue;
            const std::string where = attached.empty()
                ? std::string("no IPv4 attachment subnet")
                : std::string(designated ? "attachment subnets" : "IPv4 subnets") + " only in "
                    + joinList(quoted({ attached.begin(), attached.end() }));
            sink.report(n.id, n.loc,
                    "VPC '" + n.id + "' is attached to transit gateway"
                        + (link.id.empty() ? std::string() : " '" + link.id + "'") + " with "
                        + where + "; workloads in zone '" + zone + "' (" + joinList(quoted(subnets))
                        + ") cannot reach it",
                    "Add an attachment subnet with an IPv4 block in zone '" + zone + "' of '" + n.id
                        + "'.")
                .related
                = subnets;
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeTgwZonesRule()
{
    return std::make_unique<TgwZonesRule>();
}

} // namespace cw::rules
