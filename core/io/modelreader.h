// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "io/text.h"
#include "io/tree.h"
#include "model/model.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

/// Tree -> Model: checks structure, types, ids and references, collecting every error.
namespace cw::io {

/// The model, or nullopt when anything was reported to errors (including earlier errors).
std::optional<Model> readModel(const Node &root, const Catalog &catalog, ErrorSink &errors);

/// What an id names; ids share one namespace.
enum class IdKind { Account, Network, Subnet, Service, External, Connection, Link };

/// The entries of one map, matched against the keys its element allows.
class Fields
{
public:
    Fields(const Node &map, const std::vector<std::string> &allowed);

    /// The value under key, or nullptr when the key is absent or already reported bad.
    const Node *get(std::string_view key) const;
    /// True when the key appears at all, even with a value already reported bad.
    bool present(std::string_view key) const;
    const Node &map() const { return m_map; }

    bool hasUnknown() const { return !m_unknown.empty(); }
    /// Reports every key that is not allowed, naming the element ("in subnet 'a'").
    void reportUnknown(ErrorSink &errors, const std::string &where) const;

private:
    const Node &m_map;
    const std::vector<std::string> &m_allowed;
    std::array<const Node *, 16> m_slots {};
    std::vector<const Node *> m_unknown;
};

/// The reader's state for one document; implemented in modelreader.cpp (structure),
/// modelservices.cpp (services and properties) and modelrefs.cpp (ids and references).
class ModelReader
{
public:
    ModelReader(const Catalog &catalog, ErrorSink &errors);

    std::optional<Model> read(const Node &root);

private:
    enum class RefKind {
        ServiceSubnet,
        ConnectionEnd,
        LinkNetwork,
        SuppressionTarget,
        DiagramNode
    };

    /// A reference checked once every id is known.
    struct PendingRef
    {
        RefKind kind;
        std::string id;
        SourceLoc loc;
        std::string owner; ///< ServiceSubnet: the service's network; ConnectionEnd: "from"/"to"
        std::string where; ///< "service 'api'", for messages
        bool vpn = false; ///< LinkNetwork: on-premises externals allowed
    };

    struct IdEntry
    {
        IdKind kind;
        SourceLoc loc;
        std::string network; ///< subnets: their network's id
        ExternalKind externalKind = ExternalKind::Internet;
    };

    void error(SourceLoc loc, std::string message) { m_errors.add(loc, std::move(message)); }

    // Typed values. Optional values: absent or null leaves out unchanged and returns true.
    bool wrongType(const Node &node, std::string_view expected, std::string_view key);
    bool readString(const Node *node, std::string_view key, std::string &out);
    bool readRequiredString(
        const Fields &fields, std::string_view key, std::string &out, const std::string &where);
    bool readStringList(const Node *node, std::string_view key, std::vector<std::string> &out);
    bool readTags(const Node *node, std::string_view key, Tags &out);
    bool readInt(const Node *node, std::string_view key, std::int64_t &out);
    bool readNumber(const Node *node, std::string_view key, double &out);
    template<typename E, typename Parse>
    bool readEnum(const Node *node, std::string_view key, std::string_view label, Parse parse,
        const std::vector<std::string> &names, E &out);
    bool readCidr(const Node &node, std::string_view key, std::optional<bool> wantV6);
    bool readCidrList(const Node *node, std::string_view key, std::vector<std::string> &out);
    /// Reads the required or optional "id" key, checks its form and defines it.
    std::string readId(const Fields &fields, IdKind kind, bool required, std::string_view what,
        const std::string &network = {});

    // Elements.
    bool readTop(const Node &root, Model &model);
    void readAccount(const Node &node, Account &account);
    void readNetwork(const Node &node, const Account &account, Network &network);
    void readSubnet(const Node &node, const Network &network, Subnet &subnet);
    void readService(
        const Node &node, const Account &account, const Network *network, Service &service);
    void readProperties(const Node &node, const KindSpec &spec, Service &service);
    void readExternal(const Node &node, External &external);
    void readConnection(const Node &node, Connection &connection);
    void readLink(const Node &node, Link &link);
    void readSuppression(const Node &node, Suppression &suppression);
    void readDiagram(const Node &node, Diagram &diagram);

public:
    /// The `rules:` section of a document, or a whole project rules file.
    void readRules(const Node &node, RuleSettings &rules, std::string_view where);

private:
    template<typename T, typename ReadOne>
    void readList(const Node *node, std::string_view key, std::vector<T> &out, ReadOne readOne);

    // Ids and references.
    void defineId(const std::string &id, SourceLoc loc, IdKind kind, const std::string &network,
        ExternalKind externalKind = ExternalKind::Internet);
    void reference(RefKind kind, const std::string &id, SourceLoc loc, std::string owner,
        std::string where, bool vpn = false);
    void resolveReferences();
    void resolve(const PendingRef &ref);
    std::string suggest(std::string_view word, const std::vector<std::string> &candidates);
    const std::vector<std::string> &idsOf(
        std::initializer_list<IdKind> kinds, std::vector<std::string> &cache);

    bool m_providerKnown = true; ///< the current account's provider is valid
    const Catalog &m_catalog;
    ErrorSink &m_errors;
    std::unordered_map<std::string, IdEntry> m_ids;
    std::vector<PendingRef> m_refs;
    std::vector<std::string> m_elementIds, m_networkIds, m_targetIds, m_kindNames;
    std::size_t m_suggestBudget = 20'000'000; ///< character comparisons left for did-you-mean
};

template<typename E, typename Parse>
bool ModelReader::readEnum(const Node *node, std::string_view key, std::string_view label,
    Parse parse, const std::vector<std::string> &names, E &out)
{
    if (!node || node->isNull())
        return true;
    if (!node->isString())
        return wrongType(*node, "one of " + joinNames(names), key);
    if (const std::optional<E> value = parse(node->text)) {
        out = *value;
        return true;
    }
    std::string message = "unknown " + std::string(label) + " " + quoteForMessage(node->text);
    const std::string best = closestMatch(node->text, names);
    message += best.empty() ? " (expected one of " + joinNames(names) + ")"
                            : "; did you mean '" + best + "'?";
    error(node->loc, std::move(message));
    return false;
}

std::string_view toString(IdKind kind);
/// "an account", "a network", ...
std::string_view withArticle(IdKind kind);

} // namespace cw::io
