// SPDX-License-Identifier: MIT
#include "rules/operations/operationsrules.h"
#include "rules/rulehelpers.h"

#include <array>

/// OPS-006: required tags. Exporters copy an account's tags to every resource, so a tag is
/// present on a service when the account or the service sets it. Which tags are required is
/// chosen per tag with a 0/1 option (options are numbers): owner and environment by default.
/// Accounts with nothing in them are not checked.
namespace cw::rules {
namespace {

struct TagOption
{
    std::string_view option;
    std::string_view tag;
};
constexpr std::array<TagOption, 4> kTags { { { "owner", "owner" }, { "environment", "environment" },
    { "cost_center", "cost-center" }, { "data_classification", "data-classification" } } };

bool hasTag(const Tags &tags, std::string_view key)
{
    for (const auto &[k, v] : tags)
        if (k.size() == key.size() && containsNoCase(k, key) && !v.empty())
            return true;
    return false;
}

class RequiredTagsRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "OPS-006",
            .title = "Resources carry the required tags",
            .pillar = Pillar::Operations,
            .severity = Severity::Low,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Untagged resources have no owner to call during an incident and no "
                         "budget to charge; cost reports and automation rely on consistent "
                         "tags.",
            .remediation = "Set the required tags on the account (they reach every resource) or on "
                           "each service.",
            .references = { "WA COST03-BP02", "PSRule Azure.Resource.RequiredTags",
                "PSRule Azure.Resource.UseTags", "checkov CKV_AWS_153" },
            .options = { { "owner", 1, "1 = require an 'owner' tag" },
                { "environment", 1, "1 = require an 'environment' tag" },
                { "cost_center", 0, "1 = require a 'cost-center' tag" },
                { "data_classification", 0, "1 = require a 'data-classification' tag" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::vector<std::string_view> required;
        for (const auto &t : kTags)
            if (ctx.option(meta(), t.option) != 0)
                required.push_back(t.tag);
        for (const Account &a : ctx.model.accounts) {
            std::vector<std::string> missing;
            for (auto tag : required)
                if (!hasTag(a.tags, tag))
                    missing.push_back(std::string(tag));
            if (missing.empty())
                continue;
            std::size_t services = 0;
            std::size_t lacking = 0;
            auto visit = [&](const Service &s) {
                ++services;
                for (const auto &tag : missing)
                    if (!hasTag(s.tags, tag)) {
                        ++lacking;
                        return;
                    }
            };
            for (const Network &n : a.networks)
                for (const Service &s : n.services)
                    visit(s);
            for (const Service &s : a.services)
                visit(s);
            if (lacking == 0 && (services > 0 || a.networks.empty()))
                continue; // every service sets them itself, or the account holds nothing
            sink.report(a.id, a.loc,
                "account '" + a.id + "' has no " + quotedList(missing) + " tag"
                    + (missing.size() > 1 ? "s" : "")
                    + (services > 0 ? " and " + std::to_string(lacking) + " of its "
                                + std::to_string(services) + " services "
                                + (lacking == 1 ? "does" : "do") + " not set "
                                + (missing.size() > 1 ? "them" : "it") + " either"
                                    : std::string()),
                "Add " + quotedList(missing) + " to the tags of '" + a.id + "'.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeRequiredTagsRule()
{
    return std::make_unique<RequiredTagsRule>();
}

} // namespace cw::rules
