// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"

/// SEC-009: encryption at rest on databases, queues, topics, instance volumes and (optionally,
/// with customer-managed keys) log data. S3, ECR, Secrets Manager and every Azure data service
/// are always encrypted by the platform and cannot be configured otherwise, so they never fire.
namespace cw::rules {
namespace {

class EncryptionAtRestRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-009",
            .title = "Data is encrypted at rest",
            .pillar = Pillar::Security,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "Unencrypted volumes, snapshots and messages leak through backups, "
                         "shared snapshots and decommissioned media; RDS and Aurora encryption "
                         "cannot be turned on after creation.",
            .remediation = "Turn on storage_encrypted for databases, SQS/SNS server-side "
                           "encryption and root_volume_encrypted for instances.",
            .references = { "WA SEC08-BP02", "checkov CKV_AWS_16", "checkov CKV_AWS_96",
                "cdk-nag AwsSolutions-RDS2", "trivy AWS-0080", "trivy AWS-0079", "trivy AWS-0096",
                "checkov CKV_AWS_145", "checkov CKV_AWS_27", "cdk-nag AwsSolutions-SQS2",
                "cdk-nag AwsSolutions-SNS2", "checkov CKV_AWS_8", "checkov CKV_AWS_158",
                "checkov CKV_AWS_35" },
            .options = { { "log_cmk", 0,
                "1 = also require customer-managed KMS keys for CloudWatch log groups "
                "and CloudTrail files (always encrypted with AWS-owned keys otherwise)" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const bool logCmk = ctx.option(meta(), "log_cmk") != 0;
        const Catalog &c = ctx.catalog;
        forEachServiceOf(ctx.services,
            { "aws.rds-postgresql", "aws.aurora-postgresql", "aws.sqs", "aws.sns", "aws.ec2",
                "aws.cloudwatch", "aws.cloudtrail" },
            [&](const Account &, const Network *, const Service &s) {
                std::string what;
                std::string fix;
                const std::string &k = s.kind;
                if ((k == "aws.rds-postgresql" || k == "aws.aurora-postgresql")
                    && !boolProp(c, s, "storage_encrypted")) {
                    what = "storage_encrypted is off (it cannot be turned on after creation)";
                    fix = "Set storage_encrypted: true.";
                } else if ((k == "aws.sqs" || k == "aws.sns")
                    && textProp(c, s, "encryption") == "none") {
                    what = "encryption is none";
                    fix = k == "aws.sqs" ? "Set encryption: SSE-SQS (or SSE-KMS)."
                                         : "Set encryption: SSE-KMS.";
                } else if (k == "aws.ec2" && !boolProp(c, s, "root_volume_encrypted")) {
                    what = "root_volume_encrypted is off";
                    fix = "Set root_volume_encrypted: true.";
                } else if (logCmk && k == "aws.cloudwatch" && !boolProp(c, s, "log_encryption")) {
                    what = "log groups are not encrypted with a customer-managed key";
                    fix = "Set log_encryption: true.";
                } else if (logCmk && k == "aws.cloudtrail" && !boolProp(c, s, "kms_encryption")) {
                    what = "log files are not encrypted with a customer-managed key";
                    fix = "Set kms_encryption: true.";
                }
                if (!what.empty())
                    sink.report(
                        s.id, s.loc, describe(ctx, s) + " is not encrypted at rest: " + what, fix);
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeEncryptionAtRestRule()
{
    return std::make_unique<EncryptionAtRestRule>();
}

} // namespace cw::rules
