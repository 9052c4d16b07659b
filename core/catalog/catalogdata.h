// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

/// catalog.yaml, embedded at build time by embed.cmake (catalog_embedded.cpp in the build tree).
namespace cw::detail {
extern const char kCatalogYaml[];
extern const std::size_t kCatalogYamlSize;
} // namespace cw::detail
