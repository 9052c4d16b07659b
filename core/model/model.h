// SPDX-License-Identifier: MIT
#pragma once

#include "model/sourceloc.h"
#include "model/value.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

/// The Cloudwright architecture model: plain typed structs, no Qt, no behaviour beyond helpers.
/// Every element keeps the position it was loaded from so findings read like compiler messages.
namespace cw {

enum class Provider { Aws, Azure, Gcp };
enum class AccountRole { Management, Security, Network, Shared, Workload };
enum class Environment { Dev, Test, Staging, Prod };
enum class Tier { Public, Private, Isolated };
enum class ExternalKind { Internet, OnPremises, Saas };
enum class LinkKind { Peering, TransitGateway, Vpn };

/// Key/value tags copied to every resource an exporter writes.
using Tags = std::map<std::string, std::string>;

/// A subnet: one zone, one IPv4 block and optionally one IPv6 block.
struct Subnet
{
    std::string id;
    std::string name; ///< provider name; may differ from id (Azure's "GatewaySubnet")
    Tier tier = Tier::Private;
    std::string zone;
    std::string cidr;
    std::string ipv6Cidr; ///< empty when the subnet is IPv4 only
    std::string description;
    SourceLoc loc;
};

/// A service of a catalog kind, placed in subnets, in a network, in a region or globally.
struct Service
{
    std::string id;
    std::string name;
    std::string kind; ///< catalog key, e.g. "aws.alb"
    std::vector<std::string> subnets; ///< subnet ids; empty = network-wide / regional / global
    std::string region; ///< account-level services: region, empty = global
    Properties properties; ///< catalog-typed values, sorted by key
    Tags tags;
    std::string description;
    SourceLoc loc;
};

/// An AWS VPC or Azure VNet.
struct Network
{
    std::string id;
    std::string name;
    std::string region;
    std::vector<std::string> cidrs; ///< primary first; IPv4 and IPv6 blocks
    std::vector<std::string> zones;
    std::vector<Subnet> subnets;
    std::vector<Service> services;
    std::string description;
    SourceLoc loc;
};

/// An AWS account or Azure subscription.
struct Account
{
    std::string id;
    std::string name;
    Provider provider = Provider::Aws;
    AccountRole role = AccountRole::Workload;
    Environment environment = Environment::Prod;
    std::vector<Network> networks;
    std::vector<Service> services; ///< regional or global services outside any network
    Tags tags;
    std::string description;
    SourceLoc loc;
};

/// Something outside the design: the internet, users, on-premises networks, SaaS.
struct External
{
    std::string id;
    std::string name;
    ExternalKind kind = ExternalKind::Internet;
    std::vector<std::string> cidrs; ///< on-premises address space, for overlap checks
    std::string description;
    SourceLoc loc;
};

/// Traffic from one element to another; security rules derive from these.
struct Connection
{
    std::string id; ///< optional
    std::string from;
    std::string to;
    std::string protocol; ///< tcp | udp | http | https | icmp | any
    int port = 0; ///< 0 = not applicable (icmp, any)
    std::string description;
    SourceLoc loc;
};

/// A network-to-network link: peering, transit gateway attachment set, or VPN.
struct Link
{
    std::string id; ///< optional
    LinkKind kind = LinkKind::Peering;
    std::vector<std::string> networks; ///< network ids (and on-premises externals for VPN)
    std::string description;
    SourceLoc loc;
};

/// A waiver: the rule's findings on target are accepted, for a reason, maybe until a date.
struct Suppression
{
    std::string rule;
    std::string target;
    std::string reason;
    std::string expires; ///< ISO date YYYY-MM-DD, empty = never
    SourceLoc loc;
};

/// Rule choices made in a document's `rules:` section or a project file, as written; the rules
/// engine validates them against its registry (unknown ids, levels, options are errors there).
struct RuleSettings
{
    struct Entry
    {
        std::string key; ///< rule id, or "<ID>.<option>" for options
        std::string value; ///< severity name or option value as written; empty for disable
        SourceLoc loc;
        bool operator==(const Entry &o) const { return key == o.key && value == o.value; }
    };
    std::vector<Entry> disable;
    std::vector<Entry> severity;
    std::vector<Entry> options;
    bool empty() const { return disable.empty() && severity.empty() && options.empty(); }
    bool operator==(const RuleSettings &) const = default;
};

/// Geometry of one diagram node, in scene units.
struct Rect
{
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;
    bool operator==(const Rect &) const = default;
};

/// Diagram geometry, kept apart from the semantics so diffs stay readable.
struct Diagram
{
    std::map<std::string, Rect> nodes;
    SourceLoc loc;
};

/// A whole document.
struct Model
{
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    std::string name;
    std::string description;
    std::vector<Account> accounts;
    std::vector<External> externals;
    std::vector<Connection> connections;
    std::vector<Link> links;
    std::vector<Suppression> suppressions;
    RuleSettings rules;
    Diagram diagram;
    std::string sourceFile; ///< path it was loaded from; not saved
};

// Enum <-> text, as written in files. fromString returns nullopt for unknown text.
std::string_view toString(Provider);
std::string_view toString(AccountRole);
std::string_view toString(Environment);
std::string_view toString(Tier);
std::string_view toString(ExternalKind);
std::string_view toString(LinkKind);
std::optional<Provider> providerFromString(std::string_view);
std::optional<AccountRole> accountRoleFromString(std::string_view);
std::optional<Environment> environmentFromString(std::string_view);
std::optional<Tier> tierFromString(std::string_view);
std::optional<ExternalKind> externalKindFromString(std::string_view);
std::optional<LinkKind> linkKindFromString(std::string_view);

/// All spellings accepted by the fromString functions, for messages and did-you-mean.
std::vector<std::string> providerNames();
std::vector<std::string> accountRoleNames();
std::vector<std::string> environmentNames();
std::vector<std::string> tierNames();
std::vector<std::string> externalKindNames();
std::vector<std::string> linkKindNames();

/// True when id matches [a-z0-9]([a-z0-9-]*[a-z0-9])? and is at most 63 characters.
bool isValidId(std::string_view id);

/// Field-by-field equality, ignoring source positions and sourceFile.
bool sameContent(const Model &a, const Model &b);

} // namespace cw
