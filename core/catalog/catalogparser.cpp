// SPDX-License-Identifier: MIT
// Catalog::fromYaml: strict reading of catalog.yaml. Every problem is reported with the line and
// column of the offending node so a bad edit to the catalog reads like a compiler error.
#include "catalog/catalog.h"

#include <algorithm>
#include <charconv>
#include <regex>
#include <set>
#include <stdexcept>
#include <yaml-cpp/yaml.h>

namespace cw {

namespace {

constexpr int kFormatVersion = 1;

const std::vector<std::string> kCategories = { "networking", "compute", "containers", "database",
    "storage", "integration", "security", "edge", "observability", "management" };

[[noreturn]] void fail(const YAML::Mark &m, const std::string &msg)
{
    if (m.is_null())
        throw std::runtime_error("catalog.yaml: error: " + msg);
    throw std::runtime_error("catalog.yaml:" + std::to_string(m.line + 1) + ":"
        + std::to_string(m.column + 1) + ": error: " + msg);
}

[[noreturn]] void fail(const YAML::Node &n, const std::string &msg)
{
    fail(n.Mark(), msg);
}

std::string joined(const std::vector<std::string> &items)
{
    std::string out;
    for (const auto &s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

/// Checks that every key of a mapping is a known, unique plain name.
void checkKeys(const YAML::Node &map, const std::vector<std::string> &known, std::string_view what)
{
    std::set<std::string> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar())
            fail(key, "keys of " + std::string(what) + " must be plain names");
        const std::string &k = key.Scalar();
        if (std::find(known.begin(), known.end(), k) == known.end())
            fail(key,
                "unknown key '" + k + "' in " + std::string(what)
                    + "; expected one of: " + joined(known));
        if (!seen.insert(k).second)
            fail(key, "duplicate key '" + k + "' in " + std::string(what));
    }
}

YAML::Node requireMap(const YAML::Node &n, std::string_view what)
{
    if (!n.IsMap())
        fail(n, std::string(what) + " must be a mapping");
    return n;
}

std::string scalarText(const YAML::Node &n, std::string_view what)
{
    if (!n.IsScalar())
        fail(n, std::string(what) + " must be a single value");
    return n.Scalar();
}

std::string requiredText(const YAML::Node &parent, const char *key, std::string_view what)
{
    const YAML::Node n = parent[key];
    if (!n)
        fail(parent, std::string(what) + " has no '" + key + "'");
    std::string s = scalarText(n, std::string(what) + " '" + key + "'");
    if (s.empty())
        fail(n, std::string(what) + " '" + key + "' must not be empty");
    return s;
}

bool boolOf(const YAML::Node &n, std::string_view what)
{
    const std::string s = scalarText(n, what);
    if (s == "true")
        return true;
    if (s == "false")
        return false;
    fail(n, std::string(what) + " must be true or false, not '" + s + "'");
}

std::optional<std::int64_t> parseInt(const std::string &s)
{
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}

std::optional<double> parseNumber(const std::string &s)
{
    double v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}

std::int64_t intOf(const YAML::Node &n, std::string_view what)
{
    const std::string s = scalarText(n, what);
    auto v = parseInt(s);
    if (!v)
        fail(n, std::string(what) + " must be an integer, not '" + s + "'");
    return *v;
}

double numberOf(const YAML::Node &n, std::string_view what)
{
    const std::string s = scalarText(n, what);
    auto v = parseNumber(s);
    if (!v)
        fail(n, std::string(what) + " must be a number, not '" + s + "'");
    return *v;
}

std::vector<std::string> stringList(const YAML::Node &n, std::string_view what)
{
    if (!n.IsSequence())
        fail(n, std::string(what) + " must be a list");
    std::vector<std::string> out;
    for (const auto &item : n)
        out.push_back(scalarText(item, std::string(what) + " items"));
    return out;
}

std::optional<PropertyType> typeFromString(std::string_view s)
{
    for (auto t : { PropertyType::String, PropertyType::Int, PropertyType::Number,
             PropertyType::Bool, PropertyType::Enum, PropertyType::List })
        if (toString(t) == s)
            return t;
    return std::nullopt;
}

std::optional<Placement> placementFromString(std::string_view s)
{
    for (auto p : { Placement::PublicSubnet, Placement::PrivateSubnet, Placement::IsolatedSubnet,
             Placement::Network, Placement::Region, Placement::Global })
        if (toString(p) == s)
            return p;
    return std::nullopt;
}

/// Reads a default value as the property's type says, so "1.31" stays a string for a string.
Value valueOf(const YAML::Node &n, PropertyType type, std::string_view what)
{
    switch (type) {
    case PropertyType::String:
    case PropertyType::Enum:
        return scalarText(n, what);
    case PropertyType::Bool:
        return boolOf(n, what);
    case PropertyType::Int:
        return intOf(n, what);
    case PropertyType::Number: {
        const std::string s = scalarText(n, what);
        if (auto i = parseInt(s))
            return *i;
        return numberOf(n, what);
    }
    case PropertyType::List:
        return stringList(n, what);
    }
    return scalarText(n, what);
}

PropertySpec readProperty(const YAML::Node &key, const YAML::Node &node, const std::string &kind)
{
    PropertySpec p;
    p.name = key.Scalar();
    static const std::regex snake("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    if (!std::regex_match(p.name, snake))
        fail(key, "property name '" + p.name + "' of " + kind + " must be snake_case");
    const std::string what = "property " + kind + "." + p.name;
    requireMap(node, what);
    checkKeys(node, { "type", "default", "allowed", "min", "max", "doc" }, what);

    const std::string typeText = requiredText(node, "type", what);
    auto type = typeFromString(typeText);
    if (!type)
        fail(node["type"],
            what + ": unknown type '" + typeText
                + "'; expected one of: string, int, number, bool, enum, list");
    p.type = *type;
    p.doc = requiredText(node, "doc", what);

    if (const YAML::Node allowed = node["allowed"]) {
        if (p.type != PropertyType::Enum && p.type != PropertyType::List
            && p.type != PropertyType::Int)
            fail(allowed, what + ": 'allowed' applies to enum, int and list properties only");
        p.allowed = stringList(allowed, what + " 'allowed'");
        if (p.allowed.empty())
            fail(allowed, what + ": 'allowed' must not be empty");
        std::set<std::string> seen;
        for (std::size_t i = 0; i < p.allowed.size(); ++i) {
            if (p.type == PropertyType::Int) {
                // Stored in canonical form so checkValue can compare text: "07" -> "7".
                auto v = parseInt(p.allowed[i]);
                if (!v)
                    fail(allowed[i],
                        what + ": allowed value '" + p.allowed[i] + "' is not an integer");
                p.allowed[i] = std::to_string(*v);
            }
            if (!seen.insert(p.allowed[i]).second)
                fail(allowed[i], what + ": '" + p.allowed[i] + "' is listed twice in 'allowed'");
        }
    } else if (p.type == PropertyType::Enum) {
        fail(node, what + ": an enum needs 'allowed' values");
    }

    for (const char *bound : { "min", "max" }) {
        const YAML::Node b = node[bound];
        if (!b)
            continue;
        if (p.type != PropertyType::Int && p.type != PropertyType::Number)
            fail(b, what + ": '" + bound + "' applies to int and number properties only");
        const double v = p.type == PropertyType::Int
            ? static_cast<double>(intOf(b, what + " '" + bound + "'"))
            : numberOf(b, what + " '" + bound + "'");
        (std::string_view(bound) == "min" ? p.min : p.max) = v;
    }
    if (p.min && p.max && *p.min > *p.max)
        fail(node["max"], what + ": 'max' is below 'min'");

    if (const YAML::Node d = node["default"]) {
        Value v = valueOf(d, p.type, what + " default");
        if (std::string reason = checkValue(p, v); !reason.empty())
            fail(d, what + ": bad default: " + reason);
        p.defaultValue = std::move(v);
    }
    return p;
}

void readSubnetFacts(const YAML::Node &node, KindSpec &k)
{
    if (const YAML::Node n = node["subnet_name"])
        k.subnetName = scalarText(n, k.kind + " 'subnet_name'");
    if (const YAML::Node n = node["delegation"])
        k.delegation = scalarText(n, k.kind + " 'delegation'");
    if (const YAML::Node n = node["dedicated_subnet"])
        k.dedicatedSubnet = boolOf(n, k.kind + " 'dedicated_subnet'");
    if (const YAML::Node n = node["max_subnet_prefix"]) {
        const auto v = intOf(n, k.kind + " 'max_subnet_prefix'");
        if (v < 1 || v > 32)
            fail(n, k.kind + " 'max_subnet_prefix' must be 1..32");
        k.maxSubnetPrefix = static_cast<int>(v);
    }
    const bool inSubnets = std::any_of(k.placements.begin(), k.placements.end(), [](Placement p) {
        return p == Placement::PublicSubnet || p == Placement::PrivateSubnet
            || p == Placement::IsolatedSubnet;
    });
    if (!inSubnets
        && (!k.subnetName.empty() || !k.delegation.empty() || k.dedicatedSubnet || k.maxSubnetPrefix
            || k.minZones))
        fail(node, k.kind + ": subnet requirements need a subnet placement");
}

KindSpec readKind(const YAML::Node &key, const YAML::Node &node)
{
    KindSpec k;
    k.kind = key.Scalar();
    static const std::regex idSyntax("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");
    if (!std::regex_match(k.kind, idSyntax))
        fail(key, "kind id '" + k.kind + "' must be <provider>.<service> in lowercase kebab-case");
    requireMap(node, "kind " + k.kind);
    checkKeys(node,
        { "provider", "category", "label", "icon", "doc", "placements", "min_zones", "data_store",
            "entry_point", "zone_redundant", "subnet_name", "delegation", "dedicated_subnet",
            "max_subnet_prefix", "properties" },
        "kind " + k.kind);

    const std::string provider = requiredText(node, "provider", k.kind);
    auto prov = providerFromString(provider);
    if (!prov)
        fail(node["provider"],
            k.kind + ": unknown provider '" + provider
                + "'; expected one of: " + joined(providerNames()));
    if (k.kind.substr(0, k.kind.find('.')) != provider)
        fail(key, "kind id '" + k.kind + "' must start with its provider '" + provider + ".'");
    k.provider = *prov;

    k.category = requiredText(node, "category", k.kind);
    if (std::find(kCategories.begin(), kCategories.end(), k.category) == kCategories.end())
        fail(node["category"],
            k.kind + ": unknown category '" + k.category
                + "'; expected one of: " + joined(kCategories));
    k.label = requiredText(node, "label", k.kind);
    k.icon = requiredText(node, "icon", k.kind);
    static const std::regex iconSyntax("[a-z0-9]+(-[a-z0-9]+)*");
    if (!std::regex_match(k.icon, iconSyntax))
        fail(node["icon"], k.kind + ": icon '" + k.icon + "' must be a lowercase kebab-case stem");
    k.doc = requiredText(node, "doc", k.kind);

    const YAML::Node placements = node["placements"];
    if (!placements)
        fail(node, k.kind + " has no 'placements'");
    const auto names = stringList(placements, k.kind + " 'placements'");
    if (names.empty())
        fail(placements, k.kind + " needs at least one placement");
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto p = placementFromString(names[i]);
        if (!p)
            fail(placements[i],
                k.kind + ": unknown placement '" + names[i]
                    + "'; expected one of: public-subnet, private-subnet, "
                      "isolated-subnet, network, region, global");
        if (std::find(k.placements.begin(), k.placements.end(), *p) != k.placements.end())
            fail(placements[i], k.kind + ": placement '" + names[i] + "' is listed twice");
        k.placements.push_back(*p);
    }

    if (const YAML::Node n = node["min_zones"]) {
        const auto v = intOf(n, k.kind + " 'min_zones'");
        if (v < 0 || v > 6)
            fail(n, k.kind + " 'min_zones' must be 0..6");
        k.minZones = static_cast<int>(v);
    }
    if (const YAML::Node n = node["data_store"])
        k.dataStore = boolOf(n, k.kind + " 'data_store'");
    if (const YAML::Node n = node["entry_point"])
        k.entryPoint = boolOf(n, k.kind + " 'entry_point'");
    if (const YAML::Node n = node["zone_redundant"])
        k.zoneRedundant = boolOf(n, k.kind + " 'zone_redundant'");
    readSubnetFacts(node, k);

    if (const YAML::Node props = node["properties"]) {
        if (!props.IsMap() && !(props.IsSequence() && props.size() == 0))
            fail(props, k.kind + " 'properties' must be a mapping of name to property");
        if (props.IsMap()) {
            std::set<std::string> seen;
            for (auto it = props.begin(); it != props.end(); ++it) {
                if (!it->first.IsScalar())
                    fail(it->first, k.kind + ": property names must be plain names");
                if (!seen.insert(it->first.Scalar()).second)
                    fail(it->first, k.kind + ": duplicate property '" + it->first.Scalar() + "'");
                k.properties.push_back(readProperty(it->first, it->second, k.kind));
            }
        }
    }
    return k;
}

} // namespace

Catalog Catalog::fromYaml(std::string_view text)
{
    YAML::Node root;
    try {
        root = YAML::Load(std::string(text));
    } catch (const YAML::ParserException &e) {
        fail(e.mark, e.msg);
    }
    if (!root.IsMap())
        fail(root, "a catalog must be a mapping with 'catalog' and 'kinds'");
    checkKeys(root, { "catalog", "kinds" }, "the catalog");
    const YAML::Node version = root["catalog"];
    if (!version)
        fail(root, "the catalog has no 'catalog' format version");
    if (intOf(version, "'catalog'") != kFormatVersion)
        fail(version,
            "unsupported catalog format version; expected " + std::to_string(kFormatVersion));
    const YAML::Node kinds = root["kinds"];
    if (!kinds)
        fail(root, "the catalog has no 'kinds'");
    requireMap(kinds, "'kinds'");

    Catalog c;
    std::set<std::string> seen;
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        if (!it->first.IsScalar())
            fail(it->first, "kind ids must be plain names");
        if (!seen.insert(it->first.Scalar()).second)
            fail(it->first, "duplicate kind '" + it->first.Scalar() + "'");
        c.m_kinds.push_back(readKind(it->first, it->second));
    }
    std::sort(c.m_kinds.begin(), c.m_kinds.end(),
        [](const KindSpec &a, const KindSpec &b) { return a.kind < b.kind; });
    for (std::size_t i = 0; i < c.m_kinds.size(); ++i)
        c.m_byKind.emplace(c.m_kinds[i].kind, i);
    return c;
}

} // namespace cw
