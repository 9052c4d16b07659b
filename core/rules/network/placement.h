// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

/// Where services sit, shared by the network and reliability rules: a service's subnets and
/// zones (from the run's ServiceView) and display names for messages. In their own namespace so
/// they never collide with helpers of the other rule folders.
namespace cw::rules::placement {

/// Production accounts carry the availability requirements; other environments may trade them
/// for cost.
inline bool isProd(const Account &account)
{
    return account.environment == Environment::Prod;
}

/// The distinct subnets a service lists (a repeated id counts once), resolved once per run.
std::span<const Subnet *const> subnetsOf(const RuleContext &ctx, const Service &svc);

/// Distinct non-empty zones of a service's subnets, sorted.
std::vector<std::string> zonesOf(const RuleContext &ctx, const Service &svc);

/// The parsed addresses of s, one of na's subnets (NetView keeps them in document order), or
/// nullptr when s belongs to another network.
inline const SubnetAddr *addrOf(const NetworkAddr &na, const Subnet *s)
{
    const auto &subnets = na.network->subnets;
    const std::less<const Subnet *> before;
    if (subnets.empty() || before(s, subnets.data()) || !before(s, subnets.data() + subnets.size()))
        return nullptr;
    return &na.subnets[static_cast<std::size_t>(s - subnets.data())];
}

/// The name the provider sees for a subnet: its name when set, else its id.
inline const std::string &providerName(const Subnet &s)
{
    return s.name.empty() ? s.id : s.name;
}

/// "production account 'prod'", "dev account 'sandbox'": an account with its environment.
std::string accountLabel(const Account &account);

/// "Application Load Balancer 'web'": the catalog label and the id, for messages.
std::string describe(const RuleContext &ctx, const Service &svc);

/// Joins items as "a, b and c" (or with another final conjunction: "a, b or c").
std::string joinList(const std::vector<std::string> &items, std::string_view last = "and");

/// "1 node", "3 nodes".
std::string count(std::size_t n, std::string_view singular, std::string_view plural);

/// Quotes each item: 'a', 'b'.
std::vector<std::string> quoted(const std::vector<std::string> &items);

/// A number without a trailing ".0" (options are doubles).
std::string num(double v);

} // namespace cw::rules::placement
