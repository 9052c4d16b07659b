resource "aws_s3_bucket" "dev_frontend_pipeline_artifacts" {
  bucket_prefix = "dev-frontend-pipeline-artifacts-"

  tags = {
    Name = "Frontend pipeline-artifacts"
  }
}

resource "aws_s3_bucket_public_access_block" "dev_frontend_pipeline_artifacts" {
  bucket                  = aws_s3_bucket.dev_frontend_pipeline_artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_codestarconnections_connection" "dev_frontend_pipeline" {
  name          = "dev-frontend-pipeline"
  provider_type = "GitHub"

  tags = {
    Name = "Frontend pipeline"
  }
}

resource "aws_codebuild_project" "dev_frontend_pipeline" {
  name         = "dev-frontend-pipeline"
  service_role = aws_iam_role.dev_frontend_pipeline_codebuild.arn

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

resource "aws_codepipeline" "dev_frontend_pipeline" {
  name          = "dev-frontend-pipeline"
  role_arn      = aws_iam_role.dev_frontend_pipeline_pipeline.arn
  pipeline_type = "V2"

  artifact_store {
    location = aws_s3_bucket.dev_frontend_pipeline_artifacts.bucket
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
        ConnectionArn    = aws_codestarconnections_connection.dev_frontend_pipeline.arn
        FullRepositoryId = var.dev_frontend_pipeline_repository
        BranchName       = var.dev_frontend_pipeline_branch
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
        ProjectName = aws_codebuild_project.dev_frontend_pipeline.name
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
        BucketName = aws_s3_bucket.dev_spa.bucket
        Extract    = "true"
      }
    }
  }

  tags = {
    Name = "Frontend pipeline"
  }
}

resource "aws_s3_bucket" "dev_backend_pipeline_artifacts" {
  bucket_prefix = "dev-backend-pipeline-artifacts-"

  tags = {
    Name = "Backend pipeline-artifacts"
  }
}

resource "aws_s3_bucket_public_access_block" "dev_backend_pipeline_artifacts" {
  bucket                  = aws_s3_bucket.dev_backend_pipeline_artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_codestarconnections_connection" "dev_backend_pipeline" {
  name          = "dev-backend-pipeline"
  provider_type = "GitHub"

  tags = {
    Name = "Backend pipeline"
  }
}

resource "aws_codebuild_project" "dev_backend_pipeline" {
  name         = "dev-backend-pipeline"
  service_role = aws_iam_role.dev_backend_pipeline_codebuild.arn

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

resource "aws_codepipeline" "dev_backend_pipeline" {
  name          = "dev-backend-pipeline"
  role_arn      = aws_iam_role.dev_backend_pipeline_pipeline.arn
  pipeline_type = "V2"

  artifact_store {
    location = aws_s3_bucket.dev_backend_pipeline_artifacts.bucket
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
        ConnectionArn    = aws_codestarconnections_connection.dev_backend_pipeline.arn
        FullRepositoryId = var.dev_backend_pipeline_repository
        BranchName       = var.dev_backend_pipeline_branch
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
        ProjectName = aws_codebuild_project.dev_backend_pipeline.name
      }
    }
  }

  tags = {
    Name = "Backend pipeline"
  }
}
