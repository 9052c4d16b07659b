// SPDX-License-Identifier: MIT
// AWS Organizations and CodePipeline.
#include "terraform/tfmodule.h"

namespace cw::exporters::tf {

namespace {

void organization(Module &m, const Service &s)
{
    const Props p = m.props(s);
    if (m.account.role != AccountRole::Management)
        m.note("Organization `" + s.id + "` is declared in account `" + m.account.id
            + "`, which is not the management account; apply it from the management account.");
    const bool all = p.s("feature_set") == "ALL";
    const std::string label = m.label("aws_organizations_organization", s.id);
    Body &b = m.resource(kManagementTf, "aws_organizations_organization", label);
    b.attr("feature_set", Expr::str(p.s("feature_set")));
    if (all)
        b.attr("enabled_policy_types", Expr::strList({ "SERVICE_CONTROL_POLICY" }));
    b.attr("aws_service_access_principals",
        Expr::strList({ "cloudtrail.amazonaws.com", "sso.amazonaws.com" }));
    const std::string root = "aws_organizations_organization." + label + ".roots[0].id";
    for (const auto &ou : p.list("organizational_units")) {
        Body &o = m.resource(kManagementTf, "aws_organizations_organizational_unit",
            m.label("aws_organizations_organizational_unit", s.id, snakeName(ou)));
        o.attr("name", Expr::str(ou));
        o.attr("parent_id", Expr::raw(root));
        o.blank().attr("tags", m.tags(ou));
    }
    for (const auto &scp : p.list("service_control_policies")) {
        if (!all)
            break;
        if (scp != "deny-leave-org") {
            m.note("Service control policy `" + scp + "` of `" + s.id
                + "`: write its content by hand (only deny-leave-org is known).");
            continue;
        }
        const std::string pl = m.label("aws_organizations_policy", s.id, snakeName(scp));
        Body &pol = m.resource(kManagementTf, "aws_organizations_policy", pl);
        pol.attr("name", Expr::str(scp));
        pol.attr("description", Expr::str("Member accounts cannot leave the organization."));
        pol.attr("type", Expr::str("SERVICE_CONTROL_POLICY"));
        Expr statement = Expr::object();
        statement.set("Effect", Expr::str("Deny"))
            .set("Action", Expr::str("organizations:LeaveOrganization"))
            .set("Resource", Expr::str("*"));
        Expr content = Expr::object();
        content.set("Version", Expr::str("2012-10-17"))
            .set("Statement", Expr::list({ std::move(statement) }));
        pol.attr("content", Expr::call("jsonencode", { std::move(content) }));
        pol.blank().attr("tags", m.serviceTags(s));
        Body &a = m.resource(kManagementTf, "aws_organizations_policy_attachment",
            m.label("aws_organizations_policy_attachment", pl));
        a.attr("policy_id", Expr::raw("aws_organizations_policy." + pl + ".id"));
        a.attr("target_id", Expr::raw(root));
    }
}

void pipeline(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string region = m.regionOf(s);
    const std::string name = awsName(s.id, 100);
    const std::string base = snakeName(s.id);
    const std::string source = p.s("source_provider");
    if (source != "GitHub" && source != "GitLab" && source != "Bitbucket") {
        m.note("Pipeline `" + s.id
            + "`: only GitHub, GitLab and Bitbucket sources (through CodeConnections) are "
              "exported, not "
            + source + ".");
        return;
    }
    // Artifact store.
    const std::string bucket = m.label("aws_s3_bucket", s.id, "artifacts");
    {
        Body &b = m.resource(kManagementTf, "aws_s3_bucket", bucket);
        m.regionArg(b, region);
        b.attr("bucket_prefix", Expr::str(awsName(s.id, 26) + "-artifacts-"));
        b.blank().attr("tags", m.serviceTags(s, "-artifacts"));
        Body &pab = m.resource(kManagementTf, "aws_s3_bucket_public_access_block",
            m.label("aws_s3_bucket_public_access_block", s.id, "artifacts"));
        m.regionArg(pab, region);
        pab.attr("bucket", Expr::raw("aws_s3_bucket." + bucket + ".id"));
        for (const char *a : { "block_public_acls", "block_public_policy", "ignore_public_acls",
                 "restrict_public_buckets" })
            pab.attr(a, Expr::boolean(true));
    }
    const std::string bucketArn = "aws_s3_bucket." + bucket + ".arn";
    const std::string objects = "\"${" + bucketArn + "}/*\"";
    const std::string conn = m.label("aws_codestarconnections_connection", s.id);
    {
        Body &c = m.resource(kManagementTf, "aws_codestarconnections_connection", conn);
        m.regionArg(c, region);
        c.attr("name", Expr::str(awsName(s.id, 32)));
        c.attr("provider_type",
            Expr::str(source == "GitHub" ? "GitHub"
                    : source == "GitLab" ? "GitLab"
                                         : "Bitbucket"));
        c.blank().attr("tags", m.serviceTags(s));
    }
    m.variable({ base + "_repository", "string",
        "Repository of the pipeline `" + s.id + "` as owner/name.", {}, false,
        { { "can(regex(\"^[^/]+/[^/]+$\", var." + base + "_repository))",
            "Must be owner/name." } } });
    m.variable({ base + "_branch", "string", "Branch the pipeline `" + s.id + "` builds.",
        Expr::str("main") });

    const bool build = p.s("build_provider") == "CodeBuild";
    std::string project;
    if (build) {
        const std::string role = iamRole(m, s.id, "codebuild", { "codebuild.amazonaws.com" }, {});
        m.grant(s.id + "-codebuild", role,
            { "logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents" }, { "\"*\"" });
        m.grant(s.id + "-codebuild", role, { "s3:GetObject", "s3:PutObject" }, { objects });
        project = m.label("aws_codebuild_project", s.id);
        Body &b = m.resource(kManagementTf, "aws_codebuild_project", project);
        m.regionArg(b, region);
        b.attr("name", Expr::str(name));
        b.attr("service_role", Expr::raw("aws_iam_role." + role + ".arn"));
        b.block("artifacts").attr("type", Expr::str("CODEPIPELINE"));
        Body &e = b.block("environment");
        e.attr("compute_type", Expr::str("BUILD_GENERAL1_SMALL"));
        e.attr("image", Expr::str("aws/codebuild/amazonlinux-x86_64-standard:5.0"));
        e.attr("type", Expr::str("LINUX_CONTAINER"));
        e.attr("privileged_mode", Expr::boolean(true));
        Body &src = b.block("source");
        src.attr("type", Expr::str("CODEPIPELINE"));
        src.attr("buildspec", Expr::str("buildspec.yml"));
        b.blank().attr("tags", m.serviceTags(s));
    } else if (p.s("build_provider") == "Jenkins") {
        m.note("Pipeline `" + s.id
            + "`: the Jenkins build stage needs the Jenkins action provider; not exported.");
    }

    const std::string role = iamRole(m, s.id, "pipeline", { "codepipeline.amazonaws.com" }, {});
    m.grant(s.id, role,
        { "s3:GetBucketVersioning", "s3:GetObject", "s3:GetObjectVersion", "s3:PutObject" },
        { bucketArn, objects });
    m.grant(s.id, role, { "codestar-connections:UseConnection" },
        { "aws_codestarconnections_connection." + conn + ".arn" });
    if (build)
        m.grant(s.id, role, { "codebuild:BatchGetBuilds", "codebuild:StartBuild" },
            { "aws_codebuild_project." + project + ".arn" });

    Body &b = m.resource(kManagementTf, "aws_codepipeline", m.label("aws_codepipeline", s.id));
    m.regionArg(b, region);
    b.attr("name", Expr::str(name));
    b.attr("role_arn", Expr::raw("aws_iam_role." + role + ".arn"));
    b.attr("pipeline_type", Expr::str(p.s("pipeline_type")));
    Body &store = b.block("artifact_store");
    store.attr("location", Expr::raw("aws_s3_bucket." + bucket + ".bucket"));
    store.attr("type", Expr::str("S3"));
    auto stage
        = [&](const char *stageName, const char *category, const char *provider, const char *owner,
              std::vector<std::string> in, std::vector<std::string> out, Expr configuration) {
              Body &st = b.block("stage");
              st.attr("name", Expr::str(stageName));
              Body &a = st.block("action");
              a.attr("name", Expr::str(stageName));
              a.attr("category", Expr::str(category));
              a.attr("owner", Expr::str(owner));
              a.attr("provider", Expr::str(provider));
              a.attr("version", Expr::str("1"));
              if (!in.empty())
                  a.attr("input_artifacts", Expr::strList(in));
              if (!out.empty())
                  a.attr("output_artifacts", Expr::strList(out));
              if (!configuration.empty())
                  a.attr("configuration", std::move(configuration));
          };
    Expr srcCfg = Expr::object();
    srcCfg.set("ConnectionArn", Expr::raw("aws_codestarconnections_connection." + conn + ".arn"));
    srcCfg.set("FullRepositoryId", Expr::raw("var." + base + "_repository"));
    srcCfg.set("BranchName", Expr::raw("var." + base + "_branch"));
    stage(
        "Source", "Source", "CodeStarSourceConnection", "AWS", {}, { "source" }, std::move(srcCfg));
    std::string artifact = "source";
    if (build) {
        Expr cfg = Expr::object();
        cfg.set("ProjectName", Expr::raw("aws_codebuild_project." + project + ".name"));
        stage("Build", "Build", "CodeBuild", "AWS", { "source" }, { "build" }, std::move(cfg));
        artifact = "build";
    }
    if (p.b("manual_approval"))
        stage("Approve", "Approval", "Manual", "AWS", {}, {}, Expr::object());
    const std::string deploy = p.s("deploy_provider");
    if (deploy == "ECS" || deploy == "S3") {
        const auto targets = m.topo.linked(s.id, deploy == "ECS" ? "aws.ecs-fargate" : "aws.s3");
        if (targets.empty() || m.topo.accountOf(targets.front()->id) != &m.account) {
            m.note("Pipeline `" + s.id + "` deploys to " + deploy
                + " but is connected to no such service of this account; no deploy stage.");
        } else if (deploy == "ECS") {
            const Service &t = *targets.front();
            Expr cfg = Expr::object();
            cfg.set("ClusterName", Expr::raw(m.ref("aws_ecs_cluster", t.id) + ".name"));
            cfg.set("ServiceName", Expr::raw(m.ref("aws_ecs_service", t.id) + ".name"));
            cfg.set("FileName", Expr::str("imagedefinitions.json"));
            stage("Deploy", "Deploy", "ECS", "AWS", { artifact }, {}, std::move(cfg));
            m.grant(s.id, role,
                { "ecs:DescribeServices", "ecs:DescribeTaskDefinition",
                    "ecs:RegisterTaskDefinition", "ecs:UpdateService" },
                { "\"*\"" });
            m.grant(s.id, role, { "iam:PassRole" },
                { m.ref("aws_iam_role", t.id, "execution") + ".arn",
                    m.ref("aws_iam_role", t.id, "task") + ".arn" });
        } else {
            const Service &t = *targets.front();
            Expr cfg = Expr::object();
            cfg.set("BucketName", Expr::raw(m.ref("aws_s3_bucket", t.id) + ".bucket"));
            cfg.set("Extract", Expr::str("true"));
            stage("Deploy", "Deploy", "S3", "AWS", { artifact }, {}, std::move(cfg));
            m.grant(s.id, role, { "s3:PutObject", "s3:PutObjectAcl" },
                { "\"${" + m.ref("aws_s3_bucket", t.id) + ".arn}/*\"" });
        }
    } else if (deploy != "none") {
        m.note("Pipeline `" + s.id + "`: the " + deploy + " deploy stage is not exported.");
    }
    b.blank().attr("tags", m.serviceTags(s));
    m.note("Pipeline `" + s.id
        + "`: after the first apply, complete the CodeConnections handshake in the console (the "
          "connection starts PENDING).");
}

} // namespace

void emitManagement(Module &m)
{
    for (const Service *s : m.services()) {
        if (s->kind == "aws.organizations")
            organization(m, *s);
        else if (s->kind == "aws.codepipeline")
            pipeline(m, *s);
    }
}

} // namespace cw::exporters::tf
