// SPDX-License-Identifier: MIT
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"

#include <algorithm>

/// SEC-017: the data tier does not talk to the internet. No connection runs from a data store, or
/// from a service placed only in isolated subnets, to an internet or SaaS external.
namespace cw::rules {
namespace {

class DataEgressRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-017",
            .title = "The data tier has no egress to the internet",
            .pillar = Pillar::Security,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Outbound internet access from the data tier is the exfiltration path of "
                         "most breaches; databases and isolated subnets need none (isolated "
                         "subnets have no route to the internet at all).",
            .remediation = "Remove the connection, or move the caller to the application tier and "
                           "reach outside services from there (through a NAT gateway or a VPC "
                           "endpoint).",
            .references = { "WA SEC05-BP01", "trivy AWS-0104", "checkov CKV_AWS_382" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const ConnectionRow &row : ctx.connections.rows()) {
            const Connection &c = *row.connection;
            const ElementRef *from = row.from;
            const ElementRef *to = row.to;
            if (!from || !to || !from->service || !to->external
                || to->external->kind == ExternalKind::OnPremises)
                continue;
            const Service &s = *from->service;
            const KindSpec *spec = ctx.catalog.find(s.kind);
            const auto &subnets = subnetsOf(ctx, s);
            const bool isolated = !subnets.empty()
                && std::all_of(subnets.begin(), subnets.end(),
                    [](const Subnet *sub) { return sub->tier == Tier::Isolated; });
            if (!(spec && spec->dataStore) && !isolated)
                continue;
            const std::string why
                = spec && spec->dataStore ? "a data store" : "placed only in isolated subnets";
            sink.report(s.id, s.loc,
                    describe(ctx, s) + " (" + why + ") sends traffic to "
                        + std::string(toString(to->external->kind)) + " external '" + c.to + "'",
                    "Remove the connection from '" + s.id + "' to '" + c.to
                        + "', or move that call to the application tier.")
                .related
                = { c.to };
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeDataEgressRule()
{
    return std::make_unique<DataEgressRule>();
}

} // namespace cw::rules
