// SPDX-License-Identifier: MIT
#include "rules/operations/operationsrules.h"
#include "rules/props.h"
#include "rules/rulehelpers.h"

/// OPS-002: load balancers, CDNs, API gateways and WAFs log their requests. Network Load
/// Balancers only log TLS listeners, so only those are checked. Azure Front Door and Application
/// Gateway logs are diagnostic settings, which the catalog does not model.
namespace cw::rules {
namespace {

class AccessLogsRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "OPS-002",
            .title = "Entry points write access logs",
            .pillar = Pillar::Operations,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "Access logs are the only record of what clients asked for: without "
                         "them errors, abuse and attacks at the edge cannot be traced.",
            .remediation = "Turn on access_logs (load balancers, CloudFront, API Gateway) and "
                           "logging (WAF).",
            .references = { "WA SEC04-BP01", "checkov CKV_AWS_91", "checkov CKV_AWS_86",
                "checkov CKV2_AWS_31", "checkov CKV_AWS_176", "cdk-nag AwsSolutions-ELB2",
                "cdk-nag AwsSolutions-CFR3", "PSRule Azure.FrontDoor.Logs" },
            .options = { { "include_non_prod", 0,
                "1 = also check dev, test and staging accounts (default: production "
                "only)" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const bool nonProd = ctx.option(meta(), "include_non_prod") != 0;
        const Catalog &c = ctx.catalog;
        forEachServiceOf(ctx.services,
            { "aws.waf", "aws.nlb", "aws.alb", "aws.cloudfront", "aws.api-gateway" },
            [&](const Account &a, const Network *, const Service &s) {
                if (!nonProd && !isProd(a))
                    return;
                const std::string &k = s.kind;
                std::string flag = "access_logs";
                if (k == "aws.waf")
                    flag = "logging";
                else if (k == "aws.nlb") {
                    if (textProp(c, s, "listener_protocol") != "TLS")
                        return;
                } else if (k != "aws.alb" && k != "aws.cloudfront" && k != "aws.api-gateway")
                    return;
                if (!boolProp(c, s, flag))
                    sink.report(s.id, s.loc,
                        describe(ctx, s) + " writes no access logs (" + flag + " is off)",
                        "Set " + flag + ": true on '" + s.id + "'.");
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeAccessLogsRule()
{
    return std::make_unique<AccessLogsRule>();
}

} // namespace cw::rules
