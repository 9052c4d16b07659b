// SPDX-License-Identifier: MIT
#include "mermaid/mermaidexporter.h"

#include "drawio/diagramtext.h"

#include <cctype>
#include <map>

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

ExportResult MermaidExporter::generate(const Model &model, const ExportOptions &) const
{
    ExportResult result;
    result.files.push_back({ "architecture.mmd", mermaidFlowchart(model) });
    return result;
}

std::string mermaidFlowchart(const Model &model)
{
    // The layout gives the containment tree (zones included) in document order.
    layout::Options lo;
    lo.route = false;
    const layout::Geometry g = layout::tidy(model, lo);
    const ModelIndex index(model);
    const Catalog &catalog = Catalog::builtin();
    // Node ids: a counter plus the id's letters, so no model id can clash or form a keyword.
    std::map<std::string, std::string> ids;
    std::map<std::string, std::vector<const layout::Node *>> children;
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        const auto &n = g.nodes[i];
        std::string id = "n" + std::to_string(i) + "_";
        for (char c : n.id)
            id += (std::isalnum(static_cast<unsigned char>(c))
                      && static_cast<unsigned char>(c) < 0x80)
                ? c
                : '_';
        ids.emplace(n.id, id);
        children[n.parent].push_back(&n);
    }
    std::string out = "flowchart LR\n";
    std::string styles;
    auto emit = [&](const layout::Node &n, int depth, auto &&self) -> void {
        const std::string pad(std::size_t(depth) * 2, ' ');
        const NodeText t = nodeText(index, catalog, n);
        const std::string &id = ids.at(n.id);
        const auto kids = children.find(n.id);
        std::string label = mermaidLabel(t.title);
        if (!t.detail.empty())
            label += "<br/>" + mermaidLabel(t.detail);
        const bool container = n.kind == layout::NodeKind::Account
            || n.kind == layout::NodeKind::Network || n.kind == layout::NodeKind::Zone
            || n.kind == layout::NodeKind::Subnet;
        if (container) {
            out += pad + "subgraph " + id + "[\"" + label + "\"]\n";
            if (kids != children.end())
                for (const auto *k : kids->second)
                    self(*k, depth + 1, self);
            out += pad + "end\n";
            if (n.kind == layout::NodeKind::Subnet)
                styles += "  style " + id
                    + (t.tier == Tier::Public          ? " fill:#F2F6E8,stroke:#7AA116\n"
                            : t.tier == Tier::Isolated ? " fill:#F4F5F6,stroke:#7D8998\n"
                                                       : " fill:#E6F6F7,stroke:#00A4A6\n");
            else if (n.kind == layout::NodeKind::Network)
                styles += "  style " + id + " fill:none,stroke:#8C4FFF\n";
            else if (n.kind == layout::NodeKind::Zone)
                styles += "  style " + id + " fill:none,stroke:#147EBA,stroke-dasharray:5 5\n";
            return;
        }
        if (n.kind == layout::NodeKind::External)
            out += pad + id + "([\"" + label + "\"])\n";
        else if (t.dataStore)
            out += pad + id + "[(\"" + label + "\")]\n";
        else
            out += pad + id + "[\"" + label + "\"]\n";
    };
    if (auto top = children.find(std::string()); top != children.end())
        for (const auto *n : top->second)
            emit(*n, 1, emit);
    for (const auto &c : model.connections) {
        const auto a = ids.find(c.from), b = ids.find(c.to);
        if (a == ids.end() || b == ids.end())
            continue;
        const std::string label = connectionLabel(c);
        out += "  " + a->second
            + (label.empty() ? " --> " : " -->|\"" + mermaidLabel(label) + "\"| ") + b->second
            + "\n";
    }
    return out + styles;
}

} // namespace cw::exporters
