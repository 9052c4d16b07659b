// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cw::rules {

/// The set of known rules, in registration order; ids are unique.
class RuleRegistry
{
public:
    /// Adds a rule; throws std::logic_error on a duplicate id (a programming error).
    void add(std::unique_ptr<Rule> rule);

    template<typename R, typename... Args> void emplace(Args &&...args)
    {
        add(std::make_unique<R>(std::forward<Args>(args)...));
    }

    const Rule *find(std::string_view id) const;
    const std::vector<std::unique_ptr<Rule>> &rules() const { return m_rules; }

private:
    std::vector<std::unique_ptr<Rule>> m_rules;
    std::map<std::string, const Rule *, std::less<>> m_byId; ///< reports look up every finding
};

/// Registers every built-in rule, category by category.
void registerBuiltinRules(RuleRegistry &registry);
void registerNetworkRules(RuleRegistry &registry);
void registerReliabilityRules(RuleRegistry &registry);
void registerSecurityRules(RuleRegistry &registry);
void registerOperationsRules(RuleRegistry &registry);
void registerCostRules(RuleRegistry &registry);
void registerPerformanceRules(RuleRegistry &registry);
void registerSustainabilityRules(RuleRegistry &registry);
void registerGovernanceRules(RuleRegistry &registry);

/// The built-in registry, built once.
const RuleRegistry &builtinRegistry();

} // namespace cw::rules
