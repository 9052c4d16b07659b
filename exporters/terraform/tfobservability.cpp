// SPDX-License-Identifier: MIT
// CloudWatch alarms and CloudTrail trails.
#include "terraform/tfmodule.h"

#include <algorithm>
#include <optional>
#include <tuple>

namespace cw::exporters::tf {

namespace {

/// What an alarm name asks for: "<subject>-<metric>[-above|-below-<threshold>]", e.g.
/// ecs-cpu-above-90, db-storage-low, queue-depth-above-1000, dlq-depth, alb-5xx-rate.
struct AlarmPlan
{
    std::vector<std::string> kinds; ///< service kinds watched
    bool deadLetter = false; ///< SQS: only dead-letter queues; otherwise only the others
    std::string ns, metric, statistic, what;
    double threshold = 0;
    bool below = false;
    int periods = 1;
};

std::optional<AlarmPlan> parseAlarm(const std::string &name)
{
    std::vector<std::string> tokens;
    for (std::size_t start = 0; start <= name.size();) {
        const auto end = std::min(name.find('-', start), name.size());
        tokens.push_back(lower(name.substr(start, end - start)));
        start = end + 1;
    }
    auto has = [&](std::initializer_list<const char *> words) {
        for (const auto &t : tokens)
            for (const char *w : words)
                if (t == w)
                    return true;
        return false;
    };
    AlarmPlan a;
    const std::string &subject = tokens.front();
    if (subject == "alb" || subject == "lb") {
        a.kinds = { "aws.alb" };
        a.ns = "AWS/ApplicationELB";
        if (has({ "latency", "slow", "response" }))
            a = { a.kinds, false, a.ns, "TargetResponseTime", "Average", "target response time (s)",
                1 };
        else if (has({ "target" }))
            a = { a.kinds, false, a.ns, "HTTPCode_Target_5XX_Count", "Sum",
                "5xx answers of the targets", 10 };
        else if (has({ "5xx", "errors" }))
            a = { a.kinds, false, a.ns, "HTTPCode_ELB_5XX_Count", "Sum",
                "5xx answers of the load balancer", 10 };
        else
            return std::nullopt;
    } else if (subject == "db" || subject == "rds" || subject == "database"
        || subject == "aurora") {
        a.kinds = { "aws.rds-postgresql", "aws.aurora-postgresql" };
        a.ns = "AWS/RDS";
        if (has({ "cpu" }))
            a = { a.kinds, false, a.ns, "CPUUtilization", "Average", "database CPU (%)", 80, false,
                3 };
        else if (has({ "storage", "disk" }))
            a = { a.kinds, false, a.ns, "FreeStorageSpace", "Minimum", "free storage (bytes)",
                2147483648.0, true };
        else if (has({ "memory" }))
            a = { a.kinds, false, a.ns, "FreeableMemory", "Minimum", "freeable memory (bytes)",
                268435456.0, true };
        else if (has({ "connections" }))
            a = { a.kinds, false, a.ns, "DatabaseConnections", "Maximum", "database connections",
                100 };
        else
            return std::nullopt;
    } else if (subject == "ecs" || subject == "service" || subject == "task") {
        a.kinds = { "aws.ecs-fargate" };
        a.ns = "AWS/ECS";
        if (has({ "cpu" }))
            a = { a.kinds, false, a.ns, "CPUUtilization", "Average", "service CPU (%)", 80, false,
                3 };
        else if (has({ "memory" }))
            a = { a.kinds, false, a.ns, "MemoryUtilization", "Average", "service memory (%)", 80,
                false, 3 };
        else
            return std::nullopt;
    } else if (subject == "queue" || subject == "sqs" || subject == "dlq") {
        a.kinds = { "aws.sqs" };
        a.ns = "AWS/SQS";
        a.deadLetter = subject == "dlq";
        if (has({ "age", "oldest" }))
            a = { a.kinds, a.deadLetter, a.ns, "ApproximateAgeOfOldestMessage", "Maximum",
                "age of the oldest message (s)", 300 };
        else if (has({ "depth", "backlog", "messages", "visible" }) || a.deadLetter)
            a = { a.kinds, a.deadLetter, a.ns, "ApproximateNumberOfMessagesVisible", "Maximum",
                "messages waiting", a.deadLetter ? 0.0 : 1000.0 };
        else
            return std::nullopt;
    } else if (subject == "lambda" || subject == "function") {
        a.kinds = { "aws.lambda" };
        a.ns = "AWS/Lambda";
        if (has({ "errors", "error" }))
            a = { a.kinds, false, a.ns, "Errors", "Sum", "function errors", 0 };
        else if (has({ "throttles", "throttled" }))
            a = { a.kinds, false, a.ns, "Throttles", "Sum", "throttled invocations", 0 };
        else if (has({ "duration", "slow" }))
            a = { a.kinds, false, a.ns, "Duration", "Maximum", "duration (ms)", 3000 };
        else
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    // An explicit threshold: "...-above-90", "...-below-10" or a trailing number.
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        const std::string &t = tokens[i];
        const bool number = !t.empty() && t.find_first_not_of("0123456789") == std::string::npos;
        if (!number)
            continue;
        a.threshold = std::stod(t);
        const std::string &before = tokens[i - 1];
        if (before == "below" || before == "under")
            a.below = true;
        else if (before == "above" || before == "over")
            a.below = false;
    }
    if (has({ "low" }))
        a.below = true;
    return a;
}

Expr dimensions(Module &m, const Service &s, const std::string &queueLabel)
{
    Expr d = Expr::object();
    const std::string &k = s.kind;
    if (k == "aws.alb")
        d.set("LoadBalancer", Expr::raw(m.ref("aws_lb", s.id) + ".arn_suffix"));
    else if (k == "aws.rds-postgresql")
        d.set("DBInstanceIdentifier", Expr::raw(m.ref("aws_db_instance", s.id) + ".identifier"));
    else if (k == "aws.aurora-postgresql")
        d.set("DBClusterIdentifier",
            Expr::raw(m.ref("aws_rds_cluster", s.id) + ".cluster_identifier"));
    else if (k == "aws.sqs")
        d.set("QueueName", Expr::raw("aws_sqs_queue." + queueLabel + ".name"));
    else if (k == "aws.ecs-fargate")
        d.set("ClusterName", Expr::raw(m.ref("aws_ecs_cluster", s.id) + ".name"))
            .set("ServiceName", Expr::raw(m.ref("aws_ecs_service", s.id) + ".name"));
    else if (k == "aws.lambda")
        d.set("FunctionName", Expr::raw(m.ref("aws_lambda_function", s.id) + ".function_name"));
    return d;
}

/// The things an alarm plan watches: (service, SQS queue label when it is a queue, name suffix).
std::vector<std::tuple<const Service *, std::string, std::string>> watched(
    Module &m, const AlarmPlan &a, const std::string &region)
{
    std::set<const Service *> modelledDlqs;
    for (const Service *s : m.services())
        if (s->kind == "aws.sqs")
            if (const Service *d = modelledDeadLetterQueue(m, *s))
                modelledDlqs.insert(d);
    std::vector<std::tuple<const Service *, std::string, std::string>> out;
    for (const Service *s : m.services()) {
        if (std::find(a.kinds.begin(), a.kinds.end(), s->kind) == a.kinds.end()
            || m.regionOf(*s) != region)
            continue;
        if (s->kind == "aws.alb" && !m.networkOf(*s))
            continue;
        if (s->kind != "aws.sqs") {
            out.emplace_back(s, std::string(), std::string());
            continue;
        }
        const bool isDlq = modelledDlqs.count(s) != 0;
        if (a.deadLetter) {
            if (isDlq)
                out.emplace_back(s, m.label("aws_sqs_queue", s->id), std::string());
            else if (Props(*s, m.catalog).b("dlq") && !modelledDeadLetterQueue(m, *s))
                out.emplace_back(s, m.label("aws_sqs_queue", s->id, "dlq"), "-dlq");
        } else if (!isDlq) {
            out.emplace_back(s, m.label("aws_sqs_queue", s->id), std::string());
        }
    }
    return out;
}

void cloudwatch(Module &m, const Service &cw)
{
    const Props p = m.props(cw);
    Expr actions = Expr::list();
    for (const Service *topic : m.topo.linked(cw.id, "aws.sns"))
        if (m.topo.accountOf(topic->id) == &m.account)
            actions.add(Expr::raw(m.ref("aws_sns_topic", topic->id) + ".arn"));
    for (const auto &alarm : p.list("alarms")) {
        const auto plan = parseAlarm(alarm);
        if (!plan) {
            m.note("Alarm `" + alarm + "` of `" + cw.id
                + "`: Cloudwright reads alarm names as "
                  "<alb|db|ecs|queue|dlq|lambda>-<metric>[-above|-below-<threshold>]; "
                  "this one names no metric it knows, so it was not exported.");
            continue;
        }
        const auto targets = watched(m, *plan, m.regionOf(cw));
        if (targets.empty())
            m.note("Alarm `" + alarm + "` of `" + cw.id
                + "` watches nothing: no matching service in its region.");
        for (const auto &[s, queue, suffix] : targets) {
            Body &b = m.resource(kObservabilityTf, "aws_cloudwatch_metric_alarm",
                m.label("aws_cloudwatch_metric_alarm", s->id + suffix, snakeName(alarm)));
            m.regionArg(b, m.regionOf(*s));
            b.attr(
                "alarm_name", Expr::str(awsName(s->id + suffix, 100) + "-" + awsName(alarm, 100)));
            b.attr("alarm_description",
                Expr::str("Alarm on the " + plan->what + " of " + awsName(s->id + suffix)));
            b.attr("namespace", Expr::str(plan->ns));
            b.attr("metric_name", Expr::str(plan->metric));
            b.attr("statistic", Expr::str(plan->statistic));
            b.attr("period", Expr::num(std::int64_t { 300 }));
            b.attr("evaluation_periods", Expr::num(std::int64_t { plan->periods }));
            b.attr("threshold", Expr::num(plan->threshold));
            b.attr("comparison_operator",
                Expr::str(plan->below ? "LessThanThreshold" : "GreaterThanThreshold"));
            b.attr("treat_missing_data", Expr::str("notBreaching"));
            b.attr("dimensions", dimensions(m, *s, queue));
            if (!actions.empty()) {
                b.attr("alarm_actions", actions);
                b.attr("ok_actions", actions);
            }
            b.blank().attr("tags", m.serviceTags(cw));
        }
    }
    if (p.b("dashboards"))
        m.note("CloudWatch `" + cw.id + "`: dashboards are not exported.");
    if (p.b("log_encryption"))
        m.note("CloudWatch `" + cw.id
            + "`: log group encryption needs a KMS key policy for CloudWatch Logs; not exported.");
}

void trail(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string region = m.regionOf(s);
    const std::string name = awsName(s.id, 128);
    const std::string account = m.sharedData(kSecurityTf, "aws_caller_identity", "current");
    const std::string partition = m.sharedData(kSecurityTf, "aws_partition", "current");
    const std::string trailArn = "\"arn:${" + partition + ".partition}:cloudtrail:"
        + hcl::lit(region) + ":${" + account + ".account_id}:trail/" + hcl::lit(name) + "\"";

    // Log bucket, private and encrypted, writable by this trail only.
    const std::string bucket = m.label("aws_s3_bucket", s.id, "logs");
    {
        Body &b = m.resource(kObservabilityTf, "aws_s3_bucket", bucket);
        m.regionArg(b, region);
        b.attr("bucket_prefix", Expr::str(awsName(s.id, 31) + "-logs-"));
        b.blank().attr("tags", m.serviceTags(s, "-logs"));
    }
    const std::string bucketId = "aws_s3_bucket." + bucket + ".id";
    {
        Body &b = m.resource(kObservabilityTf, "aws_s3_bucket_public_access_block",
            m.label("aws_s3_bucket_public_access_block", s.id, "logs"));
        m.regionArg(b, region);
        b.attr("bucket", Expr::raw(bucketId));
        for (const char *a : { "block_public_acls", "block_public_policy", "ignore_public_acls",
                 "restrict_public_buckets" })
            b.attr(a, Expr::boolean(true));
    }
    const std::string doc = m.label("aws_iam_policy_document", s.id, "logs");
    {
        Body &d = m.data(kObservabilityTf, "aws_iam_policy_document", doc);
        auto statement = [&](const char *sid, const char *action, Expr resource) -> Body & {
            Body &st = d.block("statement");
            st.attr("sid", Expr::str(sid));
            st.attr("effect", Expr::str("Allow"));
            st.attr("actions", Expr::strList({ action }));
            st.attr("resources", Expr::list({ std::move(resource) }));
            Body &pr = st.block("principals");
            pr.attr("type", Expr::str("Service"))
                .attr("identifiers", Expr::strList({ "cloudtrail.amazonaws.com" }));
            Body &c = st.block("condition");
            c.attr("test", Expr::str("StringEquals")).attr("variable", Expr::str("aws:SourceArn"));
            c.attr("values", Expr::list({ Expr::raw(trailArn) }));
            return st;
        };
        statement("AWSCloudTrailAclCheck", "s3:GetBucketAcl",
            Expr::raw("aws_s3_bucket." + bucket + ".arn"));
        Body &w = statement("AWSCloudTrailWrite", "s3:PutObject",
            Expr::raw(
                "\"${aws_s3_bucket." + bucket + ".arn}/AWSLogs/${" + account + ".account_id}/*\""));
        Body &c = w.block("condition");
        c.attr("test", Expr::str("StringEquals")).attr("variable", Expr::str("s3:x-amz-acl"));
        c.attr("values", Expr::strList({ "bucket-owner-full-control" }));
    }
    const std::string policy = m.label("aws_s3_bucket_policy", s.id, "logs");
    {
        Body &b = m.resource(kObservabilityTf, "aws_s3_bucket_policy", policy);
        m.regionArg(b, region);
        b.attr("bucket", Expr::raw(bucketId));
        b.attr("policy", Expr::raw("data.aws_iam_policy_document." + doc + ".json"));
    }
    std::string logGroup, logRole;
    if (p.b("cloudwatch_logs")) {
        logGroup = emitLogGroup(m, s, "/aws/cloudtrail/" + name);
        logRole = iamRole(m, s.id, "cloudtrail", { "cloudtrail.amazonaws.com" }, {});
        m.grant(s.id, logRole, { "logs:CreateLogStream", "logs:PutLogEvents" },
            { "\"${" + logGroup + ".arn}:*\"" });
    }
    std::string key;
    if (p.b("kms_encryption")) {
        const std::string kd = m.label("aws_iam_policy_document", s.id, "key");
        Body &d = m.data(kSecurityTf, "aws_iam_policy_document", kd);
        Body &admin = d.block("statement");
        admin.attr("sid", Expr::str("AccountAdministration"));
        admin.attr("actions", Expr::strList({ "kms:*" }));
        admin.attr("resources", Expr::strList({ "*" }));
        Body &ap = admin.block("principals");
        ap.attr("type", Expr::str("AWS"));
        ap.attr("identifiers",
            Expr::list({ Expr::raw("\"arn:${" + partition + ".partition}:iam::${" + account
                + ".account_id}:root\"") }));
        Body &ct = d.block("statement");
        ct.attr("sid", Expr::str("CloudTrailEncrypt"));
        ct.attr("actions", Expr::strList({ "kms:DescribeKey", "kms:GenerateDataKey*" }));
        ct.attr("resources", Expr::strList({ "*" }));
        Body &cp = ct.block("principals");
        cp.attr("type", Expr::str("Service"))
            .attr("identifiers", Expr::strList({ "cloudtrail.amazonaws.com" }));
        Body &cc = ct.block("condition");
        cc.attr("test", Expr::str("StringEquals")).attr("variable", Expr::str("aws:SourceArn"));
        cc.attr("values", Expr::list({ Expr::raw(trailArn) }));
        const std::string kl = m.label("aws_kms_key", s.id);
        Body &k = m.resource(kSecurityTf, "aws_kms_key", kl);
        m.regionArg(k, region);
        k.attr("description", Expr::str("Encrypts the CloudTrail logs of " + name));
        k.attr("enable_key_rotation", Expr::boolean(true));
        k.attr("deletion_window_in_days", Expr::num(std::int64_t { 30 }));
        k.attr("policy", Expr::raw("data.aws_iam_policy_document." + kd + ".json"));
        k.blank().attr("tags", m.serviceTags(s));
        key = "aws_kms_key." + kl + ".arn";
    }
    Body &b = m.resource(kObservabilityTf, "aws_cloudtrail", m.label("aws_cloudtrail", s.id));
    m.regionArg(b, region);
    b.attr("name", Expr::str(name));
    b.attr("s3_bucket_name", Expr::raw(bucketId));
    b.attr("include_global_service_events", Expr::boolean(true));
    b.attr("is_multi_region_trail", Expr::boolean(p.b("multi_region")));
    b.attr("is_organization_trail", Expr::boolean(p.b("organization_trail")));
    b.attr("enable_log_file_validation", Expr::boolean(p.b("log_file_validation")));
    if (!key.empty())
        b.attr("kms_key_id", Expr::raw(key));
    if (!logGroup.empty()) {
        b.attr("cloud_watch_logs_group_arn", Expr::raw("\"${" + logGroup + ".arn}:*\""));
        b.attr("cloud_watch_logs_role_arn", Expr::raw("aws_iam_role." + logRole + ".arn"));
    }
    if (p.b("data_events")) {
        Body &e = b.block("event_selector");
        e.attr("read_write_type", Expr::str("All"));
        e.attr("include_management_events", Expr::boolean(true));
        Body &s3 = e.block("data_resource");
        s3.attr("type", Expr::str("AWS::S3::Object"))
            .attr("values", Expr::strList({ "arn:aws:s3" }));
        Body &fn = e.block("data_resource");
        fn.attr("type", Expr::str("AWS::Lambda::Function"))
            .attr("values", Expr::strList({ "arn:aws:lambda" }));
    }
    b.blank().attr("tags", m.serviceTags(s));
    b.blank().attr("depends_on", Expr::list({ Expr::raw("aws_s3_bucket_policy." + policy) }));
}

void flowLogs(Module &m, const Service &s)
{
    const Network *n = m.networkOf(s);
    if (!n)
        return;
    const Props p = m.props(s);
    const std::string destination = p.s("destination");
    const std::string region = n->region;
    std::string target, role;
    if (destination == "cloud-watch-logs") {
        target = emitLogGroup(m, s, "/aws/vpc-flow-logs/" + awsName(n->id)) + ".arn";
        role = iamRole(m, s.id, "delivery", { "vpc-flow-logs.amazonaws.com" }, {});
        m.grant(s.id, role,
            { "logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams",
                "logs:PutLogEvents" },
            { "\"${" + target + "}:*\"" });
    } else if (destination == "s3") {
        const auto buckets = m.topo.linked(s.id, "aws.s3");
        if (!buckets.empty() && m.topo.accountOf(buckets.front()->id) == &m.account) {
            target = m.ref("aws_s3_bucket", buckets.front()->id) + ".arn";
        } else {
            const std::string var = snakeName(s.id) + "_bucket_arn";
            m.variable({ var, "string",
                "ARN of the S3 bucket receiving the flow logs `" + s.id + "`.", {}, false,
                { { "can(regex(\"^arn:aws[a-z-]*:s3:::\", var." + var + "))",
                    "Must be an S3 bucket ARN." } } });
            target = "var." + var;
        }
    } else {
        const std::string var = snakeName(s.id) + "_delivery_stream_arn";
        m.variable({ var, "string",
            "ARN of the Firehose delivery stream receiving the flow logs `" + s.id + "`.", {},
            false,
            { { "can(regex(\"^arn:aws[a-z-]*:firehose:\", var." + var + "))",
                "Must be a Firehose delivery stream ARN." } } });
        target = "var." + var;
    }
    Body &b = m.resource(kObservabilityTf, "aws_flow_log", m.label("aws_flow_log", s.id));
    m.regionArg(b, region);
    b.attr("vpc_id", Expr::raw(m.ref("aws_vpc", n->id) + ".id"));
    b.attr("traffic_type", Expr::str(p.s("traffic_type")));
    b.attr("max_aggregation_interval", Expr::num(p.i("aggregation_interval_s")));
    b.attr("log_destination_type", Expr::str(destination));
    b.attr("log_destination", Expr::raw(target));
    if (!role.empty())
        b.attr("iam_role_arn", Expr::raw("aws_iam_role." + role + ".arn"));
    b.blank().attr("tags", m.serviceTags(s));
}

} // namespace

void emitObservability(Module &m)
{
    for (const Service *s : m.services()) {
        if (s->kind == "aws.vpc-flow-logs")
            flowLogs(m, *s);
        else if (s->kind == "aws.cloudwatch")
            cloudwatch(m, *s);
        else if (s->kind == "aws.cloudtrail")
            trail(m, *s);
    }
}

} // namespace cw::exporters::tf
