// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

/// REL-014: production object storage can recover lost or overwritten data: S3 buckets keep
/// versions, Azure storage accounts replicate beyond one datacenter (not LRS).
namespace cw::rules {
namespace {

using namespace placement;

class ObjectDurabilityRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-014",
            .title = "Production object storage keeps versions and replicates across zones",
            .pillar = Pillar::Reliability,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws, Provider::Azure },
            .rationale = "S3 replicates objects across zones, but an overwrite or delete (a bug, "
                         "a script, ransomware) is replicated too: only versioning keeps the "
                         "previous object. Locally redundant Azure storage keeps its three "
                         "copies in one datacenter, so a zone outage makes the data unavailable "
                         "or loses it.",
            .remediation = "Set versioning: true on production buckets (with a lifecycle rule for "
                           "old versions); use ZRS, GZRS or GRS replication for production "
                           "storage accounts.",
            .references = { "WA REL09-BP01", "checkov CKV_AWS_21", "checkov CKV_AWS_144",
                "trivy AWS-0090", "cfn-guard s3_bucket_versioning_enabled", "checkov CKV_AZURE_206",
                "PSRule Azure.Storage.UseReplication", "trivy AZU-0058" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        forEachServiceOf(ctx.services, { "aws.s3", "azure.storage-account" },
            [&](const Account &account, const Network *, const Service &svc) {
                if (!isProd(account))
                    return;
                if (svc.kind == "aws.s3" && !boolProp(ctx.catalog, svc, "versioning"))
                    sink.report(svc.id, svc.loc,
                            "bucket '" + svc.id + "' in production account '" + account.id
                                + "' keeps no object versions: overwrites and deletes cannot be "
                                  "undone",
                            "Set versioning: true on '" + svc.id + "'.")
                        .related
                        = { account.id };
                if (svc.kind != "azure.storage-account")
                    return;
                if (const std::string r = textProp(ctx.catalog, svc, "replication");
                    r.ends_with("_LRS"))
                    sink.report(svc.id, svc.loc,
                            "storage account '" + svc.id + "' in production account '" + account.id
                                + "' uses " + r + ": all copies sit in one datacenter",
                            "Set replication: "
                                + std::string(
                                    r.starts_with("Premium") ? "Premium_ZRS" : "Standard_ZRS")
                                + " (or a geo-redundant SKU) on '" + svc.id + "'.")
                        .related
                        = { account.id };
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeObjectDurabilityRule()
{
    return std::make_unique<ObjectDurabilityRule>();
}

} // namespace cw::rules
