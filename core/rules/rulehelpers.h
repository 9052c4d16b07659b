// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

/// Small helpers shared by the security, operations, cost, performance, sustainability and graph
/// rules: walking services, environments, kind classes and message text.
namespace cw::rules {

/// True for production accounts.
inline bool isProd(const Account &a)
{
    return a.environment == Environment::Prod;
}

/// The account owning element id, or null (externals, unknown ids).
const Account *accountOf(const RuleContext &ctx, std::string_view id);

/// "Application Load Balancer 'web'": the catalog label and the id, for messages.
std::string describe(const RuleContext &ctx, const Service &svc);

/// 'a', 'b' and 'c'
std::string quotedList(const std::vector<std::string> &ids);
/// a, b and c
std::string andList(const std::vector<std::string> &items);
/// Joins fixes into one sentence: capitalised, "; "-separated, ending with a full stop.
std::string fixSentence(const std::vector<std::string> &fixes);
/// Joins reasons with "; ".
std::string joinReasons(const std::vector<std::string> &reasons);

/// One step below s (info stays info): lesser cases of a rule report below its configured level.
Severity lowerSeverity(Severity s);

/// Catalog category of a kind, empty when unknown.
std::string_view categoryOf(const RuleContext &ctx, const Service &svc);

/// Relational databases and caches: clients hold credentials and they must never be public.
bool isDatabase(const KindSpec *spec);
/// Bastion hosts: authenticated administrative gateways.
bool isBastion(std::string_view kind);
/// Secrets Manager or Key Vault.
bool isSecretStore(std::string_view kind);
/// Load balancers, CDNs and API gateways: entry points that forward client traffic (not
/// bastions, VPN/ExpressRoute gateways, firewalls or App Service).
bool isFrontEntry(const KindSpec *spec);
/// Services that run code and so hold credentials for what they call.
bool isWorkload(const KindSpec *spec);

/// Zones a subnet-placed service spans, by its subnets; 0 when it lists none.
std::size_t subnetZones(const RuleContext &ctx, const Service &svc);
/// The distinct subnets a service is placed in (unknown ids skipped), cached per run.
std::span<const Subnet *const> subnetsOf(const RuleContext &ctx, const Service &svc);

/// Case-insensitive substring test.
bool containsNoCase(std::string_view text, std::string_view word);

} // namespace cw::rules
