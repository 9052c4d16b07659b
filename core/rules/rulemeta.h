// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw::rules {

enum class Severity { Info, Low, Medium, High, Critical };
enum class Pillar { Network, Reliability, Security, Operations, Cost, Performance, Sustainability };

/// constraint: the provider would reject the deployment (export is refused unless forced);
/// best-practice: may be waived with a suppression.
enum class RuleKind { Constraint, BestPractice };

/// A tunable threshold of a rule (PSRule style): a name, its default and what it means.
struct RuleOption
{
    std::string name; ///< e.g. "min_zones"; set as "<RULE-ID>.<name>" in configuration
    double defaultValue = 0;
    std::string doc;
};

/// What a rule is, why it matters and how to fix what it finds.
struct RuleMeta
{
    std::string id; ///< "NET-003"
    std::string title;
    Pillar pillar = Pillar::Network;
    Severity severity = Severity::Medium;
    RuleKind kind = RuleKind::BestPractice;
    std::vector<Provider> providers; ///< empty = every provider
    std::string rationale;
    std::string remediation;
    std::vector<std::string>
        references; ///< WA best-practice ids, checkov/cdk-nag/PSRule/cfn-lint ids
    std::vector<RuleOption> options; ///< thresholds, overridable per document or project

    bool appliesTo(Provider p) const;
};

std::string_view toString(Severity);
std::string_view toString(Pillar);
std::string_view toString(RuleKind);
std::optional<Severity> severityFromString(std::string_view);
std::vector<std::string> severityNames();

} // namespace cw::rules
