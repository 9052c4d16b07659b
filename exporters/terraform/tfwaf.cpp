// SPDX-License-Identifier: MIT
// WAFv2 web ACLs: managed rule groups, a rate-based rule, associations and logging.
#include "terraform/tfmodule.h"

namespace cw::exporters::tf {

namespace {

/// Characters WAF accepts in rule and metric names.
std::string metricName(std::string_view s)
{
    std::string out;
    for (char c : s)
        out.push_back(
            std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '-');
    if (out.size() > 128)
        out.resize(128);
    return out.empty() ? "rule" : out;
}

void visibility(Body &b, const std::string &metric)
{
    Body &v = b.block("visibility_config");
    v.attr("cloudwatch_metrics_enabled", Expr::boolean(true));
    v.attr("metric_name", Expr::str(metric));
    v.attr("sampled_requests_enabled", Expr::boolean(true));
}

} // namespace

std::vector<const Service *> wafTargets(const Module &m, const Service &waf)
{
    std::vector<const Service *> out;
    for (const char *kind : { "aws.cloudfront", "aws.alb", "aws.api-gateway" })
        for (const Service *s : m.topo.linked(waf.id, kind))
            if (m.topo.accountOf(s->id) == &m.account)
                out.push_back(s);
    if (!out.empty())
        return out;
    // Not connected: a global ACL guards the account's distributions, a regional one its
    // internet-facing load balancers in that region.
    for (const Service *s : m.services()) {
        if (waf.region.empty() && s->kind == "aws.cloudfront")
            out.push_back(s);
        if (!waf.region.empty() && s->kind == "aws.alb" && !m.props(*s).b("internal")
            && m.regionOf(*s) == waf.region)
            out.push_back(s);
    }
    return out;
}

bool wafIsGlobal(const Module &m, const Service &waf)
{
    for (const Service *t : wafTargets(m, waf))
        if (t->kind == "aws.cloudfront")
            return true;
    return waf.region.empty();
}

std::string wafFor(Module &m, const Service &target)
{
    for (const Service *s : m.services()) {
        if (s->kind != "aws.waf")
            continue;
        for (const Service *t : wafTargets(m, *s))
            if (t == &target)
                return m.ref("aws_wafv2_web_acl", s->id) + ".arn";
    }
    return {};
}

void emitWaf(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const bool global = wafIsGlobal(m, s);
    const bool alias = global && m.region != "us-east-1";
    const std::string label = m.label("aws_wafv2_web_acl", s.id);
    Body &b = m.resource(kEdgeTf, "aws_wafv2_web_acl", label);
    if (alias)
        b.attr("provider", Expr::raw(m.usEast1())).blank();
    else if (!global)
        m.regionArg(b, m.regionOf(s));
    b.attr("name", Expr::str(metricName(s.id)));
    b.attr("description", Expr::str(metricName(Module::displayName(s))));
    b.attr("scope", Expr::str(global ? "CLOUDFRONT" : "REGIONAL"));
    b.block("default_action").block(p.s("default_action") == "block" ? "block" : "allow");
    std::int64_t priority = 0;
    for (const auto &group : p.list("managed_rule_groups")) {
        Body &r = b.block("rule");
        r.attr("name", Expr::str(metricName(group)));
        r.attr("priority", Expr::num(++priority));
        r.block("override_action").block("none");
        Body &mg = r.block("statement").block("managed_rule_group_statement");
        mg.attr("name", Expr::str(group));
        mg.attr("vendor_name", Expr::str("AWS"));
        visibility(r, metricName(group));
    }
    {
        Body &r = b.block("rule");
        r.attr("name", Expr::str("rate-limit"));
        r.attr("priority", Expr::num(++priority));
        r.block("action").block("block");
        Body &rb = r.block("statement").block("rate_based_statement");
        rb.attr("aggregate_key_type", Expr::str("IP"));
        rb.attr("limit", Expr::num(p.i("rate_limit")));
        visibility(r, "rate-limit");
    }
    visibility(b, metricName(s.id));
    b.blank().attr("tags", m.serviceTags(s));

    const std::string arn = "aws_wafv2_web_acl." + label + ".arn";
    for (const Service *t : wafTargets(m, s)) {
        if (t->kind == "aws.cloudfront")
            continue;
        if (global || t->kind != "aws.alb") {
            m.note("Web ACL `" + s.id + "` cannot guard `" + t->id + "` (" + t->kind
                + "): a web ACL is either global (CloudFront) or regional (ALB, REST API stage).");
            continue;
        }
        Body &a = m.resource(kEdgeTf, "aws_wafv2_web_acl_association",
            m.label("aws_wafv2_web_acl_association", s.id, snakeName(t->id)));
        m.regionArg(a, m.regionOf(*t));
        a.attr("resource_arn", Expr::raw(m.ref("aws_lb", t->id) + ".arn"));
        a.attr("web_acl_arn", Expr::raw(arn));
    }
    if (p.b("logging")) {
        // WAF only delivers to log groups whose name starts with aws-waf-logs-.
        const std::string lg = m.label("aws_cloudwatch_log_group", s.id, "waf");
        Body &l = m.resource(kObservabilityTf, "aws_cloudwatch_log_group", lg);
        if (alias)
            l.attr("provider", Expr::raw(m.usEast1())).blank();
        else if (!global)
            m.regionArg(l, m.regionOf(s));
        l.attr("name", Expr::str("aws-waf-logs-" + awsName(s.id, 200)));
        l.attr("retention_in_days", Expr::num(m.logRetentionDays()));
        l.blank().attr("tags", m.serviceTags(s));
        Body &c = m.resource(kEdgeTf, "aws_wafv2_web_acl_logging_configuration",
            m.label("aws_wafv2_web_acl_logging_configuration", s.id));
        if (alias)
            c.attr("provider", Expr::raw(m.usEast1())).blank();
        else if (!global)
            m.regionArg(c, m.regionOf(s));
        c.attr("log_destination_configs",
            Expr::list({ Expr::raw("aws_cloudwatch_log_group." + lg + ".arn") }));
        c.attr("resource_arn", Expr::raw(arn));
    }
}

} // namespace cw::exporters::tf
