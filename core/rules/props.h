// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "model/model.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// Reading service properties the way the provider would: the file's value when set, else the
/// catalog default. A property the catalog does not define reads as the given fallback.
namespace cw::rules {

/// The effective value of a property (file value, else catalog default), or nullptr.
const Value *effectiveValue(const Catalog &catalog, const Service &svc, std::string_view name);

bool boolProp(
    const Catalog &catalog, const Service &svc, std::string_view name, bool fallback = false);
std::int64_t intProp(
    const Catalog &catalog, const Service &svc, std::string_view name, std::int64_t fallback = 0);
double numberProp(
    const Catalog &catalog, const Service &svc, std::string_view name, double fallback = 0);
std::string textProp(const Catalog &catalog, const Service &svc, std::string_view name,
    const std::string &fallback = {});
std::vector<std::string> listProp(
    const Catalog &catalog, const Service &svc, std::string_view name);
/// True when the file itself sets the property (not just the catalog default).
bool isSet(const Service &svc, std::string_view name);

} // namespace cw::rules
