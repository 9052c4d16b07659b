// SPDX-License-Identifier: MIT
// Instances, bastions, Lambda functions, ECS Fargate services and ECR repositories.
#include "terraform/tfmodule.h"

namespace cw::exporters::tf {

namespace {

bool isGraviton(const std::string &instanceType)
{
    // m7g.large, c7gn.xlarge, t4g.micro: letters after the generation digit include 'g'.
    const std::string family = instanceType.substr(0, instanceType.find('.'));
    const auto digit = family.find_first_of("0123456789");
    return digit != std::string::npos && family.find('g', digit) != std::string::npos;
}

/// The AMI expression for an alias (via the public SSM parameters) or a literal id.
std::string ami(Module &m, const Service &s, const std::string &alias, bool arm)
{
    if (alias.rfind("ami-", 0) == 0)
        return hclString(alias);
    std::string parameter;
    const std::string arch = arm ? "arm64" : "x86_64";
    if (alias == "al2023")
        parameter = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-" + arch;
    else if (alias == "ubuntu-24.04" || alias == "ubuntu-22.04")
        parameter = "/aws/service/canonical/ubuntu/server/" + alias.substr(7) + "/stable/current/"
            + (arm ? "arm64" : "amd64") + "/hvm/ebs-gp3/ami-id";
    else if (alias == "windows-2022" || alias == "windows-2019" || alias == "windows-2025")
        parameter = "/aws/service/ami-windows-latest/Windows_Server-" + alias.substr(8)
            + "-English-Full-Base";
    if (parameter.empty()) {
        const std::string var = snakeName(s.id) + "_ami";
        m.variable({ var, "string", "AMI id for `" + s.id + "` (the model names `" + alias + "`).",
            {}, false,
            { { "can(regex(\"^ami-[0-9a-f]+$\", var." + var + "))",
                "Must be an AMI id (ami-...)." } } });
        return "var." + var;
    }
    // AMI ids are regional: one parameter lookup per alias and region.
    const std::string region = m.regionOf(s);
    const std::string label = snakeName(alias)
        + (arm && alias.rfind("windows", 0) != 0 ? "_arm64" : "")
        + (region == m.region ? std::string() : "_" + snakeName(region));
    return m.sharedData(kComputeTf, "aws_ssm_parameter", label, [&](Body &b) {
        m.regionArg(b, region);
        b.attr("name", Expr::str(parameter));
    }) + ".insecure_value";
}

std::string instanceProfile(Module &m, const Service &s)
{
    const std::string role
        = iamRole(m, s.id, "instance", { "ec2.amazonaws.com" }, { "AmazonSSMManagedInstanceCore" });
    const std::string label = m.label("aws_iam_instance_profile", s.id);
    Body &p = m.resource(kSecurityTf, "aws_iam_instance_profile", label);
    p.attr("name", Expr::str(awsName(s.id, 100) + "-instance"));
    p.attr("role", Expr::raw("aws_iam_role." + role + ".name"));
    p.blank().attr("tags", m.serviceTags(s));
    m.grant(s.id, role, {}, {});
    return "aws_iam_instance_profile." + label + ".name";
}

void instance(Module &m, const Service &s, bool bastion)
{
    const Props p = m.props(s);
    const std::string type = p.s("instance_type");
    const std::int64_t count = bastion ? 1 : std::max<std::int64_t>(1, p.i("instance_count"));
    const auto subnets = m.subnetRefs(s);
    if (subnets.empty()) {
        m.note("Instance `" + s.id + "` has no subnet in this account; it was not exported.");
        return;
    }
    const std::string amiExpr
        = ami(m, s, bastion ? std::string("al2023") : p.s("ami"), isGraviton(type));
    const std::string profile = instanceProfile(m, s);
    Body &b = m.resource(kComputeTf, "aws_instance", m.label("aws_instance", s.id));
    if (count > 1)
        b.attr("count", Expr::num(count)).blank();
    m.regionArg(b, m.regionOf(s));
    b.attr("ami", Expr::raw(amiExpr));
    b.attr("instance_type", Expr::str(type));
    if (count > 1 && subnets.size() > 1) {
        Expr list = Expr::list();
        for (const auto &r : subnets)
            list.add(Expr::raw(r));
        std::string text;
        list.render(text, 0);
        b.attr("subnet_id", Expr::raw("element(" + text + ", count.index)"));
    } else {
        b.attr("subnet_id", Expr::raw(subnets.front()));
    }
    if (const std::string sg = m.securityGroup(s); !sg.empty())
        b.attr("vpc_security_group_ids", Expr::list({ Expr::raw(sg) }));
    b.attr("associate_public_ip_address", Expr::boolean(bastion || p.b("associate_public_ip")));
    b.attr("iam_instance_profile", Expr::raw(profile));
    if (bastion && p.s("access_method") == "ssh") {
        const std::string var = snakeName(s.id) + "_key_name";
        m.variable({ var, "string",
            "EC2 key pair used to log in to the bastion `" + s.id + "` (null: none).",
            Expr::raw("null") });
        b.attr("key_name", Expr::raw("var." + var));
    }
    if (!bastion)
        b.attr("monitoring", Expr::boolean(p.b("detailed_monitoring")));
    Body &md = b.block("metadata_options");
    md.attr("http_endpoint", Expr::str("enabled"));
    md.attr("http_tokens", Expr::str(p.b("imds_v2_required") ? "required" : "optional"));
    Body &root = b.block("root_block_device");
    if (!bastion)
        root.attr("volume_size", Expr::num(p.i("root_volume_gb")));
    root.attr("volume_type", Expr::str("gp3"));
    root.attr("encrypted", Expr::boolean(bastion || p.b("root_volume_encrypted")));
    b.blank().attr("tags", m.serviceTags(s));
    const std::string base = snakeName(s.id);
    const std::string inst = m.ref("aws_instance", s.id);
    m.output({ base + "_instance_ids", "Instance ids of " + s.id + ".",
        Expr::raw(count > 1 ? inst + "[*].id" : "[" + inst + ".id]") });
}

std::string logGroup(Module &m, const Service &s, const std::string &name)
{
    const std::string label = m.label("aws_cloudwatch_log_group", s.id);
    Body &b = m.resource(kObservabilityTf, "aws_cloudwatch_log_group", label);
    m.regionArg(b, m.regionOf(s));
    b.attr("name", Expr::str(name));
    b.attr("retention_in_days", Expr::num(m.logRetentionDays()));
    b.blank().attr("tags", m.serviceTags(s));
    return "aws_cloudwatch_log_group." + label;
}

void lambda(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const bool inVpc = !m.subnetRefs(s).empty();
    const std::string name = awsName(s.id, 64);
    const std::string logs = logGroup(m, s, "/aws/lambda/" + name);
    std::vector<std::string> policies { "service-role/AWSLambdaBasicExecutionRole" };
    if (inVpc)
        policies.push_back("service-role/AWSLambdaVPCAccessExecutionRole");
    const std::string role = iamRole(m, s.id, "lambda", { "lambda.amazonaws.com" }, policies);
    m.grant(s.id, role, {}, {});
    if (p.s("tracing") == "Active")
        m.grant(s.id, role, { "xray:PutTraceSegments", "xray:PutTelemetryRecords" }, { "\"*\"" });
    std::string dlq;
    if (p.b("dlq")) {
        const std::string q = m.label("aws_sqs_queue", s.id, "dlq");
        Body &d = m.resource(kDataTf, "aws_sqs_queue", q);
        m.regionArg(d, m.regionOf(s));
        d.attr("name", Expr::str(awsName(s.id, 70) + "-dlq"));
        d.attr("message_retention_seconds", Expr::num(std::int64_t { 1209600 }));
        d.attr("sqs_managed_sse_enabled", Expr::boolean(true));
        d.blank().attr("tags", m.serviceTags(s, "-dlq"));
        dlq = "aws_sqs_queue." + q + ".arn";
        m.grant(s.id, role, { "sqs:SendMessage" }, { dlq });
    }

    const std::string base = snakeName(s.id);
    const bool image = p.s("package_type") == "Image";
    Body &b = m.resource(kComputeTf, "aws_lambda_function", m.label("aws_lambda_function", s.id));
    m.regionArg(b, m.regionOf(s));
    b.attr("function_name", Expr::str(name));
    b.attr("role", Expr::raw("aws_iam_role." + role + ".arn"));
    b.attr("package_type", Expr::str(image ? "Image" : "Zip"));
    if (image) {
        m.variable({ base + "_image_uri", "string",
            "Container image URI of the function `" + s.id + "` (in ECR).", {}, false,
            { { "length(var." + base + "_image_uri) > 0", "Must not be empty." } } });
        b.attr("image_uri", Expr::raw("var." + base + "_image_uri"));
    } else {
        m.variable({ base + "_package", "string",
            "Path of the deployment package (.zip) of the function `" + s.id + "`.", {}, false,
            { { "endswith(var." + base + "_package, \".zip\")", "Must be a .zip file." } } });
        m.variable({ base + "_handler", "string",
            "Handler of the function `" + s.id + "` (module.function).",
            Expr::str("app.handler") });
        b.attr("filename", Expr::raw("var." + base + "_package"));
        b.attr("handler", Expr::raw("var." + base + "_handler"));
        b.attr("runtime", Expr::str(p.s("runtime")));
    }
    b.attr("architectures", Expr::strList({ p.s("architecture") }));
    b.attr("memory_size", Expr::num(p.i("memory_mb")));
    b.attr("timeout", Expr::num(p.i("timeout_s")));
    if (p.i("reserved_concurrency") >= 0)
        b.attr("reserved_concurrent_executions", Expr::num(p.i("reserved_concurrency")));
    b.block("ephemeral_storage").attr("size", Expr::num(p.i("ephemeral_storage_mb")));
    b.block("logging_config")
        .attr("log_format", Expr::str("JSON"))
        .attr("log_group", Expr::raw(logs + ".name"));
    b.block("tracing_config").attr("mode", Expr::str(p.s("tracing")));
    if (inVpc) {
        Body &v = b.block("vpc_config");
        v.attr("subnet_ids", m.subnetList(s));
        v.attr("security_group_ids", Expr::list({ Expr::raw(m.securityGroup(s)) }));
    }
    if (!dlq.empty())
        b.block("dead_letter_config").attr("target_arn", Expr::raw(dlq));
    b.blank().attr("tags", m.serviceTags(s));
    b.blank().attr("depends_on", Expr::list({ Expr::raw(logs) }));
    m.output({ base + "_function_arn", "ARN of the Lambda function " + s.id + ".",
        Expr::raw(m.ref("aws_lambda_function", s.id) + ".arn") });
}

void ecr(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string label = m.label("aws_ecr_repository", s.id);
    Body &b = m.resource(kComputeTf, "aws_ecr_repository", label);
    m.regionArg(b, m.regionOf(s));
    b.attr("name", Expr::str(awsName(s.id, 256)));
    b.attr("image_tag_mutability", Expr::str(p.s("image_tag_mutability")));
    b.block("encryption_configuration").attr("encryption_type", Expr::str(p.s("encryption")));
    b.block("image_scanning_configuration")
        .attr("scan_on_push", Expr::boolean(p.b("scan_on_push")));
    b.blank().attr("tags", m.serviceTags(s));
    if (const auto keep = p.i("keep_images"); keep > 0) {
        Body &l = m.resource(
            kComputeTf, "aws_ecr_lifecycle_policy", m.label("aws_ecr_lifecycle_policy", s.id));
        m.regionArg(l, m.regionOf(s));
        l.attr("repository", Expr::raw("aws_ecr_repository." + label + ".name"));
        Expr selection = Expr::object();
        selection.set("tagStatus", Expr::str("any"))
            .set("countType", Expr::str("imageCountMoreThan"))
            .set("countNumber", Expr::num(keep));
        Expr rule = Expr::object();
        rule.set("rulePriority", Expr::num(std::int64_t { 1 }))
            .set("description", Expr::str("Keep the newest " + std::to_string(keep) + " images"))
            .set("selection", std::move(selection))
            .set("action", std::move(Expr::object().set("type", Expr::str("expire"))));
        Expr policy = Expr::object();
        policy.set("rules", Expr::list({ std::move(rule) }));
        l.attr("policy", Expr::call("jsonencode", { std::move(policy) }));
    }
    m.output({ snakeName(s.id) + "_repository_url", "URL of the ECR repository " + s.id + ".",
        Expr::raw("aws_ecr_repository." + label + ".repository_url") });
}

} // namespace

void emitEcs(Module &m, const Service &s);

void emitCompute(Module &m)
{
    for (const Service *s : m.services()) {
        if (s->kind == "aws.ec2")
            instance(m, *s, false);
        else if (s->kind == "aws.bastion")
            instance(m, *s, true);
        else if (s->kind == "aws.lambda")
            lambda(m, *s);
        else if (s->kind == "aws.ecr")
            ecr(m, *s);
        else if (s->kind == "aws.ecs-fargate")
            emitEcs(m, *s);
    }
}

std::string emitLogGroup(Module &m, const Service &s, const std::string &name)
{
    return logGroup(m, s, name);
}

} // namespace cw::exporters::tf
