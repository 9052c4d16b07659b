// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "layout/layout.h"
#include "model/modelindex.h"

#include <string>

/// What the diagram exporters (draw.io, Mermaid, PNG/SVG/PDF) write for each placed box and
/// connection, so every format names things alike. Qt-free.
namespace cw::exporters {

/// The words and look of one placed node.
struct NodeText
{
    std::string title; ///< the element's name (its id when unnamed)
    std::string detail; ///< second line: CIDR and tier, kind label, provider and role
    std::string icon; ///< icon stem (:/icons/<stem>.svg), empty for zone columns
    std::string category; ///< catalog category for services, else the node kind
    Provider provider = Provider::Aws;
    Tier tier = Tier::Private; ///< subnets only
    bool dataStore = false; ///< catalog: holds data (drawn as a cylinder in Mermaid)
    bool spanning = false; ///< a service drawn across several subnets
};

/// Text for node, looked up in the model through index.
NodeText nodeText(const ModelIndex &index, const Catalog &catalog, const layout::Node &node);

/// "HTTPS 443", "TCP 5432", "ICMP", or empty when the connection names no protocol.
std::string connectionLabel(const Connection &connection);

} // namespace cw::exporters
