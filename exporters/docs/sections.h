// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "rules/engine.h"

#include <string>

/// The sections of the architecture document, each a "## " heading with its body.
namespace cw::exporters::docs {

/// flowchart: Mermaid text shown in a ```mermaid block beside the picture (none when empty).
std::string overviewSection(
    const Model &model, const std::string &date, const std::string &flowchart);
std::string environmentSection(const Model &model);
std::string networkSection(const Model &model, const Catalog &catalog);
std::string computeSection(const Model &model, const Catalog &catalog);
std::string deliverySection(const Model &model, const Catalog &catalog);
std::string dataSection(const Model &model, const Catalog &catalog);
std::string edgeSecuritySection(const Model &model, const Catalog &catalog);
/// The Well-Architected review: report's findings (the run context's, never a run of its own).
std::string reviewSection(const rules::Report &report, const std::string &date);

} // namespace cw::exporters::docs
