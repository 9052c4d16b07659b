resource "aws_s3_bucket" "prod_frontend_pipeline_artifacts" {
  bucket_prefix = "prod-frontend-pipeline-artifacts-"

  tags = {
    Name = "Frontend pipeline-artifacts"
  }
}

resource "aws_s3_bucket_public_access_block" "prod_frontend_pipeline_artifacts" {
  bucket                  = aws_s3_bucket.prod_frontend_pipeline_artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_codestarconnections_connection" "prod_frontend_pipeline" {
  name          = "prod-frontend-pipeline"
  provider_type = "GitHub"

  tags = {
    Name = "Frontend pipeline"
  }
}

resource "aws_codebuild_project" "prod_frontend_pipeline" {
  name         = "prod-frontend-pipeline"
  service_role = aws_iam_role.prod_frontend_pipeline_codebuild.arn

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
    Name = "Frontend pipeline"
  }
}

resource "aws_codepipeline" "prod_frontend_pipeline" {
  name          = "prod-frontend-pipeline"
  role_arn      = aws_iam_role.prod_frontend_pipeline_pipeline.arn
  pipeline_type = "V2"

  artifact_store {
    location = aws_s3_bucket.prod_frontend_pipeline_artifacts.bucket
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
        ConnectionArn    = aws_codestarconnections_connection.prod_frontend_pipeline.arn
        FullRepositoryId = var.prod_frontend_pipeline_repository
        BranchName       = var.prod_frontend_pipeline_branch
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
        ProjectName = aws_codebuild_project.prod_frontend_pipeline.name
      }
    }
  }

  stage {
    name = "Deploy"

    action {
      name            = "Deploy"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "S3"
      version         = "1"
      input_artifacts = ["build"]
      configuration = {
        BucketName = aws_s3_bucket.prod_spa.bucket
        Extract    = "true"
      }
    }
  }

  tags = {
    Name = "Frontend pipeline"
  }
}

resource "aws_s3_bucket" "prod_backend_pipeline_artifacts" {
  bucket_prefix = "prod-backend-pipeline-artifacts-"

  tags = {
    Name = "Backend pipeline-artifacts"
  }
}

resource "aws_s3_bucket_public_access_block" "prod_backend_pipeline_artifacts" {
  bucket                  = aws_s3_bucket.prod_backend_pipeline_artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_codestarconnections_connection" "prod_backend_pipeline" {
  name          = "prod-backend-pipeline"
  provider_type = "GitHub"

  tags = {
    Name = "Backend pipeline"
  }
}

resource "aws_codebuild_project" "prod_backend_pipeline" {
  name         = "prod-backend-pipeline"
  service_role = aws_iam_role.prod_backend_pipeline_codebuild.arn

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
    Name = "Backend pipeline"
  }
}

resource "aws_codepipeline" "prod_backend_pipeline" {
  name          = "prod-backend-pipeline"
  role_arn      = aws_iam_role.prod_backend_pipeline_pipeline.arn
  pipeline_type = "V2"

  artifact_store {
    location = aws_s3_bucket.prod_backend_pipeline_artifacts.bucket
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
        ConnectionArn    = aws_codestarconnections_connection.prod_backend_pipeline.arn
        FullRepositoryId = var.prod_backend_pipeline_repository
        BranchName       = var.prod_backend_pipeline_branch
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
        ProjectName = aws_codebuild_project.prod_backend_pipeline.name
      }
    }
  }

  tags = {
    Name = "Backend pipeline"
  }
}
