// SPDX-License-Identifier: MIT
#include "mermaid/mermaidexporter.h"

#include "drawio/diagramtext.h"

#include <cctype>
#include <map>
#include <set>

namespace cw::exporters {

std::string mermaidLabel(const std::string &text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '"':
            out += "#quot;";
            break;
        case '#':
            out += "#35;";
            break;
        case '<':
            out += "#lt;";
            break;
        case '>':
            out += "#gt;";
            break;
        case '&':
            out += "#amp;";
            break;
        case '`':
            out += "#96;";
            break;
        case '[':
            out += "#91;";
            break;
        case ']':
            out += "#93;";
            break;
        case '(':
            out += "#40;";
            break;
        case ')':
            out += "#41;";
            break;
        case '{':
            out += "#123;";
            break;
        case '}':
            out += "#125;";
            break;
        case '|':
            out += "#124;";
            break;
        case '\n':
        case '\r':
        case '\t':
            out += ' ';
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f)
                out += c;
        }
    }
    return out;
}

std::string MermaidExporter::description() const
{
    return "Mermaid flowchart with nested subgraphs, renders in GitHub Markdown";
}

std::vector<std::string> MermaidExporter::outputFiles(const Model &) const
{
    return { "architecture.mmd" };
}

ExportResult MermaidExporter::generate(const ExportInput &input, const ExportOptions &) const
{
    ExportResult result;
    result.files.push_back({ "architecture.mmd", mermaidFlowchart(input.model) });
    return result;
}

namespace {

/// Writes the flowchart: accounts, networks, tier groups and subnets as nested subgraphs.
class Writer
{
public:
    explicit Writer(const Model &model)
        : m_model(model)
        , m_index(model)
        , m_catalog(Catalog::builtin())
    {
        for (const auto &c : model.connections) {
            m_referenced.insert(c.from);
            m_referenced.insert(c.to);
        }
    }

    std::string run()
    {
        m_out = "flowchart LR\n";
        for (const auto &a : m_model.accounts)
            account(a);
        for (const auto &e : m_model.externals)
            node(e.id, 1);
        for (const auto &c : m_model.connections) {
            const auto a = m_ids.find(c.from), b = m_ids.find(c.to);
            if (a == m_ids.end() || b == m_ids.end())
                continue;
            const std::string label = connectionLabel(c);
            m_out += "  " + a->second
                + (label.empty() ? " --> " : " -->|\"" + mermaidLabel(label) + "\"| ") + b->second
                + "\n";
        }
        return m_out + m_styles;
    }

private:
    /// A Mermaid id: a counter plus the id's letters, so no model id can clash or be a keyword.
    std::string idFor(const std::string &key)
    {
        std::string id = "n" + std::to_string(m_ids.size()) + "_";
        for (char c : key)
            id += (std::isalnum(static_cast<unsigned char>(c))
                      && static_cast<unsigned char>(c) < 0x80)
                ? c
                : '_';
        m_ids.emplace(key, id);
        return id;
    }

    NodeText text(const std::string &id, layout::NodeKind kind)
    {
        layout::Node n;
        n.id = id;
        n.kind = kind;
        return nodeText(m_index, m_catalog, n);
    }

    std::string open(const std::string &key, const std::string &label, int depth)
    {
        const std::string id = idFor(key);
        m_out += std::string(std::size_t(depth) * 2, ' ') + "subgraph " + id + "[\"" + label
            + "\"]\n";
        return id;
    }

    void close(int depth) { m_out += std::string(std::size_t(depth) * 2, ' ') + "end\n"; }

    void node(const std::string &elementId, int depth)
    {
        const ElementRef *ref = m_index.find(elementId);
        const auto kind = ref && ref->type == ElementType::External ? layout::NodeKind::External
                                                                    : layout::NodeKind::Service;
        const NodeText t = text(elementId, kind);
        std::string label = mermaidLabel(t.title);
        if (!t.detail.empty())
            label += "<br/>" + mermaidLabel(t.detail);
        const std::string id = idFor(elementId);
        const std::string pad(std::size_t(depth) * 2, ' ');
        if (kind == layout::NodeKind::External)
            m_out += pad + id + "([\"" + label + "\"])\n";
        else if (t.dataStore)
            m_out += pad + id + "[(\"" + label + "\")]\n";
        else
            m_out += pad + id + "[\"" + label + "\"]\n";
    }

    std::string titled(const std::string &elementId, layout::NodeKind kind)
    {
        const NodeText t = text(elementId, kind);
        return mermaidLabel(t.title) + (t.detail.empty() ? "" : "<br/>" + mermaidLabel(t.detail));
    }

    void account(const Account &a)
    {
        const std::string id = open(a.id, titled(a.id, layout::NodeKind::Account), 1);
        m_styles += "  style " + id
            + (a.provider == Provider::Azure ? " fill:none,stroke:#0078D4\n"
                                             : " fill:none,stroke:#CD2264\n");
        for (const auto &n : a.networks)
            network(a, n);
        for (const auto &s : a.services)
            node(s.id, 2);
        close(1);
    }

    /// Services in the tier groups of their subnets: Mermaid cannot draw a box across the zones,
    /// so a network shows one group per tier listing its subnets, with the services inside.
    void network(const Account &a, const Network &n)
    {
        const std::string id = open(n.id, titled(n.id, layout::NodeKind::Network), 2);
        m_styles += "  style " + id
            + (a.provider == Provider::Azure ? " fill:none,stroke:#50E6FF\n"
                                             : " fill:none,stroke:#8C4FFF\n");
        std::map<std::string, const Subnet *> subnets;
        for (const auto &s : n.subnets)
            subnets.emplace(s.id, &s);
        std::map<std::string, std::vector<const Service *>> inSubnet;
        std::map<Tier, std::vector<const Service *>> inTier;
        for (const auto &s : n.services) {
            std::set<Tier> tiers;
            for (const auto &r : s.subnets)
                if (const auto it = subnets.find(r); it != subnets.end())
                    tiers.insert(it->second->tier);
            if (s.subnets.size() == 1 && subnets.count(s.subnets.front()))
                inSubnet[s.subnets.front()].push_back(&s);
            else if (tiers.size() == 1)
                inTier[*tiers.begin()].push_back(&s);
            else
                node(s.id, 3); // network-wide, or across tiers
        }
        for (const Tier tier : { Tier::Public, Tier::Private, Tier::Isolated }) {
            std::vector<const Subnet *> mine;
            for (const auto &s : n.subnets)
                if (s.tier == tier)
                    mine.push_back(&s);
            if (mine.empty())
                continue;
            const std::string style = tier == Tier::Public ? " fill:#F2F6E8,stroke:#7AA116\n"
                : tier == Tier::Isolated                   ? " fill:#F4F5F6,stroke:#7D8998\n"
                                                           : " fill:#E6F6F7,stroke:#00A4A6\n";
            if (mine.size() == 1) { // one subnet: its own box is the tier's
                const Subnet *s = mine.front();
                m_styles
                    += "  style " + open(s->id, titled(s->id, layout::NodeKind::Subnet), 3) + style;
                if (const auto it = inSubnet.find(s->id); it != inSubnet.end())
                    for (const Service *svc : it->second)
                        node(svc->id, 4);
                close(3);
                continue;
            }
            std::string label = mermaidLabel(std::string(tier == Tier::Public ? "Public"
                                                     : tier == Tier::Private  ? "Private"
                                                                              : "Isolated")
                + " subnets");
            for (const Subnet *s : mine)
                label += "<br/>"
                    + mermaidLabel((s->name.empty() ? s->id : s->name) + " · " + s->cidr
                        + (s->zone.empty() ? "" : " · " + s->zone));
            const std::string tierId = open(n.id + "/" + std::string(toString(tier)), label, 3);
            m_styles += "  style " + tierId + style;
            for (const Service *s : inTier[tier])
                node(s->id, 4);
            for (const Subnet *s : mine) {
                const auto it = inSubnet.find(s->id);
                if (it == inSubnet.end() && !m_referenced.count(s->id))
                    continue; // listed in the group's title
                open(s->id, titled(s->id, layout::NodeKind::Subnet), 4);
                if (it != inSubnet.end())
                    for (const Service *svc : it->second)
                        node(svc->id, 5);
                close(4);
            }
            close(3);
        }
        close(2);
    }

    const Model &m_model;
    ModelIndex m_index;
    const Catalog &m_catalog;
    std::set<std::string> m_referenced;
    std::map<std::string, std::string> m_ids;
    std::string m_out;
    std::string m_styles;
};

} // namespace

std::string mermaidFlowchart(const Model &model)
{
    return Writer(model).run();
}

} // namespace cw::exporters
