// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "model/modelindex.h"
#include "rules/finding.h"
#include "rules/ruleconfig.h"
#include "rules/views/connectionview.h"
#include "rules/views/netview.h"
#include "rules/views/serviceview.h"

#include <map>
#include <memory>
#include <string>
#include <typeindex>
#include <vector>

namespace cw::rules {

/// Views of the model that several rules derive alike (e.g. the connection graph), built on
/// first use and shared by the rules of one engine run; dropped with the run, so never stale.
class RunCache
{
public:
    /// The run's T, built by make() (returning std::shared_ptr<T>) the first time it is asked.
    template<typename T, typename Make> const T &get(Make &&make)
    {
        std::shared_ptr<const void> &slot = m_items[std::type_index(typeid(T))];
        if (!slot)
            slot = std::shared_ptr<const T>(make());
        return *static_cast<const T *>(slot.get());
    }

private:
    std::map<std::type_index, std::shared_ptr<const void>> m_items;
};

/// What a rule sees: the model, an id index, the catalog, and today's date for expiries.
struct RuleContext
{
    const Model &model;
    const ModelIndex &index;
    const Catalog &catalog;
    const NetView &net; ///< parsed addresses, shared by network rules
    const ServiceView &services; ///< services with owners, catalog entries and subnets
    const ConnectionView &connections; ///< connections with their ends resolved
    const RuleConfig &config;
    std::string today; ///< YYYY-MM-DD
    const std::vector<Finding> *findings = nullptr; ///< set for post-phase rules only
    RunCache *cache = nullptr; ///< shared derived views of this run; null = build your own

    /// The configured value of one of rule's options (its default unless overridden).
    double option(const RuleMeta &meta, std::string_view name) const
    {
        return config.option(meta, name);
    }
};

/// Collects a rule's findings, filling in rule id and severity.
class FindingSink
{
public:
    FindingSink(const RuleMeta &meta, Severity severity, std::vector<Finding> &out)
        : m_meta(meta)
        , m_severity(severity)
        , m_out(out)
    { }

    /// Reports message on target (an element id) defined at loc; fix defaults to the remediation.
    Finding &report(
        const std::string &target, SourceLoc loc, std::string message, std::string fix = {});

private:
    const RuleMeta &m_meta;
    Severity m_severity;
    std::vector<Finding> &m_out;
};

/// One check over the model. Rules are stateless; options come through the constructor.
class Rule
{
public:
    virtual ~Rule() = default;
    virtual const RuleMeta &meta() const = 0;
    virtual void check(const RuleContext &ctx, FindingSink &sink) const = 0;
    /// Post-phase rules run after all others and see their findings (suppression checks).
    virtual bool postPhase() const { return false; }
};

} // namespace cw::rules
