// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

/// Exact, invertible edits of a cw::Model: find elements by id, remove and re-insert subtrees at
/// their original positions, rename ids with every reference. The designer's undo commands are
/// built on these; Qt-free so any front end (or a script) edits a model the same way.
namespace cw {

/// What an element is; Connection is addressed by id or "#<index>" when it has none.
enum class ElemType { Account, Network, Subnet, Service, External, Connection };

/// Where an element sits: indices into the model's vectors. A service with network < 0 is an
/// account-level (regional/global) service.
struct ElemPath
{
    ElemType type = ElemType::Account;
    int account = -1;
    int network = -1;
    int index = -1; ///< index in the parent's vector (accounts, networks, subnets, services...)

    /// Lexicographic key: removal runs in descending order, insertion in ascending order, so
    /// recorded indices stay valid while a batch is applied.
    std::vector<int> key() const;
    bool operator==(const ElemPath &) const = default;
};

/// One element by value, the subtree included (a network carries its subnets and services).
using ElemValue = std::variant<Account, Network, Subnet, Service, External, Connection>;

/// Path of an element by id (connections: id or "#<index>"); nullopt when unknown.
std::optional<ElemPath> findPath(const Model &model, std::string_view id);
/// The id an element is addressed by ("#<index>" for a connection without id).
std::string connectionKey(const Model &model, std::size_t index);

ElemValue valueAt(const Model &model, const ElemPath &path);
/// Inserts value at path.index in its parent (indices must be valid).
void insertAt(Model &model, const ElemPath &path, ElemValue value);
/// Replaces the element at path (its subtree included) with value.
void replaceAt(Model &model, const ElemPath &path, ElemValue value);
/// Removes the element at path and returns it.
ElemValue removeAt(Model &model, const ElemPath &path);

/// The id of a stored element value.
std::string idOf(const ElemValue &v);
/// Ids of an element and every element inside it (network: its subnets and services...).
void collectIds(const ElemValue &v, std::vector<std::string> &out);

/// A set of structural changes applied and reverted exactly: elements at paths, edited
/// service subnet lists, suppressions and diagram geometry.
struct Fragment
{
    std::vector<std::pair<ElemPath, ElemValue>> elements; ///< sorted by path key ascending
    std::vector<std::pair<int, Suppression>> suppressions; ///< index, value; ascending
    std::vector<std::pair<int, Link>> links; ///< index, value; ascending
    /// service id -> (subnets without the fragment, subnets with it)
    std::map<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>> subnetRefs;
    std::map<std::string, Rect> geometry; ///< diagram nodes that belong to the fragment

    bool empty() const { return elements.empty() && suppressions.empty() && links.empty(); }
    void sort();
};

/// Puts a fragment into the model (elements, links, suppressions, geometry, subnet refs).
void insertFragment(Model &model, const Fragment &f);
/// Takes an inserted fragment out again; the exact inverse of insertFragment.
void removeFragment(Model &model, const Fragment &f);

/// The fragment that removes ids (and everything inside them) from model: the connections,
/// links and geometry that refer to them, and the subnet references of surviving services.
Fragment fragmentForRemoval(const Model &model, const std::vector<std::string> &ids);

/// Renames an element id everywhere it is referenced (subnets, connections, links,
/// suppressions, diagram). Returns false when newId is taken or oldId unknown.
bool renameId(Model &model, const std::string &oldId, const std::string &newId);

/// True when an element (or connection) with this id exists.
bool idExists(const Model &model, std::string_view id);
/// True when id names an element or appears in any reference (connections, suppressions...).
bool idInUse(const Model &model, std::string_view id);
/// base, base-2, base-3... reduced to a valid id, the first one not in use.
std::string uniqueId(
    const Model &model, std::string base, const std::vector<std::string> &alsoTaken = {});

/// The account an element belongs to (nullptr for externals and connections).
const Account *accountOf(const Model &model, const ElemPath &path);
/// Provider of the element's account; Aws for externals.
Provider providerOf(const Model &model, const ElemPath &path);

} // namespace cw
