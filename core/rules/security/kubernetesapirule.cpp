// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"

/// SEC-014: the Kubernetes API server is private or limited to known CIDRs, and EKS secrets are
/// envelope-encrypted with KMS. (AKS etcd KMS encryption is not in the catalog, so it is not
/// checked.)
namespace cw::rules {
namespace {

bool openToWorld(const std::vector<std::string> &cidrs)
{
    for (const auto &c : cidrs)
        if (c == "0.0.0.0/0" || c == "::/0")
            return true;
    return cidrs.empty();
}

class KubernetesApiRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-014",
            .title = "Kubernetes API endpoints are private or CIDR-restricted",
            .pillar = Pillar::Security,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "A cluster API open to 0.0.0.0/0 is one leaked kubeconfig or API bug "
                         "away from takeover; unencrypted secrets in etcd leak with every "
                         "backup.",
            .remediation = "Use a private endpoint (EKS endpoint_private_access only, AKS "
                           "private_cluster) or restrict the public endpoint to known CIDRs; turn "
                           "on EKS secrets_encryption.",
            .references = { "WA SEC05-BP02", "checkov CKV_AWS_39", "checkov CKV_AWS_38",
                "checkov CKV_AWS_58", "cdk-nag AwsSolutions-EKS1", "trivy AWS-0040",
                "trivy AWS-0041", "checkov CKV_AZURE_115", "checkov CKV_AZURE_6", "trivy AZU-0041",
                "trivy AZU-0065", "PSRule Azure.AKS.AuthorizedIPs" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const Catalog &c = ctx.catalog;
        forEachServiceOf(ctx.services, { "aws.eks", "azure.aks" },
            [&](const Account &, const Network *, const Service &s) {
                std::vector<std::string> reasons;
                std::vector<std::string> fixes;
                if (s.kind == "aws.eks") {
                    if (boolProp(c, s, "endpoint_public_access", true)
                        && openToWorld(listProp(c, s, "public_access_cidrs"))) {
                        reasons.push_back("the public API endpoint accepts 0.0.0.0/0");
                        fixes.push_back(
                            "set endpoint_public_access: false with "
                            "endpoint_private_access: true, or list the allowed ranges in "
                            "public_access_cidrs");
                    }
                    if (!boolProp(c, s, "secrets_encryption")) {
                        reasons.push_back("secrets_encryption is off");
                        fixes.push_back("set secrets_encryption: true");
                    }
                } else if (s.kind == "azure.aks" && !boolProp(c, s, "private_cluster")
                    && listProp(c, s, "authorized_ip_ranges").empty()) {
                    reasons.push_back("the API server is public with no authorized_ip_ranges");
                    fixes.push_back("set private_cluster: true or list authorized_ip_ranges");
                }
                if (!reasons.empty())
                    sink.report(s.id, s.loc, describe(ctx, s) + ": " + joinReasons(reasons),
                        fixSentence(fixes));
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeKubernetesApiRule()
{
    return std::make_unique<KubernetesApiRule>();
}

} // namespace cw::rules
