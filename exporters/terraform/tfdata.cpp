// SPDX-License-Identifier: MIT
// Data stores: RDS and Aurora PostgreSQL, S3 buckets, SQS queues and SNS topics.
#include "terraform/tfmodule.h"

namespace cw::exporters::tf {

namespace {

std::string subnetGroup(Module &m, const Service &s)
{
    const std::string label = m.label("aws_db_subnet_group", s.id);
    Body &b = m.resource(kDataTf, "aws_db_subnet_group", label);
    m.regionArg(b, m.regionOf(s));
    b.attr("name", Expr::str(awsName(s.id, 255)));
    b.attr("subnet_ids", m.subnetList(s));
    b.blank().attr("tags", m.serviceTags(s));
    return "aws_db_subnet_group." + label + ".name";
}

std::string masterUser(Module &m, const Service &s)
{
    const std::string var = snakeName(s.id) + "_master_username";
    m.variable({ var, "string",
        "Master user name of the database `" + s.id
            + "` (its password is generated and kept in Secrets Manager).",
        Expr::str("dbadmin"), false,
        { { "can(regex(\"^[a-zA-Z][a-zA-Z0-9_]{0,62}$\", var." + var + "))",
            "Must start with a letter and hold only letters, digits and underscores (at most "
            "63)." } } });
    return "var." + var;
}

void rds(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string region = m.regionOf(s);
    const std::string group = subnetGroup(m, s);
    const std::int64_t interval = p.i("enhanced_monitoring_interval_s");
    std::string monitoringRole;
    if (interval > 0)
        monitoringRole = iamRole(m, s.id, "monitoring", { "monitoring.rds.amazonaws.com" },
            { "service-role/AmazonRDSEnhancedMonitoringRole" });
    const std::string label = m.label("aws_db_instance", s.id);
    const std::string name = awsName(s.id, 63);
    Body &b = m.resource(kDataTf, "aws_db_instance", label);
    m.regionArg(b, region);
    b.attr("identifier", Expr::str(name));
    b.attr("engine", Expr::str("postgres"));
    b.attr("engine_version", Expr::str(p.s("engine_version")));
    b.attr("instance_class", Expr::str(p.s("instance_class")));
    b.attr("allocated_storage", Expr::num(p.i("allocated_storage_gb")));
    if (p.i("max_allocated_storage_gb") > p.i("allocated_storage_gb"))
        b.attr("max_allocated_storage", Expr::num(p.i("max_allocated_storage_gb")));
    b.attr("storage_type", Expr::str(p.s("storage_type")));
    b.attr("storage_encrypted", Expr::boolean(p.b("storage_encrypted")));
    b.attr("db_subnet_group_name", Expr::raw(group));
    if (const std::string sg = m.securityGroup(s); !sg.empty())
        b.attr("vpc_security_group_ids", Expr::list({ Expr::raw(sg) }));
    b.attr("port", Expr::num(p.i("port")));
    b.attr("username", Expr::raw(masterUser(m, s)));
    b.attr("manage_master_user_password", Expr::boolean(true));
    b.attr("multi_az", Expr::boolean(p.b("multi_az")));
    b.attr("publicly_accessible", Expr::boolean(p.b("publicly_accessible")));
    b.attr("backup_retention_period", Expr::num(p.i("backup_retention_days")));
    b.attr("deletion_protection", Expr::boolean(p.b("deletion_protection")));
    b.attr("iam_database_authentication_enabled", Expr::boolean(p.b("iam_auth")));
    b.attr("performance_insights_enabled", Expr::boolean(p.b("performance_insights")));
    b.attr("monitoring_interval", Expr::num(interval));
    if (!monitoringRole.empty())
        b.attr("monitoring_role_arn", Expr::raw("aws_iam_role." + monitoringRole + ".arn"));
    if (!p.list("log_exports").empty())
        b.attr("enabled_cloudwatch_logs_exports", Expr::strList(p.list("log_exports")));
    b.attr("auto_minor_version_upgrade", Expr::boolean(true));
    b.attr("copy_tags_to_snapshot", Expr::boolean(true));
    b.attr("skip_final_snapshot", Expr::boolean(false));
    b.attr("final_snapshot_identifier", Expr::str(name + "-final"));
    b.blank().attr("tags", m.serviceTags(s));
    const std::string base = snakeName(s.id);
    m.output({ base + "_address", "Host name of the database " + s.id + ".",
        Expr::raw("aws_db_instance." + label + ".address") });
    m.output({ base + "_master_user_secret_arn",
        "ARN of the Secrets Manager secret holding the master password of " + s.id + ".",
        Expr::raw("aws_db_instance." + label + ".master_user_secret[0].secret_arn") });
}

void aurora(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string region = m.regionOf(s);
    const std::string group = subnetGroup(m, s);
    const std::string label = m.label("aws_rds_cluster", s.id);
    const std::string name = awsName(s.id, 63);
    const bool serverless = p.s("instance_class") == "db.serverless";
    {
        Body &b = m.resource(kDataTf, "aws_rds_cluster", label);
        m.regionArg(b, region);
        b.attr("cluster_identifier", Expr::str(name));
        b.attr("engine", Expr::str("aurora-postgresql"));
        b.attr("engine_version", Expr::str(p.s("engine_version")));
        b.attr("master_username", Expr::raw(masterUser(m, s)));
        b.attr("manage_master_user_password", Expr::boolean(true));
        b.attr("db_subnet_group_name", Expr::raw(group));
        if (const std::string sg = m.securityGroup(s); !sg.empty())
            b.attr("vpc_security_group_ids", Expr::list({ Expr::raw(sg) }));
        b.attr("port", Expr::num(p.i("port")));
        b.attr("storage_encrypted", Expr::boolean(p.b("storage_encrypted")));
        if (p.s("storage_type") == "aurora-iopt1")
            b.attr("storage_type", Expr::str("aurora-iopt1"));
        b.attr("backup_retention_period", Expr::num(p.i("backup_retention_days")));
        b.attr("deletion_protection", Expr::boolean(p.b("deletion_protection")));
        b.attr("iam_database_authentication_enabled", Expr::boolean(p.b("iam_auth")));
        if (!p.list("log_exports").empty())
            b.attr("enabled_cloudwatch_logs_exports", Expr::strList(p.list("log_exports")));
        b.attr("copy_tags_to_snapshot", Expr::boolean(true));
        b.attr("skip_final_snapshot", Expr::boolean(false));
        b.attr("final_snapshot_identifier", Expr::str(name + "-final"));
        if (serverless) {
            Body &sc = b.block("serverlessv2_scaling_configuration");
            sc.attr("max_capacity", Expr::num(p.d("serverless_v2_max_acu")));
            sc.attr("min_capacity", Expr::num(p.d("serverless_v2_min_acu")));
        }
        b.blank().attr("tags", m.serviceTags(s));
    }
    const std::string cluster = "aws_rds_cluster." + label;
    Body &i = m.resource(
        kDataTf, "aws_rds_cluster_instance", m.label("aws_rds_cluster_instance", s.id));
    i.attr("count", Expr::num(std::max<std::int64_t>(1, p.i("instances")))).blank();
    m.regionArg(i, region);
    i.attr("identifier", hcl::interp(name + "-", "count.index + 1"));
    i.attr("cluster_identifier", Expr::raw(cluster + ".id"));
    i.attr("instance_class", Expr::str(p.s("instance_class")));
    i.attr("engine", Expr::raw(cluster + ".engine"));
    i.attr("engine_version", Expr::raw(cluster + ".engine_version"));
    i.attr("db_subnet_group_name", Expr::raw(group));
    i.attr("performance_insights_enabled", Expr::boolean(p.b("performance_insights")));
    i.blank().attr("tags", m.serviceTags(s));
    const std::string base = snakeName(s.id);
    m.output({ base + "_endpoint", "Writer endpoint of the Aurora cluster " + s.id + ".",
        Expr::raw(cluster + ".endpoint") });
    m.output({ base + "_reader_endpoint", "Reader endpoint of the Aurora cluster " + s.id + ".",
        Expr::raw(cluster + ".reader_endpoint") });
    m.output({ base + "_master_user_secret_arn",
        "ARN of the Secrets Manager secret holding the master password of " + s.id + ".",
        Expr::raw(cluster + ".master_user_secret[0].secret_arn") });
}

void s3(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string region = m.regionOf(s);
    const std::string label = m.label("aws_s3_bucket", s.id);
    const std::string bucket = "aws_s3_bucket." + label + ".id";
    auto part = [&](const std::string &type) -> Body & {
        Body &b = m.resource(kDataTf, type, m.label(type, s.id));
        m.regionArg(b, region);
        b.attr("bucket", Expr::raw(bucket));
        return b;
    };
    {
        Body &b = m.resource(kDataTf, "aws_s3_bucket", label);
        m.regionArg(b, region);
        b.attr("bucket_prefix", Expr::str(awsName(s.id, 36) + "-"));
        if (p.b("object_lock"))
            b.attr("object_lock_enabled", Expr::boolean(true));
        b.blank().attr("tags", m.serviceTags(s));
    }
    {
        Body &b = part("aws_s3_bucket_public_access_block");
        const Expr on = Expr::boolean(p.b("block_public_access"));
        b.attr("block_public_acls", on).attr("block_public_policy", on);
        b.attr("ignore_public_acls", on).attr("restrict_public_buckets", on);
    }
    part("aws_s3_bucket_ownership_controls")
        .block("rule")
        .attr("object_ownership", Expr::str(p.s("object_ownership")));
    {
        Body &b = part("aws_s3_bucket_server_side_encryption_configuration");
        const std::string enc = p.s("encryption");
        Body &r = b.block("rule");
        r.block("apply_server_side_encryption_by_default")
            .attr("sse_algorithm",
                Expr::str(enc == "SSE-KMS"  ? "aws:kms"
                        : enc == "DSSE-KMS" ? "aws:kms:dsse"
                                            : "AES256"));
        if (enc != "SSE-S3")
            r.attr("bucket_key_enabled", Expr::boolean(true));
    }
    const bool versioning = p.b("versioning") || p.b("object_lock");
    part("aws_s3_bucket_versioning")
        .block("versioning_configuration")
        .attr("status", Expr::str(versioning ? "Enabled" : "Disabled"));
    if (const auto days = p.i("lifecycle_days"); days > 0) {
        Body &b = part("aws_s3_bucket_lifecycle_configuration");
        Body &r = b.block("rule");
        r.attr("id", Expr::str("expire-after-" + std::to_string(days) + "-days"));
        r.attr("status", Expr::str("Enabled"));
        r.block("filter");
        r.block("expiration").attr("days", Expr::num(days));
        r.block("noncurrent_version_expiration").attr("noncurrent_days", Expr::num(days));
    }

    // Bucket policy: TLS only, plus read access for the CloudFront distributions in front of it.
    const std::string doc = m.label("aws_iam_policy_document", s.id, "bucket");
    {
        Body &d = m.data(kDataTf, "aws_iam_policy_document", doc);
        Body &tls = d.block("statement");
        tls.attr("sid", Expr::str("DenyInsecureTransport"));
        tls.attr("effect", Expr::str("Deny"));
        tls.attr("actions", Expr::strList({ "s3:*" }));
        tls.attr("resources",
            Expr::list({ Expr::raw("aws_s3_bucket." + label + ".arn"),
                hcl::interp("", "aws_s3_bucket." + label + ".arn", "/*") }));
        Body &pr = tls.block("principals");
        pr.attr("type", Expr::str("*")).attr("identifiers", Expr::strList({ "*" }));
        Body &c = tls.block("condition");
        c.attr("test", Expr::str("Bool"))
            .attr("variable", Expr::str("aws:SecureTransport"))
            .attr("values", Expr::strList({ "false" }));
        for (const Service *cdn : m.topo.linked(s.id, "aws.cloudfront")) {
            if (m.topo.accountOf(cdn->id) != &m.account
                || !m.props(*cdn).b("origin_access_control"))
                continue;
            Body &st = d.block("statement");
            st.attr("sid", Expr::str("AllowCloudFront" + camelName(cdn->id)));
            st.attr("effect", Expr::str("Allow"));
            st.attr("actions", Expr::strList({ "s3:GetObject" }));
            st.attr("resources",
                Expr::list({ hcl::interp("", "aws_s3_bucket." + label + ".arn", "/*") }));
            Body &sp = st.block("principals");
            sp.attr("type", Expr::str("Service"))
                .attr("identifiers", Expr::strList({ "cloudfront.amazonaws.com" }));
            Body &sc = st.block("condition");
            sc.attr("test", Expr::str("StringEquals")).attr("variable", Expr::str("AWS:SourceArn"));
            sc.attr("values",
                Expr::list({ Expr::raw(m.ref("aws_cloudfront_distribution", cdn->id) + ".arn") }));
        }
    }
    Body &pol = part("aws_s3_bucket_policy");
    pol.attr("policy", Expr::raw("data.aws_iam_policy_document." + doc + ".json"));
    pol.blank().attr(
        "depends_on", Expr::list({ Expr::raw(m.ref("aws_s3_bucket_public_access_block", s.id)) }));

    if (p.b("access_logs"))
        m.note("Bucket `" + s.id
            + "`: server access logging needs a target log bucket; not exported.");
    if (p.b("website"))
        m.note("Bucket `" + s.id
            + "` holds a website: it stays private and is served through CloudFront with origin "
              "access control.");
    m.output({ snakeName(s.id) + "_bucket_name", "Name of the S3 bucket " + s.id + ".",
        Expr::raw(bucket) });
}

void encryption(Body &b, const std::string &mode, const char *awsKey)
{
    if (mode == "SSE-KMS")
        b.attr("kms_master_key_id", Expr::str(awsKey));
    else
        b.attr("sqs_managed_sse_enabled", Expr::boolean(mode == "SSE-SQS"));
}

} // namespace

const Service *modelledDeadLetterQueue(const Module &m, const Service &queue)
{
    if (!Props(queue, m.catalog).b("dlq"))
        return nullptr;
    for (const Connection *c : m.topo.from(queue.id))
        if (const Service *t = m.topo.service(c->to);
            t && t != &queue && t->kind == "aws.sqs" && m.topo.accountOf(t->id) == &m.account)
            return t;
    return nullptr;
}

namespace {

void sqs(Module &m, const Service &s, const std::vector<const Service *> &redriveSources)
{
    const Props p = m.props(s);
    const std::string region = m.regionOf(s);
    const bool fifo = p.b("fifo");
    const std::string suffix = fifo ? ".fifo" : "";
    const std::string name = awsName(s.id, 70);
    std::string dlq;
    const Service *modelled = modelledDeadLetterQueue(m, s);
    if (modelled) {
        dlq = m.label("aws_sqs_queue", modelled->id);
    } else if (p.b("dlq")) {
        dlq = m.label("aws_sqs_queue", s.id, "dlq");
        Body &d = m.resource(kDataTf, "aws_sqs_queue", dlq);
        m.regionArg(d, region);
        d.attr("name", Expr::str(name + "-dlq" + suffix));
        if (fifo)
            d.attr("fifo_queue", Expr::boolean(true));
        d.attr("message_retention_seconds", Expr::num(std::int64_t { 1209600 }));
        encryption(d, p.s("encryption"), "alias/aws/sqs");
        d.blank().attr("tags", m.serviceTags(s, "-dlq"));
    }
    const std::string label = m.label("aws_sqs_queue", s.id);
    Body &b = m.resource(kDataTf, "aws_sqs_queue", label);
    m.regionArg(b, region);
    b.attr("name", Expr::str(name + suffix));
    if (fifo)
        b.attr("fifo_queue", Expr::boolean(true));
    b.attr("visibility_timeout_seconds", Expr::num(p.i("visibility_timeout_s")));
    b.attr("message_retention_seconds", Expr::num(p.i("message_retention_s")));
    b.attr("delay_seconds", Expr::num(p.i("delay_s")));
    b.attr("receive_wait_time_seconds", Expr::num(p.i("receive_wait_time_s")));
    encryption(b, p.s("encryption"), "alias/aws/sqs");
    if (!dlq.empty()) {
        Expr redrive = Expr::object();
        redrive.set("deadLetterTargetArn", Expr::raw("aws_sqs_queue." + dlq + ".arn"));
        redrive.set("maxReceiveCount", Expr::num(p.i("max_receive_count")));
        b.attr("redrive_policy", Expr::call("jsonencode", { std::move(redrive) }));
    }
    b.blank().attr("tags", m.serviceTags(s));
    // Only the queues that use a dead-letter queue may redrive into it.
    auto allowPolicy = [&](const std::string &dlqLabel, const std::string &key, Expr sources) {
        Body &a = m.resource(kDataTf, "aws_sqs_queue_redrive_allow_policy",
            m.label("aws_sqs_queue_redrive_allow_policy", key, "dlq"));
        m.regionArg(a, region);
        a.attr("queue_url", Expr::raw("aws_sqs_queue." + dlqLabel + ".id"));
        Expr allow = Expr::object();
        allow.set("redrivePermission", Expr::str("byQueue"));
        allow.set("sourceQueueArns", std::move(sources));
        a.attr("redrive_allow_policy", Expr::call("jsonencode", { std::move(allow) }));
    };
    if (!dlq.empty() && !modelled)
        allowPolicy(dlq, s.id, Expr::list({ Expr::raw("aws_sqs_queue." + label + ".arn") }));
    Expr sources = Expr::list();
    for (const Service *other : redriveSources)
        sources.add(Expr::raw(m.ref("aws_sqs_queue", other->id) + ".arn"));
    if (!sources.empty())
        allowPolicy(label, s.id, std::move(sources));
    m.output({ snakeName(s.id) + "_queue_url", "URL of the SQS queue " + s.id + ".",
        Expr::raw("aws_sqs_queue." + label + ".url") });
}

void sns(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string region = m.regionOf(s);
    const bool fifo = p.b("fifo");
    const std::string label = m.label("aws_sns_topic", s.id);
    Body &b = m.resource(kDataTf, "aws_sns_topic", label);
    m.regionArg(b, region);
    b.attr("name", Expr::str(awsName(s.id, 250) + (fifo ? ".fifo" : "")));
    if (fifo)
        b.attr("fifo_topic", Expr::boolean(true));
    if (p.s("encryption") == "SSE-KMS")
        b.attr("kms_master_key_id", Expr::str("alias/aws/sns"));
    b.blank().attr("tags", m.serviceTags(s));
    m.output({ snakeName(s.id) + "_topic_arn", "ARN of the SNS topic " + s.id + ".",
        Expr::raw("aws_sns_topic." + label + ".arn") });
}

} // namespace

void emitData(Module &m)
{
    std::map<const Service *, std::vector<const Service *>> redriveSources;
    for (const Service *s : m.services())
        if (s->kind == "aws.sqs")
            if (const Service *dlq = modelledDeadLetterQueue(m, *s))
                redriveSources[dlq].push_back(s);
    for (const Service *s : m.services()) {
        if (s->kind == "aws.rds-postgresql")
            rds(m, *s);
        else if (s->kind == "aws.aurora-postgresql")
            aurora(m, *s);
        else if (s->kind == "aws.s3")
            s3(m, *s);
        else if (s->kind == "aws.sqs")
            sqs(m, *s, redriveSources[s]);
        else if (s->kind == "aws.sns")
            sns(m, *s);
    }
}

} // namespace cw::exporters::tf
