// SPDX-License-Identifier: MIT
// Least-privilege IAM from the connections (code -> data stores), and messaging wiring:
// SNS -> SQS / Lambda subscriptions, SQS -> Lambda event source mappings.
#include "terraform/tfmodule.h"

namespace cw::exporters::tf {

using hcl::lit;

namespace {

bool here(const Module &m, const Service *s)
{
    return s && m.topo.accountOf(s->id) == &m.account;
}

/// What a caller may do on a data service it connects to.
void grantAccess(Module &m, const Service &caller, const Service &target)
{
    const std::string role = m.runtimeRole(caller.id);
    if (role.empty())
        return;
    const std::string &k = target.kind;
    if (k == "aws.s3") {
        const std::string arn = m.ref("aws_s3_bucket", target.id) + ".arn";
        m.grant(caller.id, role, { "s3:ListBucket" }, { arn });
        m.grant(caller.id, role, { "s3:DeleteObject", "s3:GetObject", "s3:PutObject" },
            { "\"${" + arn + "}/*\"" });
    } else if (k == "aws.sqs") {
        m.grant(caller.id, role,
            { "sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes",
                "sqs:ReceiveMessage", "sqs:SendMessage" },
            { m.ref("aws_sqs_queue", target.id) + ".arn" });
    } else if (k == "aws.sns") {
        m.grant(caller.id, role, { "sns:Publish" }, { m.ref("aws_sns_topic", target.id) + ".arn" });
    } else if (k == "aws.secrets-manager") {
        m.grant(caller.id, role,
            { "secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue" },
            { m.ref("aws_secretsmanager_secret", target.id) + ".arn" });
    } else if (k == "aws.kms") {
        m.grant(caller.id, role, { "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey" },
            { m.ref("aws_kms_key", target.id) + ".arn" });
    } else if (k == "aws.lambda") {
        m.grant(caller.id, role, { "lambda:InvokeFunction" },
            { m.ref("aws_lambda_function", target.id) + ".arn" });
    } else if (k == "aws.rds-postgresql" && m.props(target).b("iam_auth")) {
        const std::string partition = m.sharedData(kSecurityTf, "aws_partition", "current");
        const std::string account = m.sharedData(kSecurityTf, "aws_caller_identity", "current");
        m.grant(caller.id, role, { "rds-db:connect" },
            { "\"arn:${" + partition + ".partition}:rds-db:" + lit(m.regionOf(target)) + ":${"
                + account + ".account_id}:dbuser:${" + m.ref("aws_db_instance", target.id)
                + ".resource_id}/*\"" });
    }
}

void messaging(Module &m)
{
    std::map<std::string, std::vector<const Service *>> topicsByQueue;
    std::vector<std::string> queueOrder;
    for (const auto &c : m.model.connections) {
        const Service *from = m.topo.service(c.from);
        const Service *to = m.topo.service(c.to);
        if (!here(m, from) || !here(m, to))
            continue;
        const std::string region = m.regionOf(*from);
        if (from->kind == "aws.sns" && (to->kind == "aws.sqs" || to->kind == "aws.lambda")) {
            const bool queue = to->kind == "aws.sqs";
            const std::string topic = m.ref("aws_sns_topic", from->id) + ".arn";
            Body &b = m.resource(kDataTf, "aws_sns_topic_subscription",
                m.label("aws_sns_topic_subscription", from->id, snakeName(to->id)));
            m.regionArg(b, region);
            b.attr("topic_arn", Expr::raw(topic));
            b.attr("protocol", Expr::str(queue ? "sqs" : "lambda"));
            b.attr("endpoint",
                Expr::raw(queue ? m.ref("aws_sqs_queue", to->id) + ".arn"
                                : m.ref("aws_lambda_function", to->id) + ".arn"));
            if (queue) {
                b.attr("raw_message_delivery", Expr::boolean(true));
                auto &topics = topicsByQueue[to->id];
                if (topics.empty())
                    queueOrder.push_back(to->id);
                topics.push_back(from);
            } else {
                Body &p = m.resource(kComputeTf, "aws_lambda_permission",
                    m.label("aws_lambda_permission", to->id, "from_" + snakeName(from->id)));
                m.regionArg(p, m.regionOf(*to));
                p.attr("statement_id", Expr::str("AllowExecutionFromSNS" + camelName(from->id)));
                p.attr("action", Expr::str("lambda:InvokeFunction"));
                p.attr("function_name",
                    Expr::raw(m.ref("aws_lambda_function", to->id) + ".function_name"));
                p.attr("principal", Expr::str("sns.amazonaws.com"));
                p.attr("source_arn", Expr::raw(topic));
            }
        } else if (from->kind == "aws.sqs" && to->kind == "aws.lambda") {
            Body &b = m.resource(kComputeTf, "aws_lambda_event_source_mapping",
                m.label("aws_lambda_event_source_mapping", to->id, snakeName(from->id)));
            m.regionArg(b, m.regionOf(*to));
            b.attr("event_source_arn", Expr::raw(m.ref("aws_sqs_queue", from->id) + ".arn"));
            b.attr("function_name", Expr::raw(m.ref("aws_lambda_function", to->id) + ".arn"));
            b.attr("batch_size", Expr::num(std::int64_t { 10 }));
            if (const std::string role = m.runtimeRole(to->id); !role.empty())
                m.grant(to->id, role,
                    { "sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes",
                        "sqs:ReceiveMessage" },
                    { m.ref("aws_sqs_queue", from->id) + ".arn" });
        }
    }
    for (const auto &queueId : queueOrder) {
        const Service *queue = m.topo.service(queueId);
        const std::string doc = m.label("aws_iam_policy_document", queueId, "queue");
        const std::string arn = m.ref("aws_sqs_queue", queueId) + ".arn";
        Body &d = m.data(kDataTf, "aws_iam_policy_document", doc);
        for (const Service *topic : topicsByQueue[queueId]) {
            Body &st = d.block("statement");
            st.attr("sid", Expr::str("AllowSNS" + camelName(topic->id)));
            st.attr("effect", Expr::str("Allow"));
            st.attr("actions", Expr::strList({ "sqs:SendMessage" }));
            st.attr("resources", Expr::list({ Expr::raw(arn) }));
            Body &p = st.block("principals");
            p.attr("type", Expr::str("Service"))
                .attr("identifiers", Expr::strList({ "sns.amazonaws.com" }));
            Body &c = st.block("condition");
            c.attr("test", Expr::str("ArnEquals")).attr("variable", Expr::str("aws:SourceArn"));
            c.attr("values", Expr::list({ Expr::raw(m.ref("aws_sns_topic", topic->id) + ".arn") }));
        }
        Body &b
            = m.resource(kDataTf, "aws_sqs_queue_policy", m.label("aws_sqs_queue_policy", queueId));
        m.regionArg(b, m.regionOf(*queue));
        b.attr("queue_url", Expr::raw(m.ref("aws_sqs_queue", queueId) + ".id"));
        b.attr("policy", Expr::raw("data.aws_iam_policy_document." + doc + ".json"));
    }
}

} // namespace

void emitIamAccess(Module &m)
{
    for (const auto &c : m.model.connections) {
        const Service *from = m.topo.service(c.from);
        const Service *to = m.topo.service(c.to);
        if (here(m, from) && here(m, to))
            grantAccess(m, *from, *to);
    }
    messaging(m);
    for (const auto &serviceId : m.grantOrder()) {
        const auto &g = m.grants().at(serviceId);
        if (g.statements.empty())
            continue;
        const std::string doc = m.label("aws_iam_policy_document", serviceId, "access");
        Body &d = m.data(kSecurityTf, "aws_iam_policy_document", doc);
        for (const auto &[actions, resources] : g.statements) {
            Body &st = d.block("statement");
            st.attr("effect", Expr::str("Allow"));
            st.attr("actions", Expr::strList(actions));
            Expr res = Expr::list();
            for (const auto &r : resources)
                res.add(Expr::raw(r));
            st.attr("resources", std::move(res));
        }
        Body &p = m.resource(kSecurityTf, "aws_iam_role_policy",
            m.label("aws_iam_role_policy", serviceId, "access"));
        p.attr("name", Expr::str(awsName(serviceId, 100) + "-access"));
        p.attr("role", Expr::raw("aws_iam_role." + g.roleLabel + ".id"));
        p.attr("policy", Expr::raw("data.aws_iam_policy_document." + doc + ".json"));
    }
}

} // namespace cw::exporters::tf
