// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"

/// SEC-001: databases are not publicly accessible: no public flag, no public subnet, no Azure
/// public network access.
namespace cw::rules {
namespace {

class PublicDatabaseRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-001",
            .title = "Databases are not publicly accessible",
            .pillar = Pillar::Security,
            .severity = Severity::Critical,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "A database with a public address or a public endpoint can be reached "
                         "(and brute-forced) from anywhere; only the application tier should reach "
                         "it, over private addresses.",
            .remediation = "Turn publicly_accessible / public_network_access off and place the "
                           "database in private or isolated subnets (Azure: private access through "
                           "a delegated subnet, or a private endpoint).",
            .references = { "WA SEC05-BP01", "checkov CKV_AWS_17", "trivy AWS-0180",
                "cfn-guard rds_instance_public_access_check",
                "cdk-nag RDSInstancePublicAccess (HIPAA/NIST/PCI packs)", "checkov CKV2_AZURE_57",
                "checkov CKV2_AZURE_26", "PSRule Azure.PostgreSQL.FirewallIPRange" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        forEachServiceWhere(
            ctx.services, isDatabase, [&](const Account &, const Network *, const Service &svc) {
                const KindSpec *spec = ctx.catalog.find(svc.kind);
                std::vector<std::string> reasons;
                std::vector<std::string> fixes;
                std::vector<std::string> related;
                if (spec->property("publicly_accessible")
                    && boolProp(ctx.catalog, svc, "publicly_accessible")) {
                    reasons.push_back("publicly_accessible is true");
                    fixes.push_back("set publicly_accessible: false");
                }
                for (const Subnet *s : subnetsOf(ctx, svc))
                    if (s->tier == Tier::Public)
                        related.push_back(s->id);
                if (!related.empty()) {
                    reasons.push_back("it is placed in public subnet"
                        + std::string(related.size() > 1 ? "s " : " ") + quotedList(related));
                    fixes.push_back("move it to isolated (or private) subnets");
                }
                // Subnet-placed (VNet-integrated) Azure servers have no public endpoint at all.
                if (svc.subnets.empty() && spec->property("public_network_access")
                    && boolProp(ctx.catalog, svc, "public_network_access", true)) {
                    reasons.push_back("public_network_access is on and it is not in a subnet");
                    fixes.push_back("set public_network_access: false and place it in a delegated "
                                    "subnet or give it a private endpoint");
                }
                if (reasons.empty())
                    return;
                const std::string fix = fixSentence(fixes);
                sink.report(svc.id, svc.loc,
                        describe(ctx, svc)
                            + " is reachable from the internet: " + joinReasons(reasons),
                        fix)
                    .related
                    = related;
            });
    }
};

} // namespace

std::unique_ptr<Rule> makePublicDatabaseRule()
{
    return std::make_unique<PublicDatabaseRule>();
}

} // namespace cw::rules
