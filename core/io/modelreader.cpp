// SPDX-License-Identifier: MIT
// Tree -> Model: the entry point, key matching and typed values. Elements are read in
// modelelements.cpp, services in modelservices.cpp, ids and references in modelrefs.cpp.
#include "io/modelreader.h"

#include "io/text.h"
#include "net/cidr.h"

#include <charconv>
#include <cmath>

namespace cw::io {
namespace {

/// Quoting hints for YAML scalars that were meant as strings: "1.31" vs 1.31.
std::string hint(const Node &node, std::string_view expected)
{
    if (!node.plain || node.text.size() > 40 || node.kind != NodeKind::Scalar)
        return {};
    if (expected == "a string" && node.tag != ScalarTag::String && node.tag != ScalarTag::Null)
        return " (write it in quotes: \"" + sanitize(node.text) + "\")";
    if (expected == "a list of strings" && node.tag == ScalarTag::String)
        return " (write it as a list: [" + sanitize(node.text) + "])";
    return {};
}

} // namespace

Fields::Fields(const Node &map, const std::vector<std::string> &allowed)
    : m_map(map)
    , m_allowed(allowed)
{
    for (const Node &child : map.children) {
        std::size_t i = 0;
        while (i < allowed.size() && allowed[i] != child.key)
            ++i;
        if (i == allowed.size()) {
            if (!child.bad)
                m_unknown.push_back(&child);
        } else if (!child.bad && !m_slots[i])
            m_slots[i] = &child;
    }
}

const Node *Fields::get(std::string_view key) const
{
    for (std::size_t i = 0; i < m_allowed.size(); ++i)
        if (m_allowed[i] == key)
            return m_slots[i];
    return nullptr;
}

bool Fields::present(std::string_view key) const
{
    for (const Node &child : m_map.children)
        if (child.key == key)
            return true;
    return false;
}

void Fields::reportUnknown(ErrorSink &errors, const std::string &where) const
{
    for (const Node *node : m_unknown) {
        std::string message = "unknown key " + quoteForMessage(node->key) + " in " + where;
        const std::string best = closestMatch(node->key, m_allowed);
        if (!best.empty())
            message += "; did you mean '" + best + "'?";
        else
            message += " (allowed: " + joinNames(m_allowed) + ")";
        errors.add(node->keyLoc, std::move(message));
    }
}

ModelReader::ModelReader(const Catalog &catalog, ErrorSink &errors)
    : m_catalog(catalog)
    , m_errors(errors)
{ }

std::optional<Model> readModel(const Node &root, const Catalog &catalog, ErrorSink &errors)
{
    return ModelReader(catalog, errors).read(root);
}

std::optional<Model> ModelReader::read(const Node &root)
{
    Model model;
    if (!readTop(root, model))
        return std::nullopt;
    resolveReferences();
    if (!m_errors.empty())
        return std::nullopt;
    return model;
}

bool ModelReader::wrongType(const Node &node, std::string_view expected, std::string_view key)
{
    error(node.loc,
        "expected " + std::string(expected) + " for " + quoteForMessage(key) + ", found "
            + std::string(describe(node)) + hint(node, expected));
    return false;
}

bool ModelReader::readString(const Node *node, std::string_view key, std::string &out)
{
    if (!node || node->isNull())
        return true;
    if (!node->isString())
        return wrongType(*node, "a string", key);
    out = node->text;
    return true;
}

bool ModelReader::readRequiredString(
    const Fields &fields, std::string_view key, std::string &out, const std::string &where)
{
    const Node *node = fields.get(key);
    if (!node) {
        if (!fields.present(key))
            error(fields.map().loc, "missing required key '" + std::string(key) + "' in " + where);
        return false;
    }
    if (node->isNull()) {
        error(node->loc, "missing value for required key '" + std::string(key) + "' in " + where);
        return false;
    }
    return readString(node, key, out);
}

bool ModelReader::readStringList(
    const Node *node, std::string_view key, std::vector<std::string> &out)
{
    if (!node || node->isNull())
        return true;
    if (!node->isSequence())
        return wrongType(*node, "a list of strings", key);
    bool ok = true;
    for (const Node &item : node->children) {
        if (item.bad)
            continue;
        if (!item.isString()) {
            error(item.loc,
                "expected a string in " + quoteForMessage(key) + ", found "
                    + std::string(describe(item)) + hint(item, "a string"));
            ok = false;
            continue;
        }
        out.push_back(item.text);
    }
    return ok;
}

bool ModelReader::readTags(const Node *node, std::string_view key, Tags &out)
{
    if (!node || node->isNull())
        return true;
    if (!node->isMap())
        return wrongType(*node, "a map of strings", key);
    bool ok = true;
    for (const Node &entry : node->children) {
        if (entry.bad)
            continue;
        if (!entry.isString()) {
            error(entry.loc,
                "expected a string for tag " + quoteForMessage(entry.key) + ", found "
                    + std::string(describe(entry)) + hint(entry, "a string"));
            ok = false;
            continue;
        }
        out[entry.key] = entry.text;
    }
    return ok;
}

bool ModelReader::readInt(const Node *node, std::string_view key, std::int64_t &out)
{
    if (!node || node->isNull())
        return true;
    if (!node->isScalar() || node->tag != ScalarTag::Int)
        return wrongType(*node, "an integer", key);
    if (!node->inRange) {
        error(node->loc, std::string(key) + " " + sanitize(node->text) + " is out of range");
        return false;
    }
    out = node->intValue;
    return true;
}

bool ModelReader::readNumber(const Node *node, std::string_view key, double &out)
{
    if (!node || node->isNull())
        return true;
    if (node->isScalar() && node->tag == ScalarTag::Int) {
        if (node->inRange) {
            out = static_cast<double>(node->intValue);
            return true;
        }
        // Beyond 64 bits: still a number, just not an exact integer.
        double value = 0;
        const auto *first = node->text.data() + (node->text.rfind('+', 0) == 0 ? 1 : 0);
        std::from_chars(first, node->text.data() + node->text.size(), value);
        out = value;
        return true;
    }
    if (!node->isScalar() || node->tag != ScalarTag::Float)
        return wrongType(*node, "a number", key);
    if (!std::isfinite(node->floatValue)) {
        error(node->loc,
            "expected a finite number for " + quoteForMessage(key) + ", found "
                + sanitize(node->text));
        return false;
    }
    out = node->floatValue;
    return true;
}

bool ModelReader::readCidr(const Node &node, std::string_view key, std::optional<bool> wantV6)
{
    std::string reason;
    const auto cidr = net::Cidr::parse(node.text, &reason);
    if (!cidr) {
        error(node.loc,
            "invalid CIDR " + quoteForMessage(node.text) + " in '" + std::string(key)
                + "': " + reason);
        return false;
    }
    if (wantV6 && *wantV6 != (cidr->family() == net::Family::V6)) {
        error(node.loc,
            *wantV6 ? "'" + std::string(key) + "' must be an IPv6 block, found "
                    + quoteForMessage(node.text)
                    : "'" + std::string(key) + "' must be an IPv4 block, found "
                    + quoteForMessage(node.text) + " (IPv6 blocks go in 'ipv6_cidr')");
        return false;
    }
    return true;
}

bool ModelReader::readCidrList(
    const Node *node, std::string_view key, std::vector<std::string> &out)
{
    if (!readStringList(node, key, out))
        return false;
    bool ok = true;
    if (node && node->isSequence())
        for (const Node &item : node->children)
            if (!item.bad && item.isString())
                ok = readCidr(item, key, std::nullopt) && ok;
    return ok;
}

std::string ModelReader::readId(const Fields &fields, IdKind kind, bool required,
    std::string_view what, const std::string &network)
{
    const Node *node = fields.get("id");
    std::string id;
    if (!node || node->isNull()) {
        if (required && !(node == nullptr && fields.present("id")))
            error(node ? node->loc : fields.map().loc,
                (node ? "missing value for required key 'id' in " : "missing required key 'id' in ")
                    + std::string(what));
        return id;
    }
    if (!readString(node, "id", id))
        return {};
    if (!isValidId(id))
        error(node->loc,
            "invalid id " + quoteForMessage(id)
                + ": ids use lowercase letters, digits and '-', start and end with a "
                  "letter or digit, and have at most 63 characters");
    defineId(id, node->loc, kind, network);
    return id;
}

std::string_view toString(IdKind kind)
{
    switch (kind) {
    case IdKind::Account:
        return "account";
    case IdKind::Network:
        return "network";
    case IdKind::Subnet:
        return "subnet";
    case IdKind::Service:
        return "service";
    case IdKind::External:
        return "external";
    case IdKind::Connection:
        return "connection";
    case IdKind::Link:
        return "link";
    }
    return "element";
}

std::string_view withArticle(IdKind kind)
{
    switch (kind) {
    case IdKind::Account:
        return "an account";
    case IdKind::Network:
        return "a network";
    case IdKind::Subnet:
        return "a subnet";
    case IdKind::Service:
        return "a service";
    case IdKind::External:
        return "an external";
    case IdKind::Connection:
        return "a connection";
    case IdKind::Link:
        return "a link";
    }
    return "an element";
}

} // namespace cw::io
