// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

#include <algorithm>
#include <array>
#include <cctype>

/// NET-017: zones are real zones of the network's region, and every subnet's zone is one of its
/// network's zones. AWS zones are named after the region (eu-west-3a) or given as zone ids
/// (euw3-az1); Azure zones are "1", "2", "3" (Azure subnets span the region and may leave the
/// zone empty); GCP zones are region-letter (europe-west1-b).
namespace cw::rules {
namespace {

using namespace placement;

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

/// The short code AWS zone ids start with: us-east-1 -> use1, ap-southeast-2 -> apse2.
std::string awsRegionCode(std::string_view region)
{
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kWords { {
        { "central", "c" },
        { "north", "n" },
        { "south", "s" },
        { "east", "e" },
        { "west", "w" },
        { "northeast", "ne" },
        { "northwest", "nw" },
        { "southeast", "se" },
        { "southwest", "sw" },
        { "gov", "g" },
    } };
    std::string code;
    std::size_t start = 0;
    bool first = true;
    while (start <= region.size()) {
        const std::size_t end = std::min(region.find('-', start), region.size());
        const std::string_view word = region.substr(start, end - start);
        if (first || (!word.empty() && std::isdigit(static_cast<unsigned char>(word.front())))) {
            code += word;
        } else if (!word.empty()) {
            auto it = std::find_if(
                kWords.begin(), kWords.end(), [&](const auto &w) { return w.first == word; });
            code += it != kWords.end() ? it->second : word.substr(0, 1);
        }
        first = false;
        start = end + 1;
    }
    return code;
}

bool zoneInRegion(Provider provider, const std::string &region, const std::string &zone)
{
    switch (provider) {
    case Provider::Azure:
        return zone == "1" || zone == "2" || zone == "3";
    case Provider::Gcp:
        return zone.size() == region.size() + 2 && startsWith(zone, region + "-")
            && std::islower(static_cast<unsigned char>(zone.back()));
    case Provider::Aws:
        break;
    }
    if (zone.size() == region.size() + 1 && startsWith(zone, region)
        && std::islower(static_cast<unsigned char>(zone.back())))
        return true; // eu-west-3a
    if (startsWith(zone, region + "-"))
        return true; // Local Zones and Wavelength Zones: us-west-2-lax-1a
    const std::string code = awsRegionCode(region);
    return startsWith(zone, code + "-") && zone.find("az") != std::string::npos; // use1-az1
}

std::string expectedZones(Provider provider, const std::string &region)
{
    switch (provider) {
    case Provider::Azure:
        return "'1', '2' or '3'";
    case Provider::Gcp:
        return "'" + region + "-b' and the like";
    case Provider::Aws:
        break;
    }
    return "'" + region + "a' or zone ids like '" + awsRegionCode(region) + "-az1'";
}

class SubnetZoneRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-017",
            .title = "Subnets sit in a zone of their network's region",
            .pillar = Pillar::Network,
            .severity = Severity::Critical,
            .kind = RuleKind::Constraint,
            .providers = {},
            .rationale = "A VPC belongs to one region and each AWS subnet to exactly one "
                         "Availability Zone of it; a subnet in another region's zone, or in no "
                         "zone, cannot be created. Azure zones are numbered 1 to 3 within the "
                         "VNet's region. A subnet whose zone the network does not list breaks "
                         "the zone plan the other rules check.",
            .remediation = "Set the subnet's zone to one of the network's zones, and list only "
                           "zones of the network's region on the network (AWS: eu-west-3a or "
                           "zone ids such as euw3-az1, which are the same in every account).",
            .references = { "AWS VPC user guide: subnets (one Availability Zone)",
                "AWS RAM: availability zone ids", "Azure availability zones overview",
                "WA REL10-BP01" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const auto &account : ctx.model.accounts)
            for (const auto &n : account.networks)
                checkNetwork(account.provider, n, sink);
    }

private:
    static void checkNetwork(Provider provider, const Network &n, FindingSink &sink)
    {
        const bool regionKnown = !n.region.empty();
        for (const auto &z : n.zones)
            if (regionKnown && !zoneInRegion(provider, n.region, z))
                sink.report(n.id, n.loc,
                    "network '" + n.id + "' lists zone '" + z + "', which is not a zone "
                        + "of region '" + n.region + "'",
                    "Use zones of " + n.region + ": " + expectedZones(provider, n.region) + ".");
        for (const auto &s : n.subnets) {
            if (s.zone.empty()) {
                if (provider == Provider::Aws)
                    sink.report(s.id, s.loc,
                        "subnet '" + s.id + "' has no zone; every AWS subnet lives in "
                            + "exactly one Availability Zone",
                        "Set the zone of '" + s.id + "' to one of " + zonesOf(n) + ".");
                continue;
            }
            if (regionKnown && !zoneInRegion(provider, n.region, s.zone)) {
                sink.report(s.id, s.loc,
                        "subnet '" + s.id + "' is in zone '" + s.zone + "', which is not a "
                            + "zone of region '" + n.region + "' (network '" + n.id + "')",
                        "Set the zone of '" + s.id + "' to one of " + zonesOf(n) + ".")
                    .related
                    = { n.id };
                continue;
            }
            if (!n.zones.empty()
                && std::find(n.zones.begin(), n.zones.end(), s.zone) == n.zones.end())
                sink.report(s.id, s.loc,
                        "subnet '" + s.id + "' is in zone '" + s.zone + "', which network '" + n.id
                            + "' does not list",
                        "Set the zone of '" + s.id + "' to one of " + zonesOf(n) + ", or add '"
                            + s.zone + "' to the zones of '" + n.id + "'.")
                    .related
                    = { n.id };
        }
    }

    static std::string zonesOf(const Network &n)
    {
        return n.zones.empty() ? std::string("the region's zones")
                               : joinList(quoted(n.zones), "or");
    }
};

} // namespace

std::unique_ptr<Rule> makeSubnetZoneRule()
{
    return std::make_unique<SubnetZoneRule>();
}

} // namespace cw::rules
