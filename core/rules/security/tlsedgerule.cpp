// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"

#include <map>

/// SEC-008: TLS on public edges: HTTPS listeners with TLS 1.2 policies on load balancers and
/// gateways, HTTPS for CDN viewers, HTTPS-only App Service and storage with TLS 1.2, and no plain
/// HTTP from the internet to an element that does not redirect it to HTTPS.
namespace cw::rules {
namespace {

/// One TLS gap of a service: what is wrong and what to set.
struct Gap
{
    std::string reason;
    std::string fix;
};

/// True when the element answers plain HTTP with a redirect to HTTPS.
bool redirectsHttp(const RuleContext &ctx, const Service &s)
{
    if (s.kind == "aws.alb")
        return textProp(ctx.catalog, s, "listener_protocol") == "HTTPS"
            && boolProp(ctx.catalog, s, "http_redirect");
    if (s.kind == "aws.cloudfront")
        return textProp(ctx.catalog, s, "viewer_protocol_policy") != "allow-all";
    if (s.kind == "azure.front-door")
        return boolProp(ctx.catalog, s, "https_redirect");
    if (s.kind == "azure.app-service" || s.kind == "azure.storage-account")
        return boolProp(ctx.catalog, s, "https_only");
    return false;
}

/// The gaps in a service's own TLS settings.
void settings(const RuleContext &ctx, const Service &s, std::vector<Gap> &out)
{
    const Catalog &c = ctx.catalog;
    const std::string &k = s.kind;
    if (k == "aws.alb" && !boolProp(c, s, "internal")) {
        if (textProp(c, s, "listener_protocol") == "HTTP")
            out.push_back({ "its listener is HTTP on port "
                    + std::to_string(intProp(c, s, "listener_port")),
                "set listener_protocol: HTTPS with listener_port 443 and http_redirect: true" });
        else if (textProp(c, s, "ssl_policy") == "ELBSecurityPolicy-2016-08")
            out.push_back({ "ssl_policy ELBSecurityPolicy-2016-08 still accepts TLS 1.0 and 1.1",
                "set ssl_policy: ELBSecurityPolicy-TLS13-1-2-2021-06" });
    } else if (k == "aws.cloudfront") {
        if (textProp(c, s, "viewer_protocol_policy") == "allow-all")
            out.push_back({ "viewer_protocol_policy is allow-all",
                "set viewer_protocol_policy: redirect-to-https" });
        if (!textProp(c, s, "min_tls").starts_with("TLSv1.2"))
            out.push_back(
                { "min_tls is " + textProp(c, s, "min_tls"), "set min_tls: TLSv1.2_2021" });
    } else if (k == "azure.front-door") {
        if (!boolProp(c, s, "https_redirect"))
            out.push_back({ "https_redirect is off", "set https_redirect: true" });
    } else if (k == "azure.application-gateway") {
        if (textProp(c, s, "listener_protocol") == "Http")
            out.push_back({ "its listener is Http", "set listener_protocol: Https" });
        const std::string policy = textProp(c, s, "ssl_policy");
        if (policy == "AppGwSslPolicy20150501" || policy == "AppGwSslPolicy20170401")
            out.push_back({ "ssl_policy " + policy + " accepts TLS 1.0",
                "set ssl_policy: AppGwSslPolicy20220101" });
    } else if (k == "azure.app-service" || k == "azure.storage-account") {
        if (!boolProp(c, s, "https_only"))
            out.push_back({ "https_only is off", "set https_only: true" });
        const std::string tls = textProp(c, s, "min_tls");
        if (tls == "1.0" || tls == "1.1" || tls == "TLS1_0" || tls == "TLS1_1")
            out.push_back({ "min_tls is " + tls,
                std::string("set min_tls: ") + (k == "azure.app-service" ? "\"1.2\"" : "TLS1_2") });
    } else if (k == "azure.redis-cache") {
        if (boolProp(c, s, "non_ssl_port"))
            out.push_back(
                { "the plaintext port 6379 is open (non_ssl_port)", "set non_ssl_port: false" });
        const std::string tls = textProp(c, s, "min_tls");
        if (tls != "1.2")
            out.push_back({ "min_tls is " + tls, "set min_tls: \"1.2\"" });
    }
}

class TlsEdgeRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-008",
            .title = "Public edges use TLS 1.2 or later",
            .pillar = Pillar::Security,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Plain HTTP exposes sessions and credentials to anyone on the path, and "
                         "TLS 1.0/1.1 have known weaknesses; every client-facing endpoint should "
                         "speak HTTPS with TLS 1.2+ and redirect plain HTTP.",
            .remediation = "Use HTTPS listeners with a TLS 1.2+ policy and an HTTP→HTTPS redirect, "
                           "viewer protocol redirect-to-https/https-only, https_only and min_tls "
                           "1.2 on App Service and storage.",
            .references = { "WA SEC09-BP02", "checkov CKV_AWS_2", "checkov CKV2_AWS_20",
                "checkov CKV_AWS_34", "checkov CKV_AWS_174", "trivy AWS-0054", "trivy AWS-0012",
                "trivy AWS-0013", "cdk-nag AwsSolutions-CFR4", "checkov CKV_AZURE_14",
                "checkov CKV_AZURE_15", "trivy AZU-0072", "PSRule Azure.AppService.MinTLS",
                "PSRule Azure.FrontDoor.MinTLS" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::map<const Service *, std::vector<Gap>> gaps;
        std::vector<const Service *> order;
        auto add = [&](const Service &s, Gap gap) {
            auto [it, fresh] = gaps.try_emplace(&s);
            if (fresh)
                order.push_back(&s);
            it->second.push_back(std::move(gap));
        };
        forEachServiceOf(ctx.services,
            { "aws.alb", "aws.cloudfront", "azure.front-door", "azure.application-gateway",
                "azure.app-service", "azure.storage-account", "azure.redis-cache" },
            [&](const Account &, const Network *, const Service &s) {
                std::vector<Gap> found;
                settings(ctx, s, found);
                for (auto &g : found)
                    add(s, std::move(g));
            });
        // Plain HTTP from the internet to something that does not redirect it.
        for (const ConnectionRow &row : ctx.connections.rows()) {
            const Connection &c = *row.connection;
            const ElementRef *from = row.from;
            const ElementRef *to = row.to;
            if (!from || !to || !to->service || !from->external
                || from->external->kind != ExternalKind::Internet || c.protocol != "http"
                || redirectsHttp(ctx, *to->service))
                continue;
            add(*to->service,
                { "'" + c.from + "' reaches it over plain HTTP (port "
                        + std::to_string(c.port == 0 ? 80 : c.port) + ")",
                    "connect '" + c.from + "' over https" });
        }
        for (const Service *s : order) {
            std::vector<std::string> reasons;
            std::vector<std::string> fixes;
            for (const Gap &g : gaps[s]) {
                reasons.push_back(g.reason);
                fixes.push_back(g.fix);
            }
            sink.report(s->id, s->loc,
                describe(ctx, *s) + " does not enforce TLS 1.2: " + joinReasons(reasons),
                fixSentence(fixes));
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeTlsEdgeRule()
{
    return std::make_unique<TlsEdgeRule>();
}

} // namespace cw::rules
