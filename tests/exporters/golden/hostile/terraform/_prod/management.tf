resource "aws_organizations_organization" "org" {
  feature_set                   = "ALL"
  enabled_policy_types          = ["SERVICE_CONTROL_POLICY"]
  aws_service_access_principals = ["cloudtrail.amazonaws.com", "sso.amazonaws.com"]
}

resource "aws_organizations_organizational_unit" "org_security" {
  name      = "Security"
  parent_id = aws_organizations_organization.org.roots[0].id

  tags = {
    Name = "Security"
  }
}

resource "aws_organizations_organizational_unit" "org_workloads" {
  name      = "Workloads"
  parent_id = aws_organizations_organization.org.roots[0].id

  tags = {
    Name = "Workloads"
  }
}

resource "aws_organizations_policy" "org_deny_leave_org" {
  name        = "deny-leave-org"
  description = "Member accounts cannot leave the organization."
  type        = "SERVICE_CONTROL_POLICY"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Deny"
        Action   = "organizations:LeaveOrganization"
        Resource = "*"
      },
    ]
  })

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_organizations_policy_attachment" "org_deny_leave_org" {
  policy_id = aws_organizations_policy.org_deny_leave_org.id
  target_id = aws_organizations_organization.org.roots[0].id
}

resource "aws_s3_bucket" "deploy_artifacts" {
  bucket_prefix = "deploy-artifacts-"

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end-artifacts"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_s3_bucket_public_access_block" "deploy_artifacts" {
  bucket                  = aws_s3_bucket.deploy_artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_codestarconnections_connection" "deploy" {
  name          = "deploy"
  provider_type = "GitHub"

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_codebuild_project" "deploy" {
  name         = "deploy"
  service_role = aws_iam_role.deploy_codebuild.arn

  artifacts {
    type = "CODEPIPELINE"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/amazonlinux-x86_64-standard:5.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true
  }

  source {
    type      = "CODEPIPELINE"
    buildspec = "buildspec.yml"
  }

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_codepipeline" "deploy" {
  name          = "deploy"
  role_arn      = aws_iam_role.deploy_pipeline.arn
  pipeline_type = "V2"

  artifact_store {
    location = aws_s3_bucket.deploy_artifacts.bucket
    type     = "S3"
  }

  stage {
    name = "Source"

    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        ConnectionArn    = aws_codestarconnections_connection.deploy.arn
        FullRepositoryId = var.deploy_repository
        BranchName       = var.deploy_branch
      }
    }
  }

  stage {
    name = "Build"

    action {
      name             = "Build"
      category         = "Build"
      owner            = "AWS"
      provider         = "CodeBuild"
      version          = "1"
      input_artifacts  = ["source"]
      output_artifacts = ["build"]
      configuration = {
        ProjectName = aws_codebuild_project.deploy.name
      }
    }
  }

  stage {
    name = "Approve"

    action {
      name     = "Approve"
      category = "Approval"
      owner    = "AWS"
      provider = "Manual"
      version  = "1"
    }
  }

  stage {
    name = "Deploy"

    action {
      name            = "Deploy"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "ECS"
      version         = "1"
      input_artifacts = ["build"]
      configuration = {
        ClusterName = aws_ecs_cluster.api.name
        ServiceName = aws_ecs_service.api.name
        FileName    = "imagedefinitions.json"
      }
    }
  }

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}
