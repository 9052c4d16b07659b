// SPDX-License-Identifier: MIT
// Tree -> Model: the document, accounts, networks, subnets, externals, connections, links,
// suppressions and the diagram.
#include "io/modelreader.h"
#include "io/text.h"

#include <cmath>

namespace cw::io {
namespace {

const std::vector<std::string> kTopKeys = { "cloudwright", "name", "description", "accounts",
    "externals", "connections", "links", "suppressions", "rules", "diagram" };
const std::vector<std::string> kAccountKeys = { "id", "name", "provider", "role", "environment",
    "description", "tags", "networks", "services" };
const std::vector<std::string> kNetworkKeys
    = { "id", "name", "region", "cidrs", "zones", "description", "subnets", "services" };
const std::vector<std::string> kSubnetKeys
    = { "id", "name", "tier", "zone", "cidr", "ipv6_cidr", "description" };
const std::vector<std::string> kExternalKeys = { "id", "name", "kind", "cidrs", "description" };
const std::vector<std::string> kConnectionKeys
    = { "id", "from", "to", "protocol", "port", "description" };
const std::vector<std::string> kLinkKeys = { "id", "kind", "networks", "description" };
const std::vector<std::string> kSuppressionKeys = { "rule", "target", "reason", "expires" };
const std::vector<std::string> kDiagramKeys = { "nodes" };
const std::vector<std::string> kRectKeys = { "x", "y", "w", "h" };

std::string named(std::string_view what, const std::string &id)
{
    return id.empty() ? std::string(what) : std::string(what) + " '" + id + "'";
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/// YYYY-MM-DD naming a real day.
bool isIsoDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    int parts[3] = { 0, 0, 0 };
    const std::size_t starts[3] = { 0, 5, 8 }, lengths[3] = { 4, 2, 2 };
    for (int p = 0; p < 3; ++p)
        for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            parts[p] = parts[p] * 10 + (s[i] - '0');
        }
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const int month = parts[1], day = parts[2];
    if (month < 1 || month > 12 || day < 1)
        return false;
    const int maxDay = days[month - 1] + (month == 2 && isLeapYear(parts[0]) ? 1 : 0);
    return day <= maxDay;
}

std::optional<std::string> protocolFromString(std::string_view s)
{
    for (std::string_view p : { "tcp", "udp", "http", "https", "icmp", "any" })
        if (s == p)
            return std::string(s);
    return std::nullopt;
}

const std::vector<std::string> kProtocols = { "tcp", "udp", "http", "https", "icmp", "any" };

} // namespace

template<typename T, typename ReadOne>
void ModelReader::readList(
    const Node *node, std::string_view key, std::vector<T> &out, ReadOne readOne)
{
    if (!node || node->isNull())
        return;
    if (!node->isSequence()) {
        wrongType(*node, "a list", key);
        return;
    }
    out.reserve(node->children.size());
    for (const Node &item : node->children) {
        if (item.bad)
            continue;
        if (!item.isMap()) {
            error(item.loc,
                "expected a map for each entry of " + quoteForMessage(key) + ", found "
                    + std::string(describe(item)));
            continue;
        }
        out.emplace_back();
        readOne(item, out.back());
    }
}

bool ModelReader::readTop(const Node &root, Model &model)
{
    if (!root.isMap()) {
        error(root.loc,
            "expected a map at the top of the document, found " + std::string(describe(root)));
        return false;
    }
    const Fields f(root, kTopKeys);
    const Node *version = f.get("cloudwright");
    if (!version) {
        if (!f.present("cloudwright"))
            error(root.loc,
                "missing required key 'cloudwright' (the format version: write "
                "'cloudwright: 1' first)");
    } else if (!version->isScalar() || version->tag != ScalarTag::Int) {
        wrongType(*version, "an integer", "cloudwright");
    } else if (!version->inRange || version->intValue != Model::kFormatVersion) {
        // A newer version may mean anything: report only this.
        error(version->loc,
            "unsupported format version " + sanitize(version->text)
                + ": this Cloudwright reads version " + std::to_string(Model::kFormatVersion));
        return false;
    }
    f.reportUnknown(m_errors, "the document");
    readString(f.get("name"), "name", model.name);
    readString(f.get("description"), "description", model.description);
    readList(f.get("accounts"), "accounts", model.accounts,
        [&](const Node &n, Account &a) { readAccount(n, a); });
    readList(f.get("externals"), "externals", model.externals,
        [&](const Node &n, External &e) { readExternal(n, e); });
    readList(f.get("connections"), "connections", model.connections,
        [&](const Node &n, Connection &c) { readConnection(n, c); });
    readList(f.get("links"), "links", model.links, [&](const Node &n, Link &l) { readLink(n, l); });
    readList(f.get("suppressions"), "suppressions", model.suppressions,
        [&](const Node &n, Suppression &s) { readSuppression(n, s); });
    if (const Node *rules = f.get("rules"))
        readRules(*rules, model.rules, "rules");
    if (const Node *diagram = f.get("diagram"))
        readDiagram(*diagram, model.diagram);
    return true;
}

void ModelReader::readAccount(const Node &node, Account &account)
{
    account.loc = node.loc;
    const Fields f(node, kAccountKeys);
    account.id = readId(f, IdKind::Account, true, "account");
    const std::string where = named("account", account.id);
    f.reportUnknown(m_errors, where);
    readString(f.get("name"), "name", account.name);
    m_providerKnown = false;
    if (const Node *provider = f.get("provider"); provider && !provider->isNull())
        m_providerKnown = readEnum(provider, "provider", "provider", providerFromString,
            providerNames(), account.provider);
    else if (provider || !f.present("provider"))
        error(provider ? provider->loc : node.loc,
            (provider ? "missing value for required key 'provider' in "
                      : "missing required key 'provider' in ")
                + where);
    readEnum(
        f.get("role"), "role", "role", accountRoleFromString, accountRoleNames(), account.role);
    readEnum(f.get("environment"), "environment", "environment", environmentFromString,
        environmentNames(), account.environment);
    readString(f.get("description"), "description", account.description);
    readTags(f.get("tags"), "tags", account.tags);
    readList(f.get("networks"), "networks", account.networks,
        [&](const Node &n, Network &net) { readNetwork(n, account, net); });
    readList(f.get("services"), "services", account.services,
        [&](const Node &n, Service &s) { readService(n, account, nullptr, s); });
}

void ModelReader::readNetwork(const Node &node, const Account &account, Network &network)
{
    network.loc = node.loc;
    const Fields f(node, kNetworkKeys);
    network.id = readId(f, IdKind::Network, true, "network");
    const std::string where = named("network", network.id);
    f.reportUnknown(m_errors, where);
    readString(f.get("name"), "name", network.name);
    readString(f.get("region"), "region", network.region);
    const Node *cidrs = f.get("cidrs");
    if (!cidrs && !f.present("cidrs"))
        error(node.loc, "missing required key 'cidrs' in " + where);
    else if (cidrs && readCidrList(cidrs, "cidrs", network.cidrs) && network.cidrs.empty())
        error(cidrs->loc, "'cidrs' of " + where + " needs at least one address block");
    readStringList(f.get("zones"), "zones", network.zones);
    readString(f.get("description"), "description", network.description);
    readList(f.get("subnets"), "subnets", network.subnets,
        [&](const Node &n, Subnet &s) { readSubnet(n, network, s); });
    readList(f.get("services"), "services", network.services,
        [&](const Node &n, Service &s) { readService(n, account, &network, s); });
}

void ModelReader::readSubnet(const Node &node, const Network &network, Subnet &subnet)
{
    subnet.loc = node.loc;
    const Fields f(node, kSubnetKeys);
    subnet.id = readId(f, IdKind::Subnet, true, "subnet", network.id);
    const std::string where = named("subnet", subnet.id);
    f.reportUnknown(m_errors, where);
    readString(f.get("name"), "name", subnet.name);
    std::string tier;
    if (readRequiredString(f, "tier", tier, where))
        readEnum(f.get("tier"), "tier", "tier", tierFromString, tierNames(), subnet.tier);
    readRequiredString(f, "zone", subnet.zone, where);
    if (readRequiredString(f, "cidr", subnet.cidr, where))
        readCidr(*f.get("cidr"), "cidr", false);
    if (const Node *v6 = f.get("ipv6_cidr");
        readString(v6, "ipv6_cidr", subnet.ipv6Cidr) && !subnet.ipv6Cidr.empty())
        readCidr(*v6, "ipv6_cidr", true);
    readString(f.get("description"), "description", subnet.description);
}

void ModelReader::readExternal(const Node &node, External &external)
{
    external.loc = node.loc;
    const Fields f(node, kExternalKeys);
    external.id = readId(f, IdKind::External, true, "external");
    const std::string where = named("external", external.id);
    f.reportUnknown(m_errors, where);
    readString(f.get("name"), "name", external.name);
    std::string kind;
    if (readRequiredString(f, "kind", kind, where)
        && readEnum(f.get("kind"), "kind", "external kind", externalKindFromString,
            externalKindNames(), external.kind)) {
        // VPN links may join on-premises externals: remember the kind with the id.
        const auto it = m_ids.find(external.id);
        if (it != m_ids.end() && it->second.kind == IdKind::External && f.get("id")
            && it->second.loc == f.get("id")->loc)
            it->second.externalKind = external.kind;
    }
    readCidrList(f.get("cidrs"), "cidrs", external.cidrs);
    readString(f.get("description"), "description", external.description);
}

void ModelReader::readConnection(const Node &node, Connection &connection)
{
    connection.loc = node.loc;
    const Fields f(node, kConnectionKeys);
    connection.id = readId(f, IdKind::Connection, false, "connection");
    const std::string where = named("connection", connection.id);
    f.reportUnknown(m_errors, where);
    for (const char *end : { "from", "to" }) {
        std::string &target = std::string_view(end) == "from" ? connection.from : connection.to;
        if (readRequiredString(f, end, target, where))
            reference(RefKind::ConnectionEnd, target, f.get(end)->loc, end, where);
    }
    readEnum(f.get("protocol"), "protocol", "protocol", protocolFromString, kProtocols,
        connection.protocol);
    std::int64_t port = 0;
    if (const Node *p = f.get("port"); readInt(p, "port", port)) {
        if (port < 0 || port > 65535)
            error(p->loc, "port " + std::to_string(port) + " is out of range (0-65535)");
        else
            connection.port = static_cast<int>(port);
    }
    readString(f.get("description"), "description", connection.description);
}

void ModelReader::readLink(const Node &node, Link &link)
{
    link.loc = node.loc;
    const Fields f(node, kLinkKeys);
    link.id = readId(f, IdKind::Link, false, "link");
    const std::string where = named("link", link.id);
    f.reportUnknown(m_errors, where);
    std::string kind;
    const bool kindOk = readRequiredString(f, "kind", kind, where)
        && readEnum(
            f.get("kind"), "kind", "link kind", linkKindFromString, linkKindNames(), link.kind);
    const Node *networks = f.get("networks");
    if (!networks && !f.present("networks"))
        error(node.loc, "missing required key 'networks' in " + where);
    else if (networks && readStringList(networks, "networks", link.networks)) {
        if (link.networks.size() < 2 && networks->isSequence())
            error(networks->loc, "a link joins at least two networks");
        for (const Node &item : networks->children)
            if (!item.bad && item.isString())
                reference(RefKind::LinkNetwork, item.text, item.loc, {}, where,
                    kindOk && link.kind == LinkKind::Vpn);
    }
    readString(f.get("description"), "description", link.description);
}

void ModelReader::readSuppression(const Node &node, Suppression &suppression)
{
    suppression.loc = node.loc;
    const Fields f(node, kSuppressionKeys);
    f.reportUnknown(m_errors, "suppression");
    if (readRequiredString(f, "rule", suppression.rule, "suppression") && suppression.rule.empty())
        error(f.get("rule")->loc, "'rule' of a suppression must not be empty");
    if (const Node *target = f.get("target");
        readString(target, "target", suppression.target) && !suppression.target.empty())
        reference(RefKind::SuppressionTarget, suppression.target, target->loc, {}, "suppression");
    if (readRequiredString(f, "reason", suppression.reason, "suppression")
        && suppression.reason.empty())
        error(f.get("reason")->loc,
            "'reason' of a suppression must not be empty: say why the finding is accepted");
    if (const Node *expires = f.get("expires"); readString(expires, "expires", suppression.expires)
        && !suppression.expires.empty() && !isIsoDate(suppression.expires))
        error(expires->loc,
            "invalid date " + quoteForMessage(suppression.expires)
                + " for 'expires' (expected YYYY-MM-DD)");
}

void ModelReader::readDiagram(const Node &node, Diagram &diagram)
{
    diagram.loc = node.loc;
    if (node.isNull())
        return;
    if (!node.isMap()) {
        wrongType(node, "a map", "diagram");
        return;
    }
    const Fields f(node, kDiagramKeys);
    f.reportUnknown(m_errors, "diagram");
    const Node *nodes = f.get("nodes");
    if (!nodes || nodes->isNull())
        return;
    if (!nodes->isMap()) {
        wrongType(*nodes, "a map", "nodes");
        return;
    }
    for (const Node &entry : nodes->children) {
        if (entry.bad)
            continue;
        // Built only when needed: diagrams can hold many thousands of nodes.
        auto where = [&] { return "diagram node " + quoteForMessage(entry.key); };
        reference(RefKind::DiagramNode, entry.key, entry.keyLoc, {}, {});
        if (!entry.isMap()) {
            wrongType(entry, "a map with x, y, w, h", entry.key);
            continue;
        }
        const Fields r(entry, kRectKeys);
        if (r.hasUnknown())
            r.reportUnknown(m_errors, where());
        Rect rect;
        double *values[] = { &rect.x, &rect.y, &rect.w, &rect.h };
        for (std::size_t i = 0; i < kRectKeys.size(); ++i) {
            const Node *v = r.get(kRectKeys[i]);
            if (!v && i < 2 && !r.present(kRectKeys[i]))
                error(entry.loc, "missing required key '" + kRectKeys[i] + "' in " + where());
            if (!readNumber(v, kRectKeys[i], *values[i]))
                continue;
            // The canvas and the pictures work in these bounds; beyond them a rect is a typo.
            const double limit = i < 2 ? 1e7 : 1e6;
            if (i >= 2 && *values[i] < 0)
                error(v->loc, "'" + kRectKeys[i] + "' of " + where() + " must not be negative");
            else if (!std::isfinite(*values[i]) || std::abs(*values[i]) > limit)
                error(v->loc,
                    "'" + kRectKeys[i] + "' of " + where() + " must be a number within "
                        + (i < 2 ? "-10000000 and 10000000" : "0 and 1000000"));
        }
        diagram.nodes[entry.key] = rect;
    }
}

} // namespace cw::io
