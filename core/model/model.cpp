// SPDX-License-Identifier: MIT
#include "model/model.h"

#include <array>
#include <sstream>
#include <tuple>

namespace cw {
namespace {

template<typename E, std::size_t N> using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<Provider, 3> kProviders { { { Provider::Aws, "aws" }, { Provider::Azure, "azure" },
    { Provider::Gcp, "gcp" } } };
constexpr Names<AccountRole, 5> kRoles { { { AccountRole::Management, "management" },
    { AccountRole::Security, "security" }, { AccountRole::Network, "network" },
    { AccountRole::Shared, "shared" }, { AccountRole::Workload, "workload" } } };
constexpr Names<Environment, 4> kEnvs { { { Environment::Dev, "dev" },
    { Environment::Test, "test" }, { Environment::Staging, "staging" },
    { Environment::Prod, "prod" } } };
constexpr Names<Tier, 3> kTiers { { { Tier::Public, "public" }, { Tier::Private, "private" },
    { Tier::Isolated, "isolated" } } };
constexpr Names<ExternalKind, 3> kExternals { { { ExternalKind::Internet, "internet" },
    { ExternalKind::OnPremises, "on-premises" }, { ExternalKind::Saas, "saas" } } };
constexpr Names<LinkKind, 3> kLinks { { { LinkKind::Peering, "peering" },
    { LinkKind::TransitGateway, "transit-gateway" }, { LinkKind::Vpn, "vpn" } } };

template<typename E, std::size_t N> std::string_view nameOf(const Names<E, N> &names, E e)
{
    for (const auto &[v, s] : names)
        if (v == e)
            return s;
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const Names<E, N> &names, std::string_view text)
{
    for (const auto &[v, s] : names)
        if (s == text)
            return v;
    return std::nullopt;
}

template<typename E, std::size_t N> std::vector<std::string> allNames(const Names<E, N> &names)
{
    std::vector<std::string> out;
    for (const auto &[v, s] : names)
        out.emplace_back(s);
    return out;
}

} // namespace

std::string_view toString(Provider v)
{
    return nameOf(kProviders, v);
}
std::string_view toString(AccountRole v)
{
    return nameOf(kRoles, v);
}
std::string_view toString(Environment v)
{
    return nameOf(kEnvs, v);
}
std::string_view toString(Tier v)
{
    return nameOf(kTiers, v);
}
std::string_view toString(ExternalKind v)
{
    return nameOf(kExternals, v);
}
std::string_view toString(LinkKind v)
{
    return nameOf(kLinks, v);
}
std::optional<Provider> providerFromString(std::string_view s)
{
    return valueOf(kProviders, s);
}
std::optional<AccountRole> accountRoleFromString(std::string_view s)
{
    return valueOf(kRoles, s);
}
std::optional<Environment> environmentFromString(std::string_view s)
{
    return valueOf(kEnvs, s);
}
std::optional<Tier> tierFromString(std::string_view s)
{
    return valueOf(kTiers, s);
}
std::optional<ExternalKind> externalKindFromString(std::string_view s)
{
    return valueOf(kExternals, s);
}
std::optional<LinkKind> linkKindFromString(std::string_view s)
{
    return valueOf(kLinks, s);
}
std::vector<std::string> providerNames()
{
    return allNames(kProviders);
}
std::vector<std::string> accountRoleNames()
{
    return allNames(kRoles);
}
std::vector<std::string> environmentNames()
{
    return allNames(kEnvs);
}
std::vector<std::string> tierNames()
{
    return allNames(kTiers);
}
std::vector<std::string> externalKindNames()
{
    return allNames(kExternals);
}
std::vector<std::string> linkKindNames()
{
    return allNames(kLinks);
}

bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > 63 || id.front() == '-' || id.back() == '-')
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    return true;
}

std::string toDisplayString(const Value &v)
{
    struct Visitor
    {
        std::string operator()(bool b) const { return b ? "true" : "false"; }
        std::string operator()(std::int64_t i) const { return std::to_string(i); }
        std::string operator()(double d) const
        {
            std::ostringstream os;
            os << d;
            return os.str();
        }
        std::string operator()(const std::string &s) const { return s; }
        std::string operator()(const std::vector<std::string> &l) const
        {
            std::string out = "[";
            for (std::size_t i = 0; i < l.size(); ++i)
                out += (i ? ", " : "") + l[i];
            return out + "]";
        }
    };
    return std::visit(Visitor {}, v);
}

namespace {

// Tuples of the content fields; positions are deliberately left out.
auto key(const Subnet &s)
{
    return std::tie(s.id, s.name, s.tier, s.zone, s.cidr, s.ipv6Cidr, s.description);
}
auto key(const Service &s)
{
    return std::tie(s.id, s.name, s.kind, s.subnets, s.region, s.properties, s.tags, s.description);
}
auto key(const External &e)
{
    return std::tie(e.id, e.name, e.kind, e.cidrs, e.description);
}
auto key(const Connection &c)
{
    return std::tie(c.id, c.from, c.to, c.protocol, c.port, c.description);
}
auto key(const Link &l)
{
    return std::tie(l.id, l.kind, l.networks, l.description);
}
auto key(const Suppression &s)
{
    return std::tie(s.rule, s.target, s.reason, s.expires);
}

template<typename T> bool sameList(const std::vector<T> &a, const std::vector<T> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (key(a[i]) != key(b[i]))
            return false;
    return true;
}

bool sameNetworks(const std::vector<Network> &a, const std::vector<Network> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto &x = a[i];
        const auto &y = b[i];
        if (std::tie(x.id, x.name, x.region, x.cidrs, x.zones, x.description)
                != std::tie(y.id, y.name, y.region, y.cidrs, y.zones, y.description)
            || !sameList(x.subnets, y.subnets) || !sameList(x.services, y.services))
            return false;
    }
    return true;
}

} // namespace

bool sameContent(const Model &a, const Model &b)
{
    if (std::tie(a.formatVersion, a.name, a.description, a.rules)
            != std::tie(b.formatVersion, b.name, b.description, b.rules)
        || a.accounts.size() != b.accounts.size() || a.diagram.nodes != b.diagram.nodes)
        return false;
    for (std::size_t i = 0; i < a.accounts.size(); ++i) {
        const auto &x = a.accounts[i];
        const auto &y = b.accounts[i];
        if (std::tie(x.id, x.name, x.provider, x.role, x.environment, x.tags, x.description)
                != std::tie(y.id, y.name, y.provider, y.role, y.environment, y.tags, y.description)
            || !sameNetworks(x.networks, y.networks) || !sameList(x.services, y.services))
            return false;
    }
    return sameList(a.externals, b.externals) && sameList(a.connections, b.connections)
        && sameList(a.links, b.links) && sameList(a.suppressions, b.suppressions);
}

} // namespace cw
