// SPDX-License-Identifier: MIT
// Security groups and their rules, derived from the model's connections: only declared ports,
// the caller's group as source, nothing open to the internet but a public load balancer's
// listeners.
#include "terraform/tfmodule.h"

#include <set>
#include <tuple>

namespace cw::exporters::tf {

namespace {

bool ownsSecurityGroup(const Module &m, const Service &s)
{
    static const std::set<std::string> kinds { "aws.alb", "aws.nlb", "aws.ec2", "aws.bastion",
        "aws.ecs-fargate", "aws.rds-postgresql", "aws.aurora-postgresql" };
    if (!m.networkOf(s))
        return false;
    if (kinds.count(s.kind))
        return true;
    if (s.kind == "aws.lambda")
        return !s.subnets.empty();
    if (s.kind == "aws.vpc-endpoint")
        return m.props(s).s("endpoint_type") != "Gateway";
    return false;
}

bool isPublicLoadBalancer(const Module &m, const Service &s)
{
    return (s.kind == "aws.alb" || s.kind == "aws.nlb") && !m.props(s).b("internal");
}

/// The ports a load balancer listens on.
std::vector<int> listenerPorts(const Module &m, const Service &lb)
{
    const Props p = m.props(lb);
    const int port = static_cast<int>(p.i("listener_port"));
    if (lb.kind == "aws.alb" && p.s("listener_protocol") == "HTTPS" && p.b("http_redirect")
        && port != 80)
        return { 80, port };
    return { port };
}

/// The port a connection reaches the target on, falling back to the target's own port.
int targetPort(const Module &m, const Connection &c, const Service *target)
{
    if (const int p = connectionPort(c))
        return p;
    if (!target)
        return 0;
    const Props p = m.props(*target);
    if (target->kind == "aws.rds-postgresql" || target->kind == "aws.aurora-postgresql")
        return static_cast<int>(p.i("port"));
    if (target->kind == "aws.ecs-fargate")
        return static_cast<int>(p.i("container_port"));
    if (target->kind == "aws.alb" || target->kind == "aws.nlb")
        return static_cast<int>(p.i("listener_port"));
    return 0;
}

struct Rules
{
    Module &m;
    std::set<std::tuple<std::string, bool, std::string, int, std::string>> seen;

    /// One rule; peerAttr is referenced_security_group_id, cidr_ipv4 or prefix_list_id.
    void add(bool ingress, const Service &owner, const std::string &protocol, int port,
        const std::string &peerAttr, const std::string &peer, bool peerIsText,
        const std::string &peerId, const std::string &description)
    {
        const std::string sg = m.securityGroup(owner);
        std::string ip = "tcp";
        if (protocol == "udp" || protocol == "icmp")
            ip = protocol;
        else if (protocol == "any")
            ip = "-1";
        if (ip != "-1" && ip != "icmp" && port <= 0)
            return;
        if (!seen.emplace(sg, ingress, ip, ip == "-1" ? 0 : port, peer).second)
            return;
        const std::string type = ingress ? "aws_vpc_security_group_ingress_rule"
                                         : "aws_vpc_security_group_egress_rule";
        std::string role = (ingress ? "from_" : "to_") + snakeName(peerId);
        if (ip == "-1")
            role += "_all";
        else if (ip == "icmp")
            role += "_icmp";
        else
            role += "_" + std::to_string(port);
        Body &b = m.resource(kSecurityTf, type, m.label(type, owner.id, role));
        m.regionArg(b, m.regionOf(owner));
        b.attr("security_group_id", Expr::raw(sg));
        b.attr("description", Expr::str(description));
        b.attr("ip_protocol", Expr::str(ip));
        if (ip == "icmp") {
            b.attr("from_port", Expr::num(std::int64_t { -1 }))
                .attr("to_port", Expr::num(std::int64_t { -1 }));
        } else if (ip != "-1") {
            b.attr("from_port", Expr::num(std::int64_t { port }))
                .attr("to_port", Expr::num(std::int64_t { port }));
        }
        b.attr(peerAttr, peerIsText ? Expr::str(peer) : Expr::raw(peer));
    }
};

std::vector<std::string> subnetBlocks(const Module &m, const Service &s)
{
    std::vector<std::string> out;
    for (const auto &id : s.subnets)
        if (const ElementRef *r = m.topo.index().find(id); r && r->subnet)
            out.push_back(r->subnet->cidr);
    return out;
}

/// Connections that are API calls or event wiring rather than packets into a VPC: a web ACL
/// guarding an entry point, a queue or topic triggering a function, a pipeline deploying, an
/// API or load balancer invoking Lambda (through the Lambda service, not the function's ENIs).
bool controlPlane(const Service *from, const Service *to)
{
    static const std::set<std::string> sources { "aws.waf", "aws.sqs", "aws.sns", "aws.api-gateway",
        "aws.codepipeline", "aws.cloudwatch", "aws.cloudtrail", "aws.guardduty", "aws.s3",
        "aws.kms", "aws.secrets-manager", "aws.acm", "aws.route53", "aws.ecr", "aws.cognito",
        "aws.organizations", "aws.vpc-flow-logs" };
    return (from && sources.count(from->kind)) || (to && to->kind == "aws.lambda");
}

void connectionRules(Module &m, Rules &rules, const Connection &c)
{
    const Service *from = m.topo.service(c.from);
    const Service *to = m.topo.service(c.to);
    if (controlPlane(from, to))
        return;
    const External *fromExt = m.topo.external(c.from);
    const External *toExt = m.topo.external(c.to);
    const bool fromHere
        = from && m.topo.accountOf(from->id) == &m.account && !m.securityGroup(*from).empty();
    const bool toHere
        = to && m.topo.accountOf(to->id) == &m.account && !m.securityGroup(*to).empty();
    const int port = targetPort(m, c, to);
    const std::string what = c.protocol.empty() ? "tcp" : c.protocol;
    const std::string where = "Connection " + c.from + " -> " + c.to;
    if ((toHere || fromHere) && port == 0 && what != "any" && what != "icmp") {
        m.note(where + " declares no port; no security group rule was written for it.");
        return;
    }

    if (toHere) {
        const std::string desc = what + " from " + c.from;
        if (from && !m.securityGroup(*from).empty() && m.topo.accountOf(from->id) == &m.account) {
            rules.add(true, *to, what, port, "referenced_security_group_id", m.securityGroup(*from),
                false, from->id, desc);
        } else if (from && from->kind == "aws.cloudfront") {
            // Prefix list ids are regional: one lookup per region of the guarded group.
            const std::string region = m.regionOf(*to);
            const std::string pl = m.sharedData(kSecurityTf, "aws_ec2_managed_prefix_list",
                region == m.region ? std::string("cloudfront") : "cloudfront_" + snakeName(region),
                [&](Body &b) {
                    m.regionArg(b, region);
                    b.attr("name", Expr::str("com.amazonaws.global.cloudfront.origin-facing"));
                });
            for (int p : isPublicLoadBalancer(m, *to) || to->kind == "aws.alb"
                    ? listenerPorts(m, *to)
                    : std::vector<int> { port })
                rules.add(true, *to, what, p, "prefix_list_id", pl + ".id", false, from->id, desc);
        } else if (fromExt && fromExt->kind == ExternalKind::Internet) {
            if (isPublicLoadBalancer(m, *to)) {
                for (int p : listenerPorts(m, *to))
                    rules.add(
                        true, *to, what, p, "cidr_ipv4", "0.0.0.0/0", true, fromExt->id, desc);
            } else if (to->kind != "aws.bastion") { // a bastion admits its allowed_cidrs only
                m.note(where
                    + ": only an internet-facing load balancer is opened to the internet; no rule "
                      "was written.");
            }
        } else if (fromExt && !fromExt->cidrs.empty()) {
            for (const auto &cidr : fromExt->cidrs)
                if (cidr.find(':') == std::string::npos)
                    rules.add(true, *to, what, port, "cidr_ipv4", cidr, true,
                        fromExt->id + "-" + cidr, desc);
        } else if (from && !subnetBlocks(m, *from).empty()) {
            for (const auto &cidr : subnetBlocks(m, *from))
                rules.add(
                    true, *to, what, port, "cidr_ipv4", cidr, true, from->id + "-" + cidr, desc);
        } else {
            m.note(where
                + ": the source has no security group or address range; no ingress rule was "
                  "written.");
        }
    }

    if (fromHere) {
        const std::string desc = what + " to " + c.to;
        if (to && toHere) {
            rules.add(false, *from, what, port, "referenced_security_group_id",
                m.securityGroup(*to), false, to->id, desc);
        } else if (to && !subnetBlocks(m, *to).empty() && m.topo.accountOf(to->id) != &m.account) {
            for (const auto &cidr : subnetBlocks(m, *to))
                rules.add(
                    false, *from, what, port, "cidr_ipv4", cidr, true, to->id + "-" + cidr, desc);
        } else if (to) {
            // Regional AWS services (S3, SQS, Secrets Manager ...) answer on public HTTPS
            // endpoints.
            rules.add(false, *from, "tcp", 443, "cidr_ipv4", "0.0.0.0/0", true, "aws_apis",
                "HTTPS to AWS service endpoints");
        } else if (toExt && !toExt->cidrs.empty()) {
            for (const auto &cidr : toExt->cidrs)
                if (cidr.find(':') == std::string::npos)
                    rules.add(false, *from, what, port, "cidr_ipv4", cidr, true,
                        toExt->id + "-" + cidr, desc);
        } else if (toExt) {
            rules.add(false, *from, what, port, "cidr_ipv4", "0.0.0.0/0", true, toExt->id, desc);
        }
    }
}

} // namespace

void emitSecurityGroups(Module &m)
{
    for (const Service *s : m.services()) {
        if (s->kind == "aws.eks") {
            m.setSecurityGroup(s->id,
                m.ref("aws_eks_cluster", s->id) + ".vpc_config[0].cluster_security_group_id");
            continue;
        }
        if (!ownsSecurityGroup(m, *s))
            continue;
        const Network *n = m.networkOf(*s);
        const std::string label = m.label("aws_security_group", s->id);
        Body &b = m.resource(kSecurityTf, "aws_security_group", label);
        m.regionArg(b, n->region);
        b.attr("name", Expr::str(awsName(s->id, 255)));
        b.attr("description", Expr::str("Security group of " + awsName(s->id, 200)));
        b.attr("vpc_id", Expr::raw(m.ref("aws_vpc", n->id) + ".id"));
        b.blank().attr("tags", m.serviceTags(*s));
        m.setSecurityGroup(s->id, "aws_security_group." + label + ".id");
    }
    // Node groups share their cluster's group.
    for (const Service *s : m.services())
        if (s->kind == "aws.eks-node-group")
            if (const Service *cluster = m.topo.service(m.props(*s).s("cluster"));
                cluster && cluster->kind == "aws.eks")
                m.setSecurityGroup(s->id, m.securityGroup(*cluster));
}

void emitSecurityRules(Module &m)
{
    Rules rules { m, {} };
    for (const auto &c : m.model.connections)
        connectionRules(m, rules, c);
    for (const Service *s : m.services()) {
        if (m.securityGroup(*s).empty() || s->kind == "aws.eks" || s->kind == "aws.eks-node-group")
            continue;
        const Props p = m.props(*s);
        if (s->kind == "aws.ecs-fargate" || s->kind == "aws.lambda" || s->kind == "aws.ec2"
            || (s->kind == "aws.bastion" && p.s("access_method") == "ssm"))
            rules.add(false, *s, "tcp", 443, "cidr_ipv4", "0.0.0.0/0", true, "aws_apis",
                "HTTPS to AWS service endpoints");
        if (s->kind == "aws.bastion" && p.s("access_method") == "ssh") {
            const auto cidrs = p.list("allowed_cidrs");
            if (cidrs.empty())
                m.note("Bastion `" + s->id
                    + "` allows SSH from no CIDR; add `allowed_cidrs` to reach it.");
            for (const auto &cidr : cidrs)
                if (cidr != "0.0.0.0/0" && cidr.find(':') == std::string::npos)
                    rules.add(true, *s, "tcp", 22, "cidr_ipv4", cidr, true, "ssh-" + cidr,
                        "SSH from " + cidr);
        }
        if (s->kind == "aws.vpc-endpoint" && m.topo.to(s->id).empty())
            if (const Network *n = m.networkOf(*s))
                for (const auto &cidr : n->cidrs)
                    if (cidr.find(':') == std::string::npos)
                        rules.add(true, *s, "tcp", 443, "cidr_ipv4", cidr, true, "vpc-" + cidr,
                            "HTTPS from the VPC");
    }
}

} // namespace cw::exporters::tf
