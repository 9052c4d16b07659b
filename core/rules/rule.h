// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "model/modelindex.h"
#include "rules/finding.h"
#include "rules/netview.h"
#include "rules/ruleconfig.h"

#include <string>
#include <vector>

namespace cw::rules {

/// What a rule sees: the model, an id index, the catalog, and today's date for expiries.
struct RuleContext
{
    const Model &model;
    const ModelIndex &index;
    const Catalog &catalog;
    const NetView &net;  ///< parsed addresses, shared by network rules
    const RuleConfig &config;
    std::string today;                               ///< YYYY-MM-DD
    const std::vector<Finding> *findings = nullptr;  ///< set for post-phase rules only

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
    {}

    /// Reports message on target (an element id) defined at loc; fix defaults to the remediation.
    Finding &report(const std::string &target, SourceLoc loc, std::string message,
                    std::string fix = {});

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
