// SPDX-License-Identifier: MIT
#pragma once

#include "rules/views/topology.h"

#include <optional>
#include <string>
#include <vector>

/// Which HTTP entry points face the internet and which are covered by a web application firewall;
/// shared by SEC-007 (every entry point has a WAF) and SEC-018 (no path to data around one).
namespace cw::rules {

enum class WafState : std::uint8_t {
    NotHttpEntry, ///< not an HTTP entry point (no WAF expected)
    Direct, ///< a WAF inspects its traffic
    Upstream, ///< reached only from WAF-protected entry points (CloudFront+WAF → ALB)
    Missing, ///< an HTTP entry point with no WAF in front
};

/// The WAF situation of one vertex.
struct WafInfo
{
    WafState state = WafState::NotHttpEntry;
    bool internetFacing = false;
    std::string gap; ///< why it is not protected (Missing only), for messages
    std::string waf; ///< id of the WAF service connected to it, if any
};

/// The kinds that terminate HTTP from clients: ALB, API Gateway, CloudFront, Front Door,
/// Application Gateway.
bool isHttpEntry(std::string_view kind);

/// WAF coverage for every vertex of topo, in O(n + e).
std::vector<WafInfo> wafCoverage(const RuleContext &ctx, const Topology &topo);

/// The run's shared WAF coverage of topo (see topologyOf); built into local without a cache.
const std::vector<WafInfo> &wafCoverageOf(
    const RuleContext &ctx, const Topology &topo, std::optional<std::vector<WafInfo>> &local);

} // namespace cw::rules
