// SPDX-License-Identifier: MIT
// Edge: CloudFront distributions (origins from the connections, origin access control for S3),
// web ACLs and API Gateway APIs.
#include "terraform/tfmodule.h"

#include <algorithm>

namespace cw::exporters::tf {

namespace {

struct Origin
{
    const Service *service;
    std::string id; ///< origin_id
};

std::string cachePolicy(Module &m, const std::string &label, const std::string &name)
{
    return m.sharedData(kEdgeTf, "aws_cloudfront_cache_policy", label, [&](Body &b) {
        b.attr("name", Expr::str(name));
    }) + ".id";
}

void behavior(Module &m, Body &b, const Origin &o, const std::string &viewerPolicy, bool dynamic)
{
    if (dynamic) {
        b.attr("allowed_methods",
            Expr::strList({ "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT" }));
        b.attr("cached_methods", Expr::strList({ "GET", "HEAD" }));
    } else {
        b.attr("allowed_methods", Expr::strList({ "GET", "HEAD", "OPTIONS" }));
        b.attr("cached_methods", Expr::strList({ "GET", "HEAD" }));
    }
    b.attr("target_origin_id", Expr::str(o.id));
    b.attr("viewer_protocol_policy", Expr::str(viewerPolicy));
    b.attr("compress", Expr::boolean(true));
    if (dynamic) {
        b.attr("cache_policy_id",
            Expr::raw(cachePolicy(m, "caching_disabled", "Managed-CachingDisabled")));
        b.attr("origin_request_policy_id",
            Expr::raw(
                m.sharedData(kEdgeTf, "aws_cloudfront_origin_request_policy",
                    "all_viewer_except_host_header",
                    [](Body &d) { d.attr("name", Expr::str("Managed-AllViewerExceptHostHeader")); })
                + ".id"));
    } else {
        b.attr("cache_policy_id",
            Expr::raw(cachePolicy(m, "caching_optimized", "Managed-CachingOptimized")));
    }
}

void distribution(Module &m, const Service &s)
{
    const Props p = m.props(s);
    std::vector<Origin> origins;
    for (const Connection *c : m.topo.from(s.id)) {
        const Service *t = m.topo.service(c->to);
        static const std::set<std::string> kinds { "aws.s3", "aws.alb", "aws.nlb",
            "aws.api-gateway" };
        if (t && kinds.count(t->kind) && m.topo.accountOf(t->id) == &m.account)
            origins.push_back({ t, awsName(t->id, 100) });
    }
    if (origins.empty()) {
        m.note("CloudFront distribution `" + s.id
            + "` has no origin (connect it to a bucket, load balancer or API); not exported.");
        return;
    }
    std::stable_partition(origins.begin(), origins.end(),
        [](const Origin &o) { return o.service->kind == "aws.s3"; });
    const bool oac = p.b("origin_access_control");
    const bool anyS3 = origins.front().service->kind == "aws.s3";
    std::string oacRef;
    if (anyS3 && oac) {
        const std::string label = m.label("aws_cloudfront_origin_access_control", s.id);
        Body &o = m.resource(kEdgeTf, "aws_cloudfront_origin_access_control", label);
        o.attr("name", Expr::str(awsName(s.id, 64)));
        o.attr(
            "description", Expr::str("Signs requests of " + awsName(s.id) + " to its S3 origins"));
        o.attr("origin_access_control_origin_type", Expr::str("s3"));
        o.attr("signing_behavior", Expr::str("always"));
        o.attr("signing_protocol", Expr::str("sigv4"));
        oacRef = "aws_cloudfront_origin_access_control." + label + ".id";
    }
    const auto aliases = p.list("aliases");
    const std::string viewerPolicy = p.s("viewer_protocol_policy");
    const std::string label = m.label("aws_cloudfront_distribution", s.id);
    Body &b = m.resource(kEdgeTf, "aws_cloudfront_distribution", label);
    b.attr("enabled", Expr::boolean(true));
    b.attr("is_ipv6_enabled", Expr::boolean(true));
    b.attr("comment", Expr::str(Module::displayName(s)));
    b.attr("price_class", Expr::str(p.s("price_class")));
    b.attr("http_version", Expr::str(p.s("http_version")));
    const std::string root = p.s("default_root_object");
    if (!root.empty())
        b.attr("default_root_object", Expr::str(root));
    if (!aliases.empty())
        b.attr("aliases", Expr::strList(aliases));
    if (const std::string waf = wafFor(m, s); !waf.empty())
        b.attr("web_acl_id", Expr::raw(waf));
    for (const Origin &o : origins) {
        Body &ob = b.block("origin");
        const std::string &k = o.service->kind;
        if (k == "aws.s3") {
            ob.attr("domain_name",
                Expr::raw(m.ref("aws_s3_bucket", o.service->id) + ".bucket_regional_domain_name"));
            ob.attr("origin_id", Expr::str(o.id));
            if (!oacRef.empty())
                ob.attr("origin_access_control_id", Expr::raw(oacRef));
            continue;
        }
        bool https = true;
        if (k == "aws.api-gateway" && m.props(*o.service).s("api_type") == "REST") {
            ob.attr("domain_name",
                hcl::interp("", m.ref("aws_api_gateway_rest_api", o.service->id) + ".id",
                    ".execute-api." + m.regionOf(*o.service) + ".amazonaws.com"));
        } else if (k == "aws.api-gateway") {
            ob.attr("domain_name",
                Expr::raw("replace(" + m.ref("aws_apigatewayv2_api", o.service->id)
                    + ".api_endpoint, \"https://\", \"\")"));
        } else {
            ob.attr("domain_name", Expr::raw(m.ref("aws_lb", o.service->id) + ".dns_name"));
            const std::string proto = m.props(*o.service).s("listener_protocol");
            https = proto == "HTTPS" || proto == "TLS";
            if (https)
                m.note("CloudFront `" + s.id + "` reaches `" + o.service->id
                    + "` over HTTPS: give the load balancer a DNS name its certificate covers and "
                      "use it as the origin domain.");
        }
        ob.attr("origin_id", Expr::str(o.id));
        Body &co = ob.block("custom_origin_config");
        co.attr("http_port", Expr::num(std::int64_t { 80 }));
        co.attr("https_port", Expr::num(std::int64_t { 443 }));
        co.attr("origin_protocol_policy", Expr::str(https ? "https-only" : "http-only"));
        co.attr("origin_ssl_protocols", Expr::strList({ "TLSv1.2" }));
    }
    behavior(m, b.block("default_cache_behavior"), origins.front(), viewerPolicy, !anyS3);
    for (std::size_t i = 1; i < origins.size(); ++i) {
        Body &ob = b.block("ordered_cache_behavior");
        const bool api = origins.size() == 2 && anyS3 && origins[i].service->kind != "aws.s3";
        ob.attr("path_pattern", Expr::str(api ? "/api/*" : "/" + origins[i].id + "/*"));
        behavior(m, ob, origins[i], viewerPolicy, origins[i].service->kind != "aws.s3");
    }
    const bool onlyBuckets = std::all_of(origins.begin(), origins.end(),
        [](const Origin &o) { return o.service->kind == "aws.s3"; });
    if (anyS3 && root == "index.html" && !onlyBuckets)
        m.note("CloudFront `" + s.id
            + "` serves a single-page app next to an API: error pages would rewrite the API's 404s "
              "too, "
              "so route deep links to index.html with a CloudFront Function instead.");
    if (anyS3 && root == "index.html" && onlyBuckets) {
        // A single-page app answers unknown paths with its shell.
        for (std::int64_t code : { 403, 404 }) {
            Body &e = b.block("custom_error_response");
            e.attr("error_code", Expr::num(code));
            e.attr("response_code", Expr::num(std::int64_t { 200 }));
            e.attr("response_page_path", Expr::str("/index.html"));
        }
    }
    b.block("restrictions").block("geo_restriction").attr("restriction_type", Expr::str("none"));
    Body &vc = b.block("viewer_certificate");
    if (aliases.empty()) {
        vc.attr("cloudfront_default_certificate", Expr::boolean(true));
    } else {
        std::vector<std::string> sans(aliases.begin() + 1, aliases.end());
        vc.attr(
            "acm_certificate_arn", Expr::raw(certificateArn(m, s, aliases.front(), sans, true)));
        vc.attr("ssl_support_method", Expr::str("sni-only"));
        vc.attr("minimum_protocol_version", Expr::str(p.s("min_tls")));
    }
    b.blank().attr("tags", m.serviceTags(s));
    if (p.b("access_logs"))
        m.note("CloudFront `" + s.id
            + "`: standard logging needs a log bucket with ACLs enabled; not exported.");
    const std::string dist = "aws_cloudfront_distribution." + label;
    for (const auto &alias : aliases) {
        const Service *zone = zoneFor(m, alias);
        if (!zone)
            continue;
        for (const char *type : { "A", "AAAA" }) {
            Body &r = m.resource(kEdgeTf, "aws_route53_record",
                m.label("aws_route53_record", s.id, snakeName(alias) + "_" + lower(type)));
            r.attr("zone_id", Expr::raw(m.ref("aws_route53_zone", zone->id) + ".zone_id"));
            r.attr("name", Expr::str(alias));
            r.attr("type", Expr::str(type));
            Body &a = r.block("alias");
            a.attr("name", Expr::raw(dist + ".domain_name"));
            a.attr("zone_id", Expr::raw(dist + ".hosted_zone_id"));
            a.attr("evaluate_target_health", Expr::boolean(false));
        }
    }
    m.output({ snakeName(s.id) + "_domain_name",
        "Domain name of the CloudFront distribution " + s.id + ".",
        Expr::raw(dist + ".domain_name") });
}

void httpApi(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string region = m.regionOf(s);
    const std::string type = p.s("api_type");
    const bool websocket = type == "WEBSOCKET";
    const std::string label = m.label("aws_apigatewayv2_api", s.id);
    const std::string api = "aws_apigatewayv2_api." + label;
    {
        Body &b = m.resource(kEdgeTf, "aws_apigatewayv2_api", label);
        m.regionArg(b, region);
        b.attr("name", Expr::str(awsName(s.id, 128)));
        b.attr("protocol_type", Expr::str(websocket ? "WEBSOCKET" : "HTTP"));
        if (websocket)
            b.attr("route_selection_expression", Expr::str("$request.body.action"));
        if (!s.description.empty())
            b.attr("description", Expr::str(s.description));
        b.blank().attr("tags", m.serviceTags(s));
    }
    std::string logs;
    if (p.b("access_logs"))
        logs = emitLogGroup(m, s, "/aws/apigateway/" + awsName(s.id));
    {
        Body &b = m.resource(
            kEdgeTf, "aws_apigatewayv2_stage", m.label("aws_apigatewayv2_stage", s.id));
        m.regionArg(b, region);
        b.attr("api_id", Expr::raw(api + ".id"));
        b.attr("name",
            Expr::str(websocket ? std::string(toString(m.account.environment)) : "$default"));
        b.attr("auto_deploy", Expr::boolean(true));
        Body &rs = b.block("default_route_settings");
        rs.attr("throttling_burst_limit", Expr::num(p.i("throttling_burst_limit")));
        rs.attr("throttling_rate_limit", Expr::num(p.d("throttling_rate_limit")));
        if (!logs.empty()) {
            Body &al = b.block("access_log_settings");
            al.attr("destination_arn", Expr::raw(logs + ".arn"));
            Expr format = Expr::object();
            for (const char *f : { "requestId", "ip", "requestTime", "httpMethod", "routeKey",
                     "status", "responseLength" })
                format.set(f, Expr::str(std::string("$context.") + f));
            al.attr("format", Expr::call("jsonencode", { std::move(format) }));
        }
        b.blank().attr("tags", m.serviceTags(s));
    }
    const std::string auth = p.s("authorizer");
    if (auth != "none" && auth != "iam")
        m.note("API `" + s.id + "`: the " + auth
            + " authorizer needs its issuer/function settings; not exported.");
    bool first = true;
    for (const Connection *c : m.topo.from(s.id)) {
        const Service *t = m.topo.service(c->to);
        if (!t || m.topo.accountOf(t->id) != &m.account)
            continue;
        if (t->kind != "aws.lambda") {
            m.note("API `" + s.id + "` -> `" + t->id
                + "`: private integrations (VPC link) are not exported; integrate it by hand.");
            continue;
        }
        const std::string fn = m.ref("aws_lambda_function", t->id);
        const std::string integ = m.label("aws_apigatewayv2_integration", s.id, snakeName(t->id));
        Body &i = m.resource(kEdgeTf, "aws_apigatewayv2_integration", integ);
        m.regionArg(i, region);
        i.attr("api_id", Expr::raw(api + ".id"));
        i.attr("integration_type", Expr::str("AWS_PROXY"));
        i.attr("integration_uri", Expr::raw(fn + ".invoke_arn"));
        if (!websocket)
            i.attr("payload_format_version", Expr::str("2.0"));
        Body &r = m.resource(kEdgeTf, "aws_apigatewayv2_route",
            m.label("aws_apigatewayv2_route", s.id, snakeName(t->id)));
        m.regionArg(r, region);
        r.attr("api_id", Expr::raw(api + ".id"));
        r.attr("route_key", Expr::str(first ? "$default" : "ANY /" + awsName(t->id) + "/{proxy+}"));
        if (auth == "iam")
            r.attr("authorization_type", Expr::str("AWS_IAM"));
        r.attr("target",
            hcl::interp("integrations/", "aws_apigatewayv2_integration." + integ + ".id"));
        first = false;
        Body &perm = m.resource(kComputeTf, "aws_lambda_permission",
            m.label("aws_lambda_permission", t->id, "from_" + snakeName(s.id)));
        m.regionArg(perm, m.regionOf(*t));
        perm.attr("statement_id", Expr::str("AllowExecutionFromApiGateway" + camelName(s.id)));
        perm.attr("action", Expr::str("lambda:InvokeFunction"));
        perm.attr("function_name", Expr::raw(fn + ".function_name"));
        perm.attr("principal", Expr::str("apigateway.amazonaws.com"));
        perm.attr("source_arn", hcl::interp("", api + ".execution_arn", "/*/*"));
    }
    m.output({ snakeName(s.id) + "_api_endpoint", "Endpoint of the API " + s.id + ".",
        Expr::raw(api + ".api_endpoint") });
}

void restApi(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string label = m.label("aws_api_gateway_rest_api", s.id);
    Body &b = m.resource(kEdgeTf, "aws_api_gateway_rest_api", label);
    m.regionArg(b, m.regionOf(s));
    b.attr("name", Expr::str(awsName(s.id, 128)));
    if (!s.description.empty())
        b.attr("description", Expr::str(s.description));
    b.block("endpoint_configuration").attr("types", Expr::strList({ p.s("endpoint_type") }));
    b.blank().attr("tags", m.serviceTags(s));
    m.note("REST API `" + s.id
        + "`: resources, methods, deployment and stage come from its OpenAPI definition; only the "
          "API is exported.");
    m.output({ snakeName(s.id) + "_rest_api_id", "Id of the REST API " + s.id + ".",
        Expr::raw("aws_api_gateway_rest_api." + label + ".id") });
}

} // namespace

void emitEdge(Module &m)
{
    for (const Service *s : m.services()) {
        if (s->kind == "aws.cloudfront")
            distribution(m, *s);
        else if (s->kind == "aws.waf")
            emitWaf(m, *s);
        else if (s->kind == "aws.api-gateway")
            m.props(*s).s("api_type") == "REST" ? restApi(m, *s) : httpApi(m, *s);
        if (!m.props(*s).s("custom_domain").empty() && s->kind == "aws.api-gateway")
            m.note("API `" + s->id
                + "`: the custom domain needs an API mapping and DNS record; not exported.");
    }
}

} // namespace cw::exporters::tf
