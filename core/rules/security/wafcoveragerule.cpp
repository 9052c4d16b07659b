// SPDX-License-Identifier: MIT
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"
#include "rules/views/exposure.h"

/// SEC-007: every internet-facing HTTP entry point (public ALB, API Gateway, CloudFront, Front
/// Door, Application Gateway) has a WAF in blocking mode, or is reached only through entry points
/// that have one (CloudFront + WAF in front of an ALB).
namespace cw::rules {
namespace {

class WafCoverageRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-007",
            .title = "Internet-facing HTTP entry points have a web application firewall",
            .pillar = Pillar::Security,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Load balancers, CDNs and API gateways pass injection, bot and "
                         "volumetric layer-7 attacks straight to the application unless a WAF "
                         "inspects the requests. On AWS a web ACL is a connection between an "
                         "aws.waf service and the entry point (global scope for CloudFront, the "
                         "entry point's region otherwise); on Azure the Front Door or Application "
                         "Gateway WAF must be in Prevention mode. An entry point reached only "
                         "from WAF-protected entry points is covered by them.",
            .remediation = "Connect an aws.waf web ACL to the entry point (or put it behind "
                           "CloudFront with one), or turn on the Front Door / Application Gateway "
                           "WAF in Prevention mode.",
            .references = { "WA SEC05-BP03", "checkov CKV2_AWS_28", "checkov CKV_AWS_68",
                "trivy AWS-0011", "cdk-nag AwsSolutions-CFR2", "cdk-nag AwsSolutions-APIG3",
                "cdk-nag ALBWAFEnabled (NIST/PCI packs)", "cfn-guard alb_waf_enabled",
                "checkov CKV_AZURE_121", "checkov CKV_AZURE_123", "PSRule Azure.FrontDoor.UseWAF",
                "PSRule Azure.AppGw.UseWAF", "PSRule Azure.FrontDoorWAF.PreventionMode" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::optional<Topology> ownTopology;
        const Topology &topo = topologyOf(ctx, ownTopology);
        std::optional<std::vector<WafInfo>> ownWaf;
        const std::vector<WafInfo> &waf = wafCoverageOf(ctx, topo, ownWaf);
        for (TopologyVertex v = 0; v < waf.size(); ++v) {
            const WafInfo &w = waf[v];
            if (w.state != WafState::Missing || !w.internetFacing)
                continue;
            const Service &svc = *topo.service(v);
            std::vector<std::string> callers;
            topo.forEachIncoming(v, [&](const Connection &, TopologyVertex peer) {
                callers.push_back(std::string(topo.id(peer)));
            });
            std::string fix;
            if (svc.kind == "aws.api-gateway" && w.gap.find("REST") != std::string::npos)
                fix = "Make '" + svc.id
                    + "' a REST API with a regional aws.waf web ACL, or serve it only through a "
                      "WAF-protected CloudFront distribution.";
            else if (svc.kind == "aws.cloudfront")
                fix = "Connect a global aws.waf web ACL (region left empty) to '" + svc.id + "'.";
            else if (svc.kind.starts_with("aws."))
                fix = "Connect an aws.waf web ACL in the region of '" + svc.id
                    + "' to it, or serve it only through a WAF-protected CloudFront distribution.";
            else if (svc.kind == "azure.application-gateway")
                fix = "Set sku: WAF_v2 and waf_mode: Prevention on '" + svc.id + "'.";
            else
                fix = "Set waf: true and waf_mode: Prevention on '" + svc.id + "'.";
            sink.report(svc.id, svc.loc,
                    "internet-facing " + describe(ctx, svc) + " has no WAF in front: " + w.gap, fix)
                .related
                = callers;
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeWafCoverageRule()
{
    return std::make_unique<WafCoverageRule>();
}

} // namespace cw::rules
