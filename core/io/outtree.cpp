// SPDX-License-Identifier: MIT
#include "io/outtree.h"

#include <charconv>
#include <cmath>

namespace cw::io {
namespace {

OutNode entry(std::string_view key, OutNode::Kind kind, std::string_view text = {})
{
    OutNode n;
    n.kind = kind;
    n.key = key;
    n.text = text;
    return n;
}

/// Builder for one map, keeping the canonical key order and skipping empty values.
class MapBuilder
{
public:
    explicit MapBuilder(OutNode &node, bool element = false)
        : m_node(node)
    {
        m_node.kind = OutNode::Kind::Map;
        m_node.element = element;
        m_node.children.reserve(9); // no element has more than nine keys
    }

    void string(const char *key, std::string_view value, bool always = false)
    {
        if (always || !value.empty())
            m_node.children.push_back(entry(key, OutNode::Kind::String, value));
    }
    void integer(const char *key, std::int64_t value)
    {
        OutNode n = entry(key, OutNode::Kind::Int);
        n.integer = value;
        m_node.children.push_back(std::move(n));
    }
    void number(const char *key, double value)
    {
        OutNode n = entry(key, OutNode::Kind::Float);
        n.number = value;
        m_node.children.push_back(std::move(n));
    }
    void strings(const char *key, const std::vector<std::string> &values, bool always = false)
    {
        if (values.empty() && !always)
            return;
        OutNode list = entry(key, OutNode::Kind::Sequence);
        for (const auto &v : values)
            list.children.push_back(entry({}, OutNode::Kind::String, v));
        m_node.children.push_back(std::move(list));
    }
    void tags(const char *key, const Tags &tags)
    {
        if (tags.empty())
            return;
        OutNode map = entry(key, OutNode::Kind::Map);
        for (const auto &[k, v] : tags)
            map.children.push_back(entry(k, OutNode::Kind::String, v));
        m_node.children.push_back(std::move(map));
    }
    /// A list of elements, each built by fill(element, OutNode&).
    template<typename T, typename Fill>
    void list(const char *key, const std::vector<T> &items, Fill fill)
    {
        if (items.empty())
            return;
        OutNode list = entry(key, OutNode::Kind::Sequence);
        list.children.resize(items.size());
        for (std::size_t i = 0; i < items.size(); ++i)
            fill(items[i], list.children[i]);
        m_node.children.push_back(std::move(list));
    }
    OutNode &child(const char *key)
    {
        m_node.children.push_back(entry(key, OutNode::Kind::Map));
        return m_node.children.back();
    }

private:
    OutNode &m_node;
};

OutNode value(const std::string &key, const Value &v)
{
    struct Visitor
    {
        const std::string &key;
        OutNode operator()(bool b) const
        {
            OutNode n = entry(key, OutNode::Kind::Bool);
            n.boolean = b;
            return n;
        }
        OutNode operator()(std::int64_t i) const
        {
            OutNode n = entry(key, OutNode::Kind::Int);
            n.integer = i;
            return n;
        }
        OutNode operator()(double d) const
        {
            OutNode n = entry(key, OutNode::Kind::Float);
            n.number = d;
            return n;
        }
        OutNode operator()(const std::string &s) const
        {
            return entry(key, OutNode::Kind::String, s);
        }
        OutNode operator()(const std::vector<std::string> &l) const
        {
            OutNode n = entry(key, OutNode::Kind::Sequence);
            for (const auto &s : l)
                n.children.push_back(entry({}, OutNode::Kind::String, s));
            return n;
        }
    };
    return std::visit(Visitor { key }, v);
}

void fillSubnet(const Subnet &s, OutNode &out)
{
    MapBuilder m(out, true);
    m.string("id", s.id, true);
    m.string("name", s.name);
    m.string("tier", toString(s.tier), true);
    m.string("zone", s.zone, true);
    m.string("cidr", s.cidr, true);
    m.string("ipv6_cidr", s.ipv6Cidr);
    m.string("description", s.description);
}

void fillService(const Service &s, OutNode &out)
{
    MapBuilder m(out, true);
    m.string("id", s.id, true);
    m.string("name", s.name);
    m.string("kind", s.kind, true);
    m.strings("subnets", s.subnets);
    m.string("region", s.region);
    if (!s.properties.empty()) {
        OutNode &props = m.child("properties");
        for (const auto &[k, p] : s.properties)
            props.children.push_back(value(k, p.value));
    }
    m.tags("tags", s.tags);
    m.string("description", s.description);
}

void fillNetwork(const Network &n, OutNode &out)
{
    MapBuilder m(out);
    m.string("id", n.id, true);
    m.string("name", n.name);
    m.string("region", n.region);
    m.strings("cidrs", n.cidrs, true);
    m.strings("zones", n.zones);
    m.string("description", n.description);
    m.list("subnets", n.subnets, fillSubnet);
    m.list("services", n.services, fillService);
}

void fillAccount(const Account &a, OutNode &out)
{
    MapBuilder m(out);
    m.string("id", a.id, true);
    m.string("name", a.name);
    m.string("provider", toString(a.provider), true);
    if (a.role != AccountRole::Workload)
        m.string("role", toString(a.role));
    if (a.environment != Environment::Prod)
        m.string("environment", toString(a.environment));
    m.string("description", a.description);
    m.tags("tags", a.tags);
    m.list("networks", a.networks, fillNetwork);
    m.list("services", a.services, fillService);
}

void fillExternal(const External &e, OutNode &out)
{
    MapBuilder m(out, true);
    m.string("id", e.id, true);
    m.string("name", e.name);
    m.string("kind", toString(e.kind), true);
    m.strings("cidrs", e.cidrs);
    m.string("description", e.description);
}

void fillConnection(const Connection &c, OutNode &out)
{
    MapBuilder m(out, true);
    m.string("id", c.id);
    m.string("from", c.from, true);
    m.string("to", c.to, true);
    m.string("protocol", c.protocol);
    if (c.port != 0)
        m.integer("port", c.port);
    m.string("description", c.description);
}

void fillLink(const Link &l, OutNode &out)
{
    MapBuilder m(out, true);
    m.string("id", l.id);
    m.string("kind", toString(l.kind), true);
    m.strings("networks", l.networks, true);
    m.string("description", l.description);
}

void fillSuppression(const Suppression &s, OutNode &out)
{
    MapBuilder m(out, true);
    m.string("rule", s.rule, true);
    m.string("target", s.target);
    m.string("reason", s.reason, true);
    m.string("expires", s.expires);
}

} // namespace

bool OutNode::isFlat() const
{
    for (const OutNode &c : children) {
        if (c.kind == Kind::Map)
            return false;
        if (c.kind == Kind::Sequence)
            for (const OutNode &item : c.children)
                if (!item.isScalar())
                    return false;
    }
    return true;
}

std::string formatNumber(double value)
{
    if (value == 0)
        return "0"; // also -0: it reads back as the integer 0
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

OutNode rulesTree(std::string_view key, const RuleSettings &rules)
{
    OutNode node = entry(key, OutNode::Kind::Map);
    if (!rules.disable.empty()) {
        OutNode list = entry("disable", OutNode::Kind::Sequence);
        for (const auto &e : rules.disable)
            list.children.push_back(entry({}, OutNode::Kind::String, e.key));
        node.children.push_back(std::move(list));
    }
    if (!rules.severity.empty()) {
        OutNode map = entry("severity", OutNode::Kind::Map);
        for (const auto &e : rules.severity)
            map.children.push_back(entry(e.key, OutNode::Kind::String, e.value));
        node.children.push_back(std::move(map));
    }
    if (!rules.options.empty()) {
        OutNode map = entry("options", OutNode::Kind::Map);
        for (const auto &e : rules.options) {
            OutNode n = entry(e.key, OutNode::Kind::Float);
            double v = 0;
            std::from_chars(e.value.data(), e.value.data() + e.value.size(), v);
            n.number = v;
            map.children.push_back(std::move(n));
        }
        node.children.push_back(std::move(map));
    }
    return node;
}

OutNode toOutTree(const Model &model)
{
    OutNode root;
    MapBuilder m(root);
    m.integer("cloudwright", Model::kFormatVersion);
    m.string("name", model.name);
    m.string("description", model.description);
    m.list("accounts", model.accounts, fillAccount);
    m.list("externals", model.externals, fillExternal);
    m.list("connections", model.connections, fillConnection);
    m.list("links", model.links, fillLink);
    m.list("suppressions", model.suppressions, fillSuppression);
    if (!model.rules.empty())
        root.children.push_back(rulesTree("rules", model.rules));
    if (!model.diagram.nodes.empty()) {
        OutNode &diagram = m.child("diagram");
        OutNode nodes = entry("nodes", OutNode::Kind::Map);
        for (const auto &[id, r] : model.diagram.nodes) {
            OutNode rect = entry(id, OutNode::Kind::Map);
            MapBuilder b(rect, true);
            b.number("x", r.x);
            b.number("y", r.y);
            b.number("w", r.w);
            b.number("h", r.h);
            nodes.children.push_back(std::move(rect));
        }
        diagram.children.push_back(std::move(nodes));
    }
    return root;
}

} // namespace cw::io
