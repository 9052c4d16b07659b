// SPDX-License-Identifier: MIT
#pragma once

#include "model/modelindex.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cw::exporters {

/// Connections by endpoint plus the id index, so exporters derive security rules, targets and
/// origins in O(connections) instead of scanning the model for every service.
class Topology
{
public:
    explicit Topology(const Model &model);

    const ModelIndex &index() const { return m_index; }
    const std::vector<const Connection *> &from(std::string_view id) const;
    const std::vector<const Connection *> &to(std::string_view id) const;
    /// The service with this id, or null.
    const Service *service(std::string_view id) const;
    /// The external with this id, or null.
    const External *external(std::string_view id) const;
    /// The account that holds the element, or null (externals).
    const Account *accountOf(std::string_view id) const;
    /// Services connected to or from id (either direction) whose kind is kind, in model order.
    std::vector<const Service *> linked(std::string_view id, std::string_view kind) const;

private:
    ModelIndex m_index;
    std::unordered_map<std::string, std::vector<const Connection *>> m_from;
    std::unordered_map<std::string, std::vector<const Connection *>> m_to;
    std::vector<const Connection *> m_none;
};

/// The port a connection uses: its own, else 443 for https and 80 for http, else 0 (unknown).
int connectionPort(const Connection &c);

} // namespace cw::exporters
