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

/// How a service is drawn, from its catalog category (and the kind where a category holds
/// several shapes: integration has queues, topics and gateways).
enum class Shape { Box, Compute, Function, Database, Bucket, Queue, Gateway, External };

Shape shapeFor(const std::string &category, const std::string &kind)
{
    static const std::set<std::string> queues { "aws.sqs", "aws.sns" };
    static const std::set<std::string> functions { "aws.lambda", "azure.logic-app" };
    static const std::set<std::string> gateways { "aws.api-gateway", "aws.alb", "aws.nlb",
        "aws.internet-gateway", "aws.nat-gateway", "aws.transit-gateway", "aws.vpn-gateway",
        "aws.vpc-endpoint", "azure.application-gateway", "azure.load-balancer", "azure.vpn-gateway",
        "azure.expressroute-gateway", "azure.private-endpoint", "azure.front-door",
        "aws.cloudfront" };
    if (queues.count(kind))
        return Shape::Queue;
    if (functions.count(kind))
        return Shape::Function;
    if (gateways.count(kind))
        return Shape::Gateway;
    if (category == "database")
        return Shape::Database;
    if (category == "storage")
        return Shape::Bucket;
    if (category == "compute" || category == "containers")
        return Shape::Compute;
    return Shape::Box;
}

const char *shapeClass(Shape s)
{
    switch (s) {
    case Shape::Compute:
    case Shape::Function:
        return "compute";
    case Shape::Database:
        return "database";
    case Shape::Bucket:
        return "storage";
    case Shape::Queue:
        return "integration";
    case Shape::Gateway:
        return "networking";
    case Shape::External:
        return "external";
    case Shape::Box:
        break;
    }
    return "service";
}

/// Every class the flowchart uses: no subgraph keeps Mermaid's default (yellow) fill.
const char *kClassDefs
    = "  classDef awsAccount fill:#FFFFFF,stroke:#CD2264,color:#CD2264\n"
      "  classDef azureAccount fill:#FFFFFF,stroke:#0078D4,color:#0078D4\n"
      "  classDef awsNetwork fill:#FBF9FF,stroke:#8C4FFF,color:#232F3E\n"
      "  classDef azureNetwork fill:#F5FCFF,stroke:#50E6FF,color:#232F3E\n"
      "  classDef publicTier fill:#F2F6E8,stroke:#7AA116,color:#248814\n"
      "  classDef privateTier fill:#E6F6F7,stroke:#00A4A6,color:#147EBA\n"
      "  classDef isolatedTier fill:#F4F5F6,stroke:#7D8998,color:#5A6B86\n"
      "  classDef note fill:none,stroke:none,color:#5A6B86,font-size:11px\n"
      "  classDef service fill:#FFFFFF,stroke:#AAB7B8,color:#232F3E\n"
      "  classDef compute fill:#FFFFFF,stroke:#ED7100,color:#232F3E\n"
      "  classDef database fill:#FFFFFF,stroke:#C925D1,color:#232F3E\n"
      "  classDef storage fill:#FFFFFF,stroke:#7AA116,color:#232F3E\n"
      "  classDef integration fill:#FFFFFF,stroke:#E7157B,color:#232F3E\n"
      "  classDef networking fill:#FFFFFF,stroke:#8C4FFF,color:#232F3E\n"
      "  classDef external fill:#FFFFFF,stroke:#5A6B86,stroke-dasharray:4 3,color:#232F3E\n";

/// Lower-case letters and digits only: "key-vault", "Key Vault" and "KeyVault" compare equal.
std::string squashed(const std::string &s)
{
    std::string out;
    for (char c : s)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

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
        m_out += kClassDefs;
        for (const auto &[cls, ids] : m_classes) {
            m_out += "  class ";
            for (std::size_t i = 0; i < ids.size(); ++i)
                m_out += (i ? "," : "") + ids[i];
            m_out += " " + cls + "\n";
        }
        return m_out;
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

    std::string open(const std::string &key, const std::string &title, const char *cls, int depth)
    {
        const std::string id = idFor(key);
        m_out += std::string(std::size_t(depth) * 2, ' ') + "subgraph " + id + "[\"" + title
            + "\"]\n";
        m_classes[cls].push_back(id);
        return id;
    }

    /// A subgraph with a one-line title; its details (role, CIDR, region) go into a note node
    /// inside it, since Mermaid lays nodes and inner titles over the lines of a longer title.
    void openWithNote(const std::string &key, layout::NodeKind kind, const char *cls, int depth)
    {
        const NodeText t = text(key, kind);
        const std::string id = open(key, mermaidLabel(t.title), cls, depth);
        if (!t.detail.empty())
            note(id, mermaidLabel(t.detail), depth + 1);
    }

    void note(const std::string &subgraphId, const std::string &label, int depth)
    {
        const std::string id = subgraphId + "_note";
        m_out += std::string(std::size_t(depth) * 2, ' ') + id + "[\"" + label + "\"]\n";
        m_classes["note"].push_back(id);
    }

    void close(int depth) { m_out += std::string(std::size_t(depth) * 2, ' ') + "end\n"; }

    void node(const std::string &elementId, int depth)
    {
        const ElementRef *ref = m_index.find(elementId);
        const auto kind = ref && ref->type == ElementType::External ? layout::NodeKind::External
                                                                    : layout::NodeKind::Service;
        const NodeText t = text(elementId, kind);
        // The kind once when the name only repeats it ("Key Vault", not "Key Vault / Key Vault").
        std::string label = mermaidLabel(t.title);
        if (!t.detail.empty() && squashed(t.title) != squashed(t.detail))
            label += "<br/>" + mermaidLabel(t.detail);
        label = "\"" + label + "\"";
        const std::string id = idFor(elementId);
        const std::string pad(std::size_t(depth) * 2, ' ');
        const Shape shape = kind == layout::NodeKind::External
            ? Shape::External
            : shapeFor(t.category, ref && ref->service ? ref->service->kind : std::string());
        switch (shape) {
        case Shape::External:
            m_out += pad + id + "([" + label + "])\n";
            break;
        case Shape::Database:
            m_out += pad + id + "[(" + label + ")]\n";
            break;
        case Shape::Queue: // a flag: messages waiting
            m_out += pad + id + ">" + label + "]\n";
            break;
        case Shape::Bucket: // wider at the top, like a bucket
            m_out += pad + id + "[\\" + label + "/]\n";
            break;
        case Shape::Function:
            m_out += pad + id + "[[" + label + "]]\n";
            break;
        case Shape::Gateway:
            m_out += pad + id + "{{" + label + "}}\n";
            break;
        case Shape::Compute:
            m_out += pad + id + "(" + label + ")\n";
            break;
        case Shape::Box:
            m_out += pad + id + "[" + label + "]\n";
            break;
        }
        m_classes[shapeClass(shape)].push_back(id);
    }

    void account(const Account &a)
    {
        openWithNote(a.id, layout::NodeKind::Account,
            a.provider == Provider::Azure ? "azureAccount" : "awsAccount", 1);
        for (const auto &n : a.networks)
            network(a, n);
        for (const auto &s : a.services)
            node(s.id, 2);
        close(1);
    }

    /// Services in the tier groups of their subnets: Mermaid cannot draw a box across the zones,
    /// so a network shows one group per tier, with the services inside.
    void network(const Account &a, const Network &n)
    {
        openWithNote(n.id, layout::NodeKind::Network,
            a.provider == Provider::Azure ? "azureNetwork" : "awsNetwork", 2);
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
            const char *cls = tier == Tier::Public ? "publicTier"
                : tier == Tier::Isolated           ? "isolatedTier"
                                                   : "privateTier";
            if (mine.size() == 1) { // one subnet: its own box is the tier's
                const Subnet *s = mine.front();
                openWithNote(s->id, layout::NodeKind::Subnet, cls, 3);
                if (const auto it = inSubnet.find(s->id); it != inSubnet.end())
                    for (const Service *svc : it->second)
                        node(svc->id, 4);
                close(3);
                continue;
            }
            const std::string tierId = open(n.id + "/" + std::string(toString(tier)),
                std::string(tier == Tier::Public ? "Public"
                        : tier == Tier::Private  ? "Private"
                                                 : "Isolated")
                    + " subnets",
                cls, 3);
            // Subnets without a box of their own are listed in the group's note.
            std::string listed;
            for (const Subnet *s : mine)
                if (!inSubnet.count(s->id) && !m_referenced.count(s->id))
                    listed += std::string(listed.empty() ? "" : "<br/>")
                        + mermaidLabel((s->name.empty() ? s->id : s->name) + " · " + s->cidr
                            + (s->zone.empty() ? "" : " · " + s->zone));
            if (!listed.empty())
                note(tierId, listed, 4);
            for (const Service *s : inTier[tier])
                node(s->id, 4);
            for (const Subnet *s : mine) {
                if (!inSubnet.count(s->id) && !m_referenced.count(s->id))
                    continue; // listed in the group's note
                openWithNote(s->id, layout::NodeKind::Subnet, cls, 4);
                if (const auto it = inSubnet.find(s->id); it != inSubnet.end())
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
    std::map<std::string, std::vector<std::string>> m_classes;
    std::string m_out;
};

} // namespace

std::string mermaidFlowchart(const Model &model)
{
    return Writer(model).run();
}

} // namespace cw::exporters
