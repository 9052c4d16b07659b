resource "aws_security_group" "dev_alb" {
  name        = "dev-alb"
  description = "Security group of dev-alb"
  vpc_id      = aws_vpc.dev_vpc.id

  tags = {
    Name = "API load balancer"
  }
}

resource "aws_security_group" "dev_aurora" {
  name        = "dev-aurora"
  description = "Security group of dev-aurora"
  vpc_id      = aws_vpc.dev_vpc.id

  tags = {
    Name = "Aurora PostgreSQL"
  }
}

resource "aws_security_group" "dev_bastion" {
  name        = "dev-bastion"
  description = "Security group of dev-bastion"
  vpc_id      = aws_vpc.dev_vpc.id

  tags = {
    Name = "Bastion host"
  }
}

resource "aws_secretsmanager_secret" "dev_db_secret" {
  name                    = "dev-db-secret"
  description             = "Aurora master credentials managed in Secrets Manager and rotated every 7 days (the RDS-managed default); the seed does not say how the API gets its credentials."
  recovery_window_in_days = 30

  tags = {
    Name = "Database credentials"
  }
}

resource "aws_secretsmanager_secret_rotation" "dev_db_secret" {
  secret_id           = aws_secretsmanager_secret.dev_db_secret.id
  rotation_lambda_arn = var.dev_db_secret_rotation_lambda_arn

  rotation_rules {
    automatically_after_days = 7
  }
}

resource "aws_acm_certificate" "dev_cert" {
  domain_name       = var.dev_cert_domain_name
  validation_method = "DNS"
  key_algorithm     = "RSA_2048"

  tags = {
    Name = "TLS certificate"
  }

  lifecycle {
    create_before_destroy = true
  }
}

data "aws_iam_policy_document" "dev_bastion_instance_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "dev_bastion_instance" {
  name               = "dev-bastion-instance"
  assume_role_policy = data.aws_iam_policy_document.dev_bastion_instance_assume.json

  tags = {
    Name = "dev-bastion-instance"
  }
}

data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "dev_bastion_instance_amazonssmmanagedinstancecore" {
  role       = aws_iam_role.dev_bastion_instance.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "dev_bastion" {
  name = "dev-bastion-instance"
  role = aws_iam_role.dev_bastion_instance.name

  tags = {
    Name = "Bastion host"
  }
}

data "aws_iam_policy_document" "dev_eks_cluster_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["eks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "dev_eks_cluster" {
  name               = "dev-eks-cluster"
  assume_role_policy = data.aws_iam_policy_document.dev_eks_cluster_assume.json

  tags = {
    Name = "dev-eks-cluster"
  }
}

resource "aws_iam_role_policy_attachment" "dev_eks_cluster_amazoneksclusterpolicy" {
  role       = aws_iam_role.dev_eks_cluster.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSClusterPolicy"
}

data "aws_iam_policy_document" "dev_eks_node_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "dev_eks_node" {
  name               = "dev-eks-node"
  assume_role_policy = data.aws_iam_policy_document.dev_eks_node_assume.json

  tags = {
    Name = "dev-eks-node"
  }
}

resource "aws_iam_role_policy_attachment" "dev_eks_node_amazoneksworkernodepolicy" {
  role       = aws_iam_role.dev_eks_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSWorkerNodePolicy"
}

resource "aws_iam_role_policy_attachment" "dev_eks_node_amazoneks_cni_policy" {
  role       = aws_iam_role.dev_eks_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKS_CNI_Policy"
}

resource "aws_iam_role_policy_attachment" "dev_eks_node_amazonec2containerregistryreadonly" {
  role       = aws_iam_role.dev_eks_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
}

resource "aws_kms_key" "dev_eks_secrets" {
  description             = "Encrypts the Kubernetes secrets of dev-eks"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  tags = {
    Name = "Backend EKS cluster"
  }
}

data "aws_iam_policy_document" "dev_frontend_pipeline_codebuild_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codebuild.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "dev_frontend_pipeline_codebuild" {
  name               = "dev-frontend-pipeline-codebuild"
  assume_role_policy = data.aws_iam_policy_document.dev_frontend_pipeline_codebuild_assume.json

  tags = {
    Name = "dev-frontend-pipeline-codebuild"
  }
}

data "aws_iam_policy_document" "dev_frontend_pipeline_pipeline_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codepipeline.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "dev_frontend_pipeline_pipeline" {
  name               = "dev-frontend-pipeline-pipeline"
  assume_role_policy = data.aws_iam_policy_document.dev_frontend_pipeline_pipeline_assume.json

  tags = {
    Name = "dev-frontend-pipeline-pipeline"
  }
}

data "aws_iam_policy_document" "dev_backend_pipeline_codebuild_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codebuild.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "dev_backend_pipeline_codebuild" {
  name               = "dev-backend-pipeline-codebuild"
  assume_role_policy = data.aws_iam_policy_document.dev_backend_pipeline_codebuild_assume.json

  tags = {
    Name = "dev-backend-pipeline-codebuild"
  }
}

data "aws_iam_policy_document" "dev_backend_pipeline_pipeline_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codepipeline.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "dev_backend_pipeline_pipeline" {
  name               = "dev-backend-pipeline-pipeline"
  assume_role_policy = data.aws_iam_policy_document.dev_backend_pipeline_pipeline_assume.json

  tags = {
    Name = "dev-backend-pipeline-pipeline"
  }
}

data "aws_ec2_managed_prefix_list" "cloudfront" {
  name = "com.amazonaws.global.cloudfront.origin-facing"
}

resource "aws_vpc_security_group_ingress_rule" "dev_alb_from_dev_cdn_80" {
  security_group_id = aws_security_group.dev_alb.id
  description       = "https from dev-cdn"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  prefix_list_id    = data.aws_ec2_managed_prefix_list.cloudfront.id
}

resource "aws_vpc_security_group_ingress_rule" "dev_alb_from_dev_cdn_443" {
  security_group_id = aws_security_group.dev_alb.id
  description       = "https from dev-cdn"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = data.aws_ec2_managed_prefix_list.cloudfront.id
}

resource "aws_vpc_security_group_ingress_rule" "dev_eks_from_dev_alb_5000" {
  security_group_id            = aws_eks_cluster.dev_eks.vpc_config[0].cluster_security_group_id
  description                  = "tcp from dev-alb"
  ip_protocol                  = "tcp"
  from_port                    = 5000
  to_port                      = 5000
  referenced_security_group_id = aws_security_group.dev_alb.id
}

resource "aws_vpc_security_group_egress_rule" "dev_alb_to_dev_eks_5000" {
  security_group_id            = aws_security_group.dev_alb.id
  description                  = "tcp to dev-eks"
  ip_protocol                  = "tcp"
  from_port                    = 5000
  to_port                      = 5000
  referenced_security_group_id = aws_eks_cluster.dev_eks.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "dev_aurora_from_dev_eks_5432" {
  security_group_id            = aws_security_group.dev_aurora.id
  description                  = "tcp from dev-eks"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_eks_cluster.dev_eks.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "dev_eks_to_dev_aurora_5432" {
  security_group_id            = aws_eks_cluster.dev_eks.vpc_config[0].cluster_security_group_id
  description                  = "tcp to dev-aurora"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.dev_aurora.id
}

resource "aws_vpc_security_group_egress_rule" "dev_eks_to_aws_apis_443" {
  security_group_id = aws_eks_cluster.dev_eks.vpc_config[0].cluster_security_group_id
  description       = "HTTPS to AWS service endpoints"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "dev_eks_from_dev_bastion_443" {
  security_group_id            = aws_eks_cluster.dev_eks.vpc_config[0].cluster_security_group_id
  description                  = "https from dev-bastion"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_security_group.dev_bastion.id
}

resource "aws_vpc_security_group_egress_rule" "dev_bastion_to_dev_eks_443" {
  security_group_id            = aws_security_group.dev_bastion.id
  description                  = "https to dev-eks"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_eks_cluster.dev_eks.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "dev_aurora_from_dev_bastion_5432" {
  security_group_id            = aws_security_group.dev_aurora.id
  description                  = "tcp from dev-bastion"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.dev_bastion.id
}

resource "aws_vpc_security_group_egress_rule" "dev_bastion_to_dev_aurora_5432" {
  security_group_id            = aws_security_group.dev_bastion.id
  description                  = "tcp to dev-aurora"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.dev_aurora.id
}

data "aws_iam_policy_document" "dev_frontend_pipeline_codebuild_access" {
  statement {
    effect    = "Allow"
    actions   = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.dev_frontend_pipeline_artifacts.arn}/*"]
  }
}

resource "aws_iam_role_policy" "dev_frontend_pipeline_codebuild_access" {
  name   = "dev-frontend-pipeline-codebuild-access"
  role   = aws_iam_role.dev_frontend_pipeline_codebuild.id
  policy = data.aws_iam_policy_document.dev_frontend_pipeline_codebuild_access.json
}

data "aws_iam_policy_document" "dev_frontend_pipeline_access" {
  statement {
    effect  = "Allow"
    actions = ["s3:GetBucketVersioning", "s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"]
    resources = [
      aws_s3_bucket.dev_frontend_pipeline_artifacts.arn,
      "${aws_s3_bucket.dev_frontend_pipeline_artifacts.arn}/*",
    ]
  }

  statement {
    effect    = "Allow"
    actions   = ["codestar-connections:UseConnection"]
    resources = [aws_codestarconnections_connection.dev_frontend_pipeline.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["codebuild:BatchGetBuilds", "codebuild:StartBuild"]
    resources = [aws_codebuild_project.dev_frontend_pipeline.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:PutObject", "s3:PutObjectAcl"]
    resources = ["${aws_s3_bucket.dev_spa.arn}/*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.dev_spa.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.dev_spa.arn}/*"]
  }
}

resource "aws_iam_role_policy" "dev_frontend_pipeline_access" {
  name   = "dev-frontend-pipeline-access"
  role   = aws_iam_role.dev_frontend_pipeline_pipeline.id
  policy = data.aws_iam_policy_document.dev_frontend_pipeline_access.json
}

data "aws_iam_policy_document" "dev_backend_pipeline_codebuild_access" {
  statement {
    effect    = "Allow"
    actions   = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.dev_backend_pipeline_artifacts.arn}/*"]
  }
}

resource "aws_iam_role_policy" "dev_backend_pipeline_codebuild_access" {
  name   = "dev-backend-pipeline-codebuild-access"
  role   = aws_iam_role.dev_backend_pipeline_codebuild.id
  policy = data.aws_iam_policy_document.dev_backend_pipeline_codebuild_access.json
}

data "aws_iam_policy_document" "dev_backend_pipeline_access" {
  statement {
    effect  = "Allow"
    actions = ["s3:GetBucketVersioning", "s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"]
    resources = [
      aws_s3_bucket.dev_backend_pipeline_artifacts.arn,
      "${aws_s3_bucket.dev_backend_pipeline_artifacts.arn}/*",
    ]
  }

  statement {
    effect    = "Allow"
    actions   = ["codestar-connections:UseConnection"]
    resources = [aws_codestarconnections_connection.dev_backend_pipeline.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["codebuild:BatchGetBuilds", "codebuild:StartBuild"]
    resources = [aws_codebuild_project.dev_backend_pipeline.arn]
  }
}

resource "aws_iam_role_policy" "dev_backend_pipeline_access" {
  name   = "dev-backend-pipeline-access"
  role   = aws_iam_role.dev_backend_pipeline_pipeline.id
  policy = data.aws_iam_policy_document.dev_backend_pipeline_access.json
}
