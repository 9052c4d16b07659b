// SPDX-License-Identifier: MIT
#include "rules/registry.h"

#include <set>

/// Checks of the waivers themselves: expired (SUP-001), matching nothing (SUP-002), and aimed at
/// a constraint, which no waiver or `disable:` can lift (SUP-003). They run after the other rules.
namespace cw::rules {
namespace {

std::string describe(const Suppression &s)
{
    return "suppression of " + s.rule + " on '" + s.target + "'";
}

class ExpiredSuppressionRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SUP-001",
            .title = "Suppressions have not expired",
            .pillar = Pillar::Operations,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "A waiver is a decision with a review date; once it passes, the finding "
                         "counts again until someone decides anew.",
            .remediation = "Fix the finding, or renew the waiver with a new reason and expiry.",
            .references = { "PSRule Azure.Policy.WaiverExpiry", "trivy .trivyignore expired_at" },
        };
        return m;
    }
    bool postPhase() const override { return true; }
    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const auto &s : ctx.model.suppressions)
            if (!s.expires.empty() && s.expires < ctx.today)
                sink.report(s.target, s.loc,
                        describe(s) + " expired on " + s.expires + "; its findings count again")
                    .related
                    = { s.rule };
    }
};

class UnusedSuppressionRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SUP-002",
            .title = "Suppressions match a finding",
            .pillar = Pillar::Operations,
            .severity = Severity::Info,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "A waiver that matches nothing is stale (the issue was fixed or the "
                         "element renamed) and hides nothing but clutters the review.",
            .remediation = "Remove the suppression, or correct its rule id or target.",
            .references = {},
        };
        return m;
    }
    bool postPhase() const override { return true; }
    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        if (ctx.model.suppressions.empty())
            return;
        std::set<std::string_view> waivedRules;
        for (const auto &s : ctx.model.suppressions)
            waivedRules.insert(s.rule);
        std::set<std::pair<std::string_view, std::string_view>> found;
        for (const auto &f : *ctx.findings)
            if (waivedRules.count(f.ruleId))
                found.emplace(f.ruleId, f.target);
        for (const auto &s : ctx.model.suppressions)
            if (!found.count({ s.rule, s.target }))
                sink.report(s.target, s.loc, describe(s) + " matches no finding").related
                    = { s.rule };
    }
};

class ConstraintSuppressionRule final : public Rule
{
public:
    explicit ConstraintSuppressionRule(const RuleRegistry &registry)
        : m_registry(registry)
    { }
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SUP-003",
            .title = "Constraints are not suppressed or disabled",
            .pillar = Pillar::Operations,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "A constraint finding means the provider would reject the deployment; a "
                         "waiver or a disabled rule cannot change that, so either is ignored and "
                         "the constraint still gates export.",
            .remediation = "Fix the design, or force the export knowing the deployment fails.",
            .references = {},
        };
        return m;
    }
    bool postPhase() const override { return true; }
    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const auto &s : ctx.model.suppressions) {
            const Rule *r = m_registry.find(s.rule);
            if (r && r->meta().kind == RuleKind::Constraint)
                sink.report(s.target, s.loc,
                        describe(s) + " is ignored: " + s.rule
                            + " is a constraint the provider enforces")
                    .related
                    = { s.rule };
            else if (!r)
                sink.report(s.target, s.loc, describe(s) + " names an unknown rule").related
                    = { s.rule };
        }
        // A disable written in this document points at its line; one from a project file has
        // no position in the design, so its message names the file instead.
        for (const auto &[id, origin] : ctx.config.ignoredDisables) {
            const bool here = origin.file.empty() || origin.file == ctx.model.sourceFile;
            std::string from;
            if (!here)
                from = " (" + origin.file
                    + (origin.loc.valid() ? ':' + std::to_string(origin.loc.line) + ':'
                                + std::to_string(origin.loc.column)
                                          : std::string())
                    + ")";
            sink.report({}, here ? origin.loc : SourceLoc {},
                    "disabling " + id + from + " is ignored: " + id
                        + " is a constraint the provider enforces, so it still runs and gates "
                          "export")
                .related
                = { id };
        }
    }

private:
    const RuleRegistry &m_registry;
};

} // namespace

void registerGovernanceRules(RuleRegistry &registry)
{
    registry.emplace<ExpiredSuppressionRule>();
    registry.emplace<UnusedSuppressionRule>();
    registry.emplace<ConstraintSuppressionRule>(registry);
}

} // namespace cw::rules
