// SPDX-License-Identifier: MIT
#include "rules/registry.h"

#include "rules/graph/graphrules.h"

#include <stdexcept>

namespace cw::rules {

void RuleRegistry::add(std::unique_ptr<Rule> rule)
{
    if (!m_byId.emplace(rule->meta().id, rule.get()).second)
        throw std::logic_error("duplicate rule id " + rule->meta().id);
    m_rules.push_back(std::move(rule));
}

const Rule *RuleRegistry::find(std::string_view id) const
{
    auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : it->second;
}

void registerBuiltinRules(RuleRegistry &registry)
{
    registerNetworkRules(registry);
    registerReliabilityRules(registry);
    registerSecurityRules(registry);
    registerOperationsRules(registry);
    registerCostRules(registry);
    registerPerformanceRules(registry);
    registerSustainabilityRules(registry);
    registerGraphRules(registry);
    registerGovernanceRules(registry);
}

const RuleRegistry &builtinRegistry()
{
    static const RuleRegistry registry = [] {
        RuleRegistry r;
        registerBuiltinRules(r);
        return r;
    }();
    return registry;
}

} // namespace cw::rules
