// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"

#include <unordered_set>

/// SEC-012: Azure PaaS data services (Key Vault, Storage, Container Registry; regional
/// PostgreSQL and Redis for the private-endpoint half) are reached privately: the public
/// endpoint is off or default-deny, and a service with public access off has a private endpoint
/// (otherwise nothing in a VNet can reach it). Public databases are SEC-001's finding.
namespace cw::rules {
namespace {

/// Container registries take private endpoints only on the Premium SKU.
std::string premiumNote(const RuleContext &ctx, const Service &s)
{
    return s.kind == "azure.container-registry" && textProp(ctx.catalog, s, "sku") != "Premium"
        ? " (private endpoints need sku: Premium)"
        : "";
}

class PrivatePaasRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-012",
            .title = "PaaS data services are reachable only privately",
            .pillar = Pillar::Security,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Azure },
            .rationale = "Key Vault, Storage and Container Registry accept requests from any "
                         "network by default; with public access off (or a default-deny "
                         "firewall) and a private endpoint in the VNet, stolen credentials alone "
                         "are not enough to reach the data.",
            .remediation = "Set public_network_access: false (or network_default_action: Deny) "
                           "and add an azure.private-endpoint whose target is the service.",
            .references = { "WA SEC05-BP01", "checkov CKV_AZURE_189", "checkov CKV2_AZURE_32",
                "checkov CKV_AZURE_35", "checkov CKV_AZURE_139", "trivy AZU-0012",
                "PSRule Azure.KeyVault.Firewall", "PSRule Azure.Storage.Firewall" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const Catalog &c = ctx.catalog;
        std::unordered_set<std::string> endpoints; // targets of private endpoints
        forEachServiceOf(ctx.services, { "azure.private-endpoint" },
            [&](const Account &, const Network *, const Service &s) {
                endpoints.insert(textProp(c, s, "target"));
            });
        auto reachable
            = [](const KindSpec *spec) { return spec && spec->property("public_network_access"); };
        forEachServiceWhere(
            ctx.services, reachable, [&](const Account &a, const Network *, const Service &s) {
                const KindSpec *spec = c.find(s.kind);
                if (a.provider != Provider::Azure || !s.subnets.empty())
                    return;
                const std::string_view cat = spec->category;
                const bool paas = cat == "security" || cat == "storage" || cat == "containers";
                if (!paas && !isDatabase(spec))
                    return;
                const bool publicOn = boolProp(c, s, "public_network_access", true);
                const bool denyByDefault = spec->property("network_default_action")
                    && textProp(c, s, "network_default_action") == "Deny";
                const bool hasEndpoint = endpoints.count(s.id) > 0;
                if (paas && publicOn && !denyByDefault)
                    sink.report(s.id, s.loc,
                        describe(ctx, s)
                            + " accepts traffic from any network "
                              "(public_network_access on"
                            + std::string(spec->property("network_default_action")
                                    ? ", network_default_action Allow"
                                    : "")
                            + (hasEndpoint ? ")" : ") and no private endpoint targets it"),
                        "Set public_network_access: false on '" + s.id + "'"
                            + (hasEndpoint ? std::string(".")
                                           : " and add an azure.private-endpoint with target '"
                                        + s.id + "'" + premiumNote(ctx, s) + "."));
                else if (!publicOn && !hasEndpoint)
                    sink.report(s.id, s.loc,
                        describe(ctx, s)
                            + " has public_network_access off but no private "
                              "endpoint targets it, so no workload can reach it",
                        "Add an azure.private-endpoint with target '" + s.id
                            + "' in the subnet of its clients" + premiumNote(ctx, s) + ".");
            });
    }
};

} // namespace

std::unique_ptr<Rule> makePrivatePaasRule()
{
    return std::make_unique<PrivatePaasRule>();
}

} // namespace cw::rules
