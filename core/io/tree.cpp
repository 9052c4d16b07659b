// SPDX-License-Identifier: MIT
#include "io/tree.h"

#include "io/text.h"

#include <algorithm>
#include <numeric>

namespace cw::io {

std::string_view describe(const Node &node)
{
    switch (node.kind) {
    case NodeKind::Map:
        return "a map";
    case NodeKind::Sequence:
        return "a list";
    case NodeKind::Scalar:
        break;
    }
    switch (node.tag) {
    case ScalarTag::String:
        return "a string";
    case ScalarTag::Int:
        return "an integer";
    case ScalarTag::Float:
        return "a number";
    case ScalarTag::Bool:
        return "a boolean";
    case ScalarTag::Null:
        return "null";
    }
    return "null";
}

ErrorSink::ErrorSink(std::string file, std::size_t cap)
    : m_file(std::move(file))
    , m_cap(cap)
{ }

void ErrorSink::add(SourceLoc loc, std::string message)
{
    ++m_count;
    if (m_errors.size() < m_cap)
        m_errors.push_back({ m_file, loc, std::move(message) });
}

Diagnostics ErrorSink::take()
{
    std::stable_sort(
        m_errors.begin(), m_errors.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return a.loc.line != b.loc.line ? a.loc.line < b.loc.line : a.loc.column < b.loc.column;
        });
    if (m_count > m_errors.size())
        m_errors.push_back({ m_file, {},
            "too many errors: " + std::to_string(m_count - m_errors.size()) + " more not shown" });
    Diagnostics out = std::move(m_errors);
    m_errors.clear();
    return out;
}

std::string formatLoc(SourceLoc loc)
{
    return std::to_string(loc.line) + ':' + std::to_string(loc.column);
}

void checkDuplicateKeys(Node &map, ErrorSink &errors)
{
    auto &entries = map.children;
    auto report = [&](Node &repeat, const Node &first) {
        if (repeat.bad || first.bad)
            return;
        repeat.bad = true;
        errors.add(repeat.keyLoc,
            "duplicate key " + quoteForMessage(repeat.key) + " (first defined at "
                + formatLoc(first.keyLoc) + ")");
    };
    if (entries.size() <= 16) {
        for (std::size_t i = 1; i < entries.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (entries[i].key == entries[j].key) {
                    report(entries[i], entries[j]);
                    break;
                }
        return;
    }
    std::vector<std::size_t> order(entries.size());
    std::iota(order.begin(), order.end(), std::size_t { 0 });
    std::stable_sort(order.begin(), order.end(),
        [&](std::size_t a, std::size_t b) { return entries[a].key < entries[b].key; });
    // Within a run of equal keys the stable sort keeps document order: its head came first.
    std::size_t head = 0;
    for (std::size_t i = 1; i < order.size(); ++i) {
        if (entries[order[i]].key == entries[order[head]].key)
            report(entries[order[i]], entries[order[head]]);
        else
            head = i;
    }
}

} // namespace cw::io
