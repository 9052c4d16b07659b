// SPDX-License-Identifier: MIT
// Application and network load balancers: listeners and target groups from the connections.
#include "terraform/tfmodule.h"

namespace cw::exporters::tf {

namespace {

struct Target
{
    const Service *service;
    const Connection *connection;
    int port;
};

std::vector<Target> targets(Module &m, const Service &lb)
{
    static const std::set<std::string> kinds { "aws.ecs-fargate", "aws.ec2", "aws.eks",
        "aws.lambda" };
    std::vector<Target> out;
    for (const Connection *c : m.topo.from(lb.id)) {
        const Service *t = m.topo.service(c->to);
        if (!t || !kinds.count(t->kind) || m.topo.accountOf(t->id) != &m.account)
            continue;
        int port = connectionPort(*c);
        if (port == 0 && t->kind == "aws.ecs-fargate")
            port = static_cast<int>(m.props(*t).i("container_port"));
        if (port == 0 && t->kind != "aws.lambda") {
            m.note("Connection " + lb.id + " -> " + t->id
                + " declares no port; no target group was written.");
            continue;
        }
        out.push_back({ t, c, port });
    }
    return out;
}

std::string targetGroup(Module &m, const Service &lb, const Target &t, bool network)
{
    const std::string label = m.label("aws_lb_target_group", lb.id, snakeName(t.service->id));
    const Network *n = m.networkOf(lb);
    const bool lambda = t.service->kind == "aws.lambda";
    Body &b = m.resource(kNetworkTf, "aws_lb_target_group", label);
    m.regionArg(b, m.regionOf(lb));
    b.attr("name", Expr::str(awsName(lb.id + "-" + t.service->id, 32)));
    if (lambda) {
        b.attr("target_type", Expr::str("lambda"));
    } else {
        b.attr("port", Expr::num(std::int64_t { t.port }));
        const std::string protocol = network
            ? (m.props(lb).s("listener_protocol") == "UDP" ? "UDP" : "TCP")
            : (t.connection->protocol == "https" ? "HTTPS" : "HTTP");
        b.attr("protocol", Expr::str(protocol));
        b.attr("target_type", Expr::str(t.service->kind == "aws.ec2" ? "instance" : "ip"));
        if (n)
            b.attr("vpc_id", Expr::raw(m.ref("aws_vpc", n->id) + ".id"));
    }
    Body &hc = b.block("health_check");
    if (network) {
        hc.attr("protocol", Expr::str("TCP"));
    } else if (!lambda) {
        hc.attr("path",
            Expr::str(m.props(lb).s("health_check_path").empty()
                    ? "/"
                    : m.props(lb).s("health_check_path")));
        hc.attr("matcher", Expr::str("200-399"));
    } else {
        hc.attr("enabled", Expr::boolean(false));
    }
    b.blank().attr("tags", m.serviceTags(lb, "-" + t.service->id));

    const std::string tg = "aws_lb_target_group." + label + ".arn";
    if (lambda) {
        const std::string perm
            = m.label("aws_lambda_permission", t.service->id, "from_" + snakeName(lb.id));
        Body &p = m.resource(kComputeTf, "aws_lambda_permission", perm);
        m.regionArg(p, m.regionOf(*t.service));
        p.attr("statement_id", Expr::str("AllowExecutionFromLoadBalancer"));
        p.attr("action", Expr::str("lambda:InvokeFunction"));
        p.attr("function_name",
            Expr::raw(m.ref("aws_lambda_function", t.service->id) + ".function_name"));
        p.attr("principal", Expr::str("elasticloadbalancing.amazonaws.com"));
        p.attr("source_arn", Expr::raw(tg));
        Body &a = m.resource(kNetworkTf, "aws_lb_target_group_attachment",
            m.label("aws_lb_target_group_attachment", label));
        m.regionArg(a, m.regionOf(lb));
        a.attr("target_group_arn", Expr::raw(tg));
        a.attr("target_id", Expr::raw(m.ref("aws_lambda_function", t.service->id) + ".arn"));
        a.blank().attr("depends_on", Expr::list({ Expr::raw("aws_lambda_permission." + perm) }));
    } else if (t.service->kind == "aws.ec2") {
        const auto count = m.props(*t.service).i("instance_count");
        Body &a = m.resource(kNetworkTf, "aws_lb_target_group_attachment",
            m.label("aws_lb_target_group_attachment", label));
        m.regionArg(a, m.regionOf(lb));
        const std::string inst = m.ref("aws_instance", t.service->id);
        if (count > 1)
            a.attr("count", Expr::raw("length(" + inst + ")")).blank();
        a.attr("target_group_arn", Expr::raw(tg));
        a.attr("target_id", Expr::raw(inst + (count > 1 ? "[count.index]" : "") + ".id"));
        a.attr("port", Expr::num(std::int64_t { t.port }));
    } else if (t.service->kind == "aws.eks") {
        m.note("Target group " + lb.id + " -> " + t.service->id
            + " is filled by the AWS Load Balancer Controller (TargetGroupBinding) inside the "
              "cluster.");
    }
    return tg;
}

void forward(Body &b, const std::string &tg)
{
    Body &a = b.block("default_action");
    a.attr("type", Expr::str("forward"));
    a.attr("target_group_arn", Expr::raw(tg));
}

void notFound(Body &b)
{
    Body &a = b.block("default_action");
    a.attr("type", Expr::str("fixed-response"));
    Body &f = a.block("fixed_response");
    f.attr("content_type", Expr::str("text/plain"));
    f.attr("message_body", Expr::str("Not found"));
    f.attr("status_code", Expr::str("404"));
}

void loadBalancer(Module &m, const Service &lb)
{
    const bool network = lb.kind == "aws.nlb";
    const Props p = m.props(lb);
    const std::string label = m.label("aws_lb", lb.id);
    const std::string region = m.regionOf(lb);
    {
        Body &b = m.resource(kNetworkTf, "aws_lb", label);
        m.regionArg(b, region);
        b.attr("name", Expr::str(awsName(lb.id, 32)));
        b.attr("internal", Expr::boolean(p.b("internal")));
        b.attr("load_balancer_type", Expr::str(network ? "network" : "application"));
        if (const std::string sg = m.securityGroup(lb); !sg.empty())
            b.attr("security_groups", Expr::list({ Expr::raw(sg) }));
        b.attr("subnets", m.subnetList(lb));
        if (network) {
            b.attr("enable_cross_zone_load_balancing", Expr::boolean(p.b("cross_zone")));
        } else {
            b.attr("drop_invalid_header_fields", Expr::boolean(p.b("drop_invalid_header_fields")));
            b.attr("idle_timeout", Expr::num(p.i("idle_timeout_s")));
        }
        b.attr("enable_deletion_protection", Expr::boolean(p.b("deletion_protection")));
        b.blank().attr("tags", m.serviceTags(lb));
        if (p.b("access_logs"))
            m.note("Load balancer `" + lb.id
                + "`: access logs need a log bucket with an ELB delivery policy; not exported.");
    }
    const std::string arn = "aws_lb." + label + ".arn";
    const auto ts = targets(m, lb);
    std::vector<std::string> groups;
    for (const Target &t : ts)
        groups.push_back(targetGroup(m, lb, t, network));

    const std::string protocol = p.s("listener_protocol");
    const std::int64_t port = p.i("listener_port");
    const bool tls = protocol == "HTTPS" || protocol == "TLS";
    const std::string main = m.label("aws_lb_listener", lb.id, lower(protocol));
    if (network && groups.empty()) {
        m.note("Network load balancer `" + lb.id + "` has no target, so no listener was written.");
    } else {
        Body &l = m.resource(kNetworkTf, "aws_lb_listener", main);
        m.regionArg(l, region);
        l.attr("load_balancer_arn", Expr::raw(arn));
        l.attr("port", Expr::num(port));
        l.attr("protocol", Expr::str(protocol));
        if (tls) {
            l.attr("ssl_policy",
                Expr::str(network ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : p.s("ssl_policy")));
            l.attr("certificate_arn",
                Expr::raw(certificateArn(m, lb, p.s("certificate_domain"), {}, false)));
        }
        if (!groups.empty())
            forward(l, groups.front());
        else
            notFound(l);
        l.blank().attr("tags", m.serviceTags(lb));
    }
    if (!network && protocol == "HTTPS" && p.b("http_redirect") && port != 80) {
        Body &l
            = m.resource(kNetworkTf, "aws_lb_listener", m.label("aws_lb_listener", lb.id, "http"));
        m.regionArg(l, region);
        l.attr("load_balancer_arn", Expr::raw(arn));
        l.attr("port", Expr::num(std::int64_t { 80 }));
        l.attr("protocol", Expr::str("HTTP"));
        Body &a = l.block("default_action");
        a.attr("type", Expr::str("redirect"));
        Body &r = a.block("redirect");
        r.attr("port", Expr::str(std::to_string(port)));
        r.attr("protocol", Expr::str("HTTPS"));
        r.attr("status_code", Expr::str("HTTP_301"));
        l.blank().attr("tags", m.serviceTags(lb));
    }
    // Further targets: one path prefix each, named after the target.
    for (std::size_t i = 1; i < groups.size() && !network; ++i) {
        Body &r = m.resource(kNetworkTf, "aws_lb_listener_rule",
            m.label("aws_lb_listener_rule", lb.id, snakeName(ts[i].service->id)));
        m.regionArg(r, region);
        r.attr("listener_arn", Expr::raw("aws_lb_listener." + main + ".arn"));
        r.attr("priority", Expr::num(static_cast<std::int64_t>(100 + i)));
        Body &a = r.block("action");
        a.attr("type", Expr::str("forward"));
        a.attr("target_group_arn", Expr::raw(groups[i]));
        Body &c = r.block("condition");
        c.block("path_pattern")
            .attr("values", Expr::strList({ "/" + awsName(ts[i].service->id) + "/*" }));
        m.note("Load balancer `" + lb.id + "` forwards /" + awsName(ts[i].service->id) + "/* to `"
            + ts[i].service->id + "` (the first target takes every other path).");
    }
    const std::string base = snakeName(lb.id);
    m.output({ base + "_dns_name", "DNS name of the load balancer " + lb.id + ".",
        Expr::raw("aws_lb." + label + ".dns_name") });
}

} // namespace

void emitLoadBalancers(Module &m)
{
    for (const Service *s : m.services())
        if ((s->kind == "aws.alb" || s->kind == "aws.nlb") && m.networkOf(*s))
            loadBalancer(m, *s);
}

/// The listener target group an ECS service registers with, for its load_balancer block.
std::vector<LbTarget> ecsTargetGroups(Module &m, const Service &ecs)
{
    std::vector<LbTarget> out;
    for (const Connection *c : m.topo.to(ecs.id)) {
        const Service *lb = m.topo.service(c->from);
        if (!lb || (lb->kind != "aws.alb" && lb->kind != "aws.nlb")
            || m.topo.accountOf(lb->id) != &m.account)
            continue;
        int port = connectionPort(*c);
        if (port == 0)
            port = static_cast<int>(m.props(ecs).i("container_port"));
        out.push_back({ m.ref("aws_lb_target_group", lb->id, snakeName(ecs.id)) + ".arn", port,
            m.ref("aws_lb_listener", lb->id, lower(m.props(*lb).s("listener_protocol"))) });
    }
    return out;
}

} // namespace cw::exporters::tf
