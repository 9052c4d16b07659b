// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cw::exporters {

/// Typed reads of a service's properties with the catalog default as fallback, so exporters see
/// the same values the inspector shows. A missing value without a default reads as false / 0 /
/// "" / {}.
class Props
{
public:
    Props(const Service &service, const Catalog &catalog);

    bool b(const std::string &name) const;
    std::int64_t i(const std::string &name) const;
    double d(const std::string &name) const;
    std::string s(const std::string &name) const;
    std::vector<std::string> list(const std::string &name) const;
    /// True when the model sets the property itself (not the catalog default).
    bool isSet(const std::string &name) const;

private:
    const Value *value(const std::string &name) const;

    const Service &m_service;
    const KindSpec *m_kind = nullptr;
};

} // namespace cw::exporters
