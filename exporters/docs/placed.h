// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"

#include <functional>
#include <string>
#include <vector>

/// Services of the model with where they live, and the ways the document describes them.
namespace cw::exporters::docs {

/// A service with its account, network (null for regional and global services) and catalog kind.
struct Placed
{
    const Account *account = nullptr;
    const Network *network = nullptr;
    const Service *service = nullptr;
    const KindSpec *spec = nullptr;
};

/// Every service whose catalog kind pick accepts, networks' services before the account's own.
std::vector<Placed> servicesWhere(
    const Model &model, const Catalog &catalog, const std::function<bool(const KindSpec &)> &pick);

/// "Name (id)", escaped.
std::string nameOf(const Placed &p);

/// "Account / Network (zones)" or "Account / region", escaped.
std::string where(const Placed &p);

/// "name: value" for each of names the service sets; when it sets none, the catalog defaults
/// marked "(default)"; "not in the model" when the kind has none of these properties. Escaped.
std::string facts(const Placed &p, const std::vector<std::string> &names);

/// A "Notes:" bullet list with the description of every service that has one, or "".
std::string notes(const std::vector<Placed> &items);

/// Container registries (ECR, ACR), which the delivery section shows rather than compute.
bool isRegistry(const std::string &kind);

/// Build and release pipeline services (CodePipeline and the like).
bool isPipeline(const std::string &kind);

/// A whole number with thousands separators: 51,712.
std::string count(double value);

} // namespace cw::exporters::docs
