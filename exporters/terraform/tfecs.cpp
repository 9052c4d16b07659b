// SPDX-License-Identifier: MIT
// ECS on Fargate: cluster, task definition with awslogs, service behind its load balancers,
// target-tracking auto scaling.
#include "terraform/tfmodule.h"

namespace cw::exporters::tf {

void emitEcs(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string region = m.regionOf(s);
    const std::string name = awsName(s.id, 255);
    const std::string base = snakeName(s.id);
    if (m.subnetRefs(s).empty()) {
        m.note("ECS service `" + s.id + "` has no subnet in this account; it was not exported.");
        return;
    }
    const std::string cluster = m.label("aws_ecs_cluster", s.id);
    {
        Body &b = m.resource(kComputeTf, "aws_ecs_cluster", cluster);
        m.regionArg(b, region);
        b.attr("name", Expr::str(name));
        Body &st = b.block("setting");
        st.attr("name", Expr::str("containerInsights"));
        st.attr("value", Expr::str(p.s("container_insights")));
        b.blank().attr("tags", m.serviceTags(s));
    }
    const bool spot = p.s("capacity_provider") == "FARGATE_SPOT";
    if (spot) {
        Body &b = m.resource(kComputeTf, "aws_ecs_cluster_capacity_providers",
            m.label("aws_ecs_cluster_capacity_providers", s.id));
        m.regionArg(b, region);
        b.attr("cluster_name", Expr::raw("aws_ecs_cluster." + cluster + ".name"));
        b.attr("capacity_providers", Expr::strList({ "FARGATE", "FARGATE_SPOT" }));
        Body &d = b.block("default_capacity_provider_strategy");
        d.attr("capacity_provider", Expr::str("FARGATE_SPOT"));
        d.attr("weight", Expr::num(std::int64_t { 1 }));
    }
    const std::string logs = emitLogGroup(m, s, "/ecs/" + name);
    const std::string exec = iamRole(m, s.id, "execution", { "ecs-tasks.amazonaws.com" },
        { "service-role/AmazonECSTaskExecutionRolePolicy" });
    const std::string task = iamRole(m, s.id, "task", { "ecs-tasks.amazonaws.com" }, {});
    m.grant(s.id, task, {}, {});
    if (p.b("execute_command"))
        m.grant(s.id, task,
            { "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel" },
            { "\"*\"" });

    std::string image = p.s("image");
    Expr imageExpr = Expr::str(image);
    if (image.empty()) {
        m.variable({ base + "_image", "string",
            "Container image of the ECS service `" + s.id
                + "`, e.g. <account>.dkr.ecr.<region>.amazonaws.com/api:1.0.0.",
            {}, false, { { "length(var." + base + "_image) > 0", "Must not be empty." } } });
        imageExpr = Expr::raw("var." + base + "_image");
    }
    const std::int64_t port = p.i("container_port");
    Expr options = Expr::object();
    options.set("awslogs-group", Expr::raw(logs + ".name"))
        .set("awslogs-region", Expr::str(region))
        .set("awslogs-stream-prefix", Expr::str(name));
    Expr logConfig = Expr::object();
    logConfig.set("logDriver", Expr::str("awslogs")).set("options", std::move(options));
    Expr mapping = Expr::object();
    mapping.set("containerPort", Expr::num(port)).set("protocol", Expr::str("tcp"));
    Expr container = Expr::object();
    container.set("name", Expr::str(name))
        .set("image", std::move(imageExpr))
        .set("essential", Expr::boolean(true))
        .set("readonlyRootFilesystem", Expr::boolean(false))
        .set("portMappings", Expr::list({ std::move(mapping) }))
        .set("logConfiguration", std::move(logConfig));

    const std::string taskDef = m.label("aws_ecs_task_definition", s.id);
    {
        Body &b = m.resource(kComputeTf, "aws_ecs_task_definition", taskDef);
        m.regionArg(b, region);
        b.attr("family", Expr::str(name));
        b.attr("requires_compatibilities", Expr::strList({ "FARGATE" }));
        b.attr("network_mode", Expr::str("awsvpc"));
        b.attr("cpu", Expr::str(p.s("cpu")));
        b.attr("memory", Expr::str(std::to_string(p.i("memory"))));
        b.attr("execution_role_arn", Expr::raw("aws_iam_role." + exec + ".arn"));
        b.attr("task_role_arn", Expr::raw("aws_iam_role." + task + ".arn"));
        b.attr("container_definitions",
            Expr::call("jsonencode", { Expr::list({ std::move(container) }) }));
        Body &rp = b.block("runtime_platform");
        rp.attr("operating_system_family", Expr::str("LINUX"));
        rp.attr("cpu_architecture", Expr::str(p.s("cpu_architecture")));
        if (p.i("ephemeral_storage_gb") > 20)
            b.block("ephemeral_storage")
                .attr("size_in_gib", Expr::num(p.i("ephemeral_storage_gb")));
        b.blank().attr("tags", m.serviceTags(s));
    }

    const auto groups = ecsTargetGroups(m, s);
    const std::int64_t minCount = p.i("min_count");
    const std::int64_t maxCount = p.i("max_count");
    const bool scaling = maxCount > minCount;
    const std::string service = m.label("aws_ecs_service", s.id);
    {
        Body &b = m.resource(kComputeTf, "aws_ecs_service", service);
        m.regionArg(b, region);
        b.attr("name", Expr::str(name));
        b.attr("cluster", Expr::raw("aws_ecs_cluster." + cluster + ".id"));
        b.attr("task_definition", Expr::raw("aws_ecs_task_definition." + taskDef + ".arn"));
        b.attr("desired_count", Expr::num(p.i("desired_count")));
        if (!spot)
            b.attr("launch_type", Expr::str("FARGATE"));
        b.attr("enable_execute_command", Expr::boolean(p.b("execute_command")));
        b.attr("propagate_tags", Expr::str("SERVICE"));
        Body &n = b.block("network_configuration");
        n.attr("subnets", m.subnetList(s));
        n.attr("security_groups", Expr::list({ Expr::raw(m.securityGroup(s)) }));
        n.attr("assign_public_ip", Expr::boolean(p.b("assign_public_ip")));
        if (spot) {
            Body &c = b.block("capacity_provider_strategy");
            c.attr("capacity_provider", Expr::str("FARGATE_SPOT"));
            c.attr("weight", Expr::num(std::int64_t { 1 }));
        }
        for (const auto &g : groups) {
            Body &lb = b.block("load_balancer");
            lb.attr("target_group_arn", Expr::raw(g.targetGroupArn));
            lb.attr("container_name", Expr::str(name));
            lb.attr("container_port", Expr::num(std::int64_t { g.port }));
        }
        Body &cb = b.block("deployment_circuit_breaker");
        cb.attr("enable", Expr::boolean(p.b("circuit_breaker")));
        cb.attr("rollback", Expr::boolean(p.b("circuit_breaker")));
        b.blank().attr("tags", m.serviceTags(s));
        if (!groups.empty()) {
            Expr deps = Expr::list();
            for (const auto &g : groups)
                deps.add(Expr::raw(g.listener));
            b.blank().attr("depends_on", std::move(deps));
        }
        if (scaling)
            b.block("lifecycle").attr("ignore_changes", Expr::list({ Expr::raw("desired_count") }));
    }
    if (scaling) {
        const std::string target = m.label("aws_appautoscaling_target", s.id);
        Body &t = m.resource(kComputeTf, "aws_appautoscaling_target", target);
        m.regionArg(t, region);
        t.attr("max_capacity", Expr::num(maxCount));
        t.attr("min_capacity", Expr::num(minCount));
        t.attr("resource_id",
            Expr::raw("\"service/${aws_ecs_cluster." + cluster + ".name}/${aws_ecs_service."
                + service + ".name}\""));
        t.attr("scalable_dimension", Expr::str("ecs:service:DesiredCount"));
        t.attr("service_namespace", Expr::str("ecs"));
        const std::string at = "aws_appautoscaling_target." + target;
        Body &pol = m.resource(kComputeTf, "aws_appautoscaling_policy",
            m.label("aws_appautoscaling_policy", s.id, "cpu"));
        m.regionArg(pol, region);
        pol.attr("name", Expr::str(name + "-cpu"));
        pol.attr("policy_type", Expr::str("TargetTrackingScaling"));
        pol.attr("resource_id", Expr::raw(at + ".resource_id"));
        pol.attr("scalable_dimension", Expr::raw(at + ".scalable_dimension"));
        pol.attr("service_namespace", Expr::raw(at + ".service_namespace"));
        Body &cfg = pol.block("target_tracking_scaling_policy_configuration");
        cfg.attr("target_value", Expr::num(std::int64_t { 70 }));
        cfg.block("predefined_metric_specification")
            .attr("predefined_metric_type", Expr::str("ECSServiceAverageCPUUtilization"));
    }
    m.output({ base + "_service_name", "Name of the ECS service " + s.id + ".",
        Expr::raw("aws_ecs_service." + service + ".name") });
}

} // namespace cw::exporters::tf
