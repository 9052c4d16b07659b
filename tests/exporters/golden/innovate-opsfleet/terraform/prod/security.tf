resource "aws_security_group" "prod_alb" {
  name        = "prod-alb"
  description = "Security group of prod-alb"
  vpc_id      = aws_vpc.prod_vpc.id

  tags = {
    Name = "API load balancer"
  }
}

resource "aws_security_group" "prod_aurora" {
  name        = "prod-aurora"
  description = "Security group of prod-aurora"
  vpc_id      = aws_vpc.prod_vpc.id

  tags = {
    Name = "Aurora PostgreSQL"
  }
}

resource "aws_security_group" "prod_bastion" {
  name        = "prod-bastion"
  description = "Security group of prod-bastion"
  vpc_id      = aws_vpc.prod_vpc.id

  tags = {
    Name = "Bastion host"
  }
}

resource "aws_secretsmanager_secret" "prod_db_secret" {
  name                    = "prod-db-secret"
  description             = "Aurora master credentials managed in Secrets Manager and rotated every 7 days (the RDS-managed default); the seed does not say how the API gets its credentials."
  recovery_window_in_days = 30

  tags = {
    Name = "Database credentials"
  }
}

resource "aws_secretsmanager_secret_rotation" "prod_db_secret" {
  secret_id           = aws_secretsmanager_secret.prod_db_secret.id
  rotation_lambda_arn = var.prod_db_secret_rotation_lambda_arn

  rotation_rules {
    automatically_after_days = 7
  }
}

resource "aws_acm_certificate" "prod_cert" {
  domain_name       = var.prod_cert_domain_name
  validation_method = "DNS"
  key_algorithm     = "RSA_2048"

  tags = {
    Name = "TLS certificate"
  }

  lifecycle {
    create_before_destroy = true
  }
}

data "aws_iam_policy_document" "prod_bastion_instance_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "prod_bastion_instance" {
  name               = "prod-bastion-instance"
  assume_role_policy = data.aws_iam_policy_document.prod_bastion_instance_assume.json

  tags = {
    Name = "prod-bastion-instance"
  }
}

data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "prod_bastion_instance_amazonssmmanagedinstancecore" {
  role       = aws_iam_role.prod_bastion_instance.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "prod_bastion" {
  name = "prod-bastion-instance"
  role = aws_iam_role.prod_bastion_instance.name

  tags = {
    Name = "Bastion host"
  }
}

data "aws_iam_policy_document" "prod_eks_cluster_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["eks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "prod_eks_cluster" {
  name               = "prod-eks-cluster"
  assume_role_policy = data.aws_iam_policy_document.prod_eks_cluster_assume.json

  tags = {
    Name = "prod-eks-cluster"
  }
}

resource "aws_iam_role_policy_attachment" "prod_eks_cluster_amazoneksclusterpolicy" {
  role       = aws_iam_role.prod_eks_cluster.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSClusterPolicy"
}

data "aws_iam_policy_document" "prod_eks_node_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "prod_eks_node" {
  name               = "prod-eks-node"
  assume_role_policy = data.aws_iam_policy_document.prod_eks_node_assume.json

  tags = {
    Name = "prod-eks-node"
  }
}

resource "aws_iam_role_policy_attachment" "prod_eks_node_amazoneksworkernodepolicy" {
  role       = aws_iam_role.prod_eks_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSWorkerNodePolicy"
}

resource "aws_iam_role_policy_attachment" "prod_eks_node_amazoneks_cni_policy" {
  role       = aws_iam_role.prod_eks_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKS_CNI_Policy"
}

resource "aws_iam_role_policy_attachment" "prod_eks_node_amazonec2containerregistryreadonly" {
  role       = aws_iam_role.prod_eks_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
}

resource "aws_kms_key" "prod_eks_secrets" {
  description             = "Encrypts the Kubernetes secrets of prod-eks"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  tags = {
    Name = "Backend EKS cluster"
  }
}

data "aws_iam_policy_document" "prod_frontend_pipeline_codebuild_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codebuild.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "prod_frontend_pipeline_codebuild" {
  name               = "prod-frontend-pipeline-codebuild"
  assume_role_policy = data.aws_iam_policy_document.prod_frontend_pipeline_codebuild_assume.json

  tags = {
    Name = "prod-frontend-pipeline-codebuild"
  }
}

data "aws_iam_policy_document" "prod_frontend_pipeline_pipeline_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codepipeline.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "prod_frontend_pipeline_pipeline" {
  name               = "prod-frontend-pipeline-pipeline"
  assume_role_policy = data.aws_iam_policy_document.prod_frontend_pipeline_pipeline_assume.json

  tags = {
    Name = "prod-frontend-pipeline-pipeline"
  }
}

data "aws_iam_policy_document" "prod_backend_pipeline_codebuild_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codebuild.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "prod_backend_pipeline_codebuild" {
  name               = "prod-backend-pipeline-codebuild"
  assume_role_policy = data.aws_iam_policy_document.prod_backend_pipeline_codebuild_assume.json

  tags = {
    Name = "prod-backend-pipeline-codebuild"
  }
}

data "aws_iam_policy_document" "prod_backend_pipeline_pipeline_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codepipeline.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "prod_backend_pipeline_pipeline" {
  name               = "prod-backend-pipeline-pipeline"
  assume_role_policy = data.aws_iam_policy_document.prod_backend_pipeline_pipeline_assume.json

  tags = {
    Name = "prod-backend-pipeline-pipeline"
  }
}

data "aws_ec2_managed_prefix_list" "cloudfront" {
  name = "com.amazonaws.global.cloudfront.origin-facing"
}

resource "aws_vpc_security_group_ingress_rule" "prod_alb_from_prod_cdn_80" {
  security_group_id = aws_security_group.prod_alb.id
  description       = "https from prod-cdn"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  prefix_list_id    = data.aws_ec2_managed_prefix_list.cloudfront.id
}

resource "aws_vpc_security_group_ingress_rule" "prod_alb_from_prod_cdn_443" {
  security_group_id = aws_security_group.prod_alb.id
  description       = "https from prod-cdn"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = data.aws_ec2_managed_prefix_list.cloudfront.id
}

resource "aws_vpc_security_group_ingress_rule" "prod_eks_from_prod_alb_5000" {
  security_group_id            = aws_eks_cluster.prod_eks.vpc_config[0].cluster_security_group_id
  description                  = "tcp from prod-alb"
  ip_protocol                  = "tcp"
  from_port                    = 5000
  to_port                      = 5000
  referenced_security_group_id = aws_security_group.prod_alb.id
}

resource "aws_vpc_security_group_egress_rule" "prod_alb_to_prod_eks_5000" {
  security_group_id            = aws_security_group.prod_alb.id
  description                  = "tcp to prod-eks"
  ip_protocol                  = "tcp"
  from_port                    = 5000
  to_port                      = 5000
  referenced_security_group_id = aws_eks_cluster.prod_eks.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "prod_aurora_from_prod_eks_5432" {
  security_group_id            = aws_security_group.prod_aurora.id
  description                  = "tcp from prod-eks"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_eks_cluster.prod_eks.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "prod_eks_to_prod_aurora_5432" {
  security_group_id            = aws_eks_cluster.prod_eks.vpc_config[0].cluster_security_group_id
  description                  = "tcp to prod-aurora"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.prod_aurora.id
}

resource "aws_vpc_security_group_egress_rule" "prod_eks_to_aws_apis_443" {
  security_group_id = aws_eks_cluster.prod_eks.vpc_config[0].cluster_security_group_id
  description       = "HTTPS to AWS service endpoints"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "prod_eks_from_prod_bastion_443" {
  security_group_id            = aws_eks_cluster.prod_eks.vpc_config[0].cluster_security_group_id
  description                  = "https from prod-bastion"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_security_group.prod_bastion.id
}

resource "aws_vpc_security_group_egress_rule" "prod_bastion_to_prod_eks_443" {
  security_group_id            = aws_security_group.prod_bastion.id
  description                  = "https to prod-eks"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_eks_cluster.prod_eks.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "prod_aurora_from_prod_bastion_5432" {
  security_group_id            = aws_security_group.prod_aurora.id
  description                  = "tcp from prod-bastion"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.prod_bastion.id
}

resource "aws_vpc_security_group_egress_rule" "prod_bastion_to_prod_aurora_5432" {
  security_group_id            = aws_security_group.prod_bastion.id
  description                  = "tcp to prod-aurora"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.prod_aurora.id
}

data "aws_iam_policy_document" "prod_frontend_pipeline_codebuild_access" {
  statement {
    effect    = "Allow"
    actions   = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.prod_frontend_pipeline_artifacts.arn}/*"]
  }
}

resource "aws_iam_role_policy" "prod_frontend_pipeline_codebuild_access" {
  name   = "prod-frontend-pipeline-codebuild-access"
  role   = aws_iam_role.prod_frontend_pipeline_codebuild.id
  policy = data.aws_iam_policy_document.prod_frontend_pipeline_codebuild_access.json
}

data "aws_iam_policy_document" "prod_frontend_pipeline_access" {
  statement {
    effect  = "Allow"
    actions = ["s3:GetBucketVersioning", "s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"]
    resources = [
      aws_s3_bucket.prod_frontend_pipeline_artifacts.arn,
      "${aws_s3_bucket.prod_frontend_pipeline_artifacts.arn}/*",
    ]
  }

  statement {
    effect    = "Allow"
    actions   = ["codestar-connections:UseConnection"]
    resources = [aws_codestarconnections_connection.prod_frontend_pipeline.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["codebuild:BatchGetBuilds", "codebuild:StartBuild"]
    resources = [aws_codebuild_project.prod_frontend_pipeline.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:PutObject", "s3:PutObjectAcl"]
    resources = ["${aws_s3_bucket.prod_spa.arn}/*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.prod_spa.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.prod_spa.arn}/*"]
  }
}

resource "aws_iam_role_policy" "prod_frontend_pipeline_access" {
  name   = "prod-frontend-pipeline-access"
  role   = aws_iam_role.prod_frontend_pipeline_pipeline.id
  policy = data.aws_iam_policy_document.prod_frontend_pipeline_access.json
}

data "aws_iam_policy_document" "prod_backend_pipeline_codebuild_access" {
  statement {
    effect    = "Allow"
    actions   = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.prod_backend_pipeline_artifacts.arn}/*"]
  }
}

resource "aws_iam_role_policy" "prod_backend_pipeline_codebuild_access" {
  name   = "prod-backend-pipeline-codebuild-access"
  role   = aws_iam_role.prod_backend_pipeline_codebuild.id
  policy = data.aws_iam_policy_document.prod_backend_pipeline_codebuild_access.json
}

data "aws_iam_policy_document" "prod_backend_pipeline_access" {
  statement {
    effect  = "Allow"
    actions = ["s3:GetBucketVersioning", "s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"]
    resources = [
      aws_s3_bucket.prod_backend_pipeline_artifacts.arn,
      "${aws_s3_bucket.prod_backend_pipeline_artifacts.arn}/*",
    ]
  }

  statement {
    effect    = "Allow"
    actions   = ["codestar-connections:UseConnection"]
    resources = [aws_codestarconnections_connection.prod_backend_pipeline.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["codebuild:BatchGetBuilds", "codebuild:StartBuild"]
    resources = [aws_codebuild_project.prod_backend_pipeline.arn]
  }
}

resource "aws_iam_role_policy" "prod_backend_pipeline_access" {
  name   = "prod-backend-pipeline-access"
  role   = aws_iam_role.prod_backend_pipeline_pipeline.id
  policy = data.aws_iam_policy_document.prod_backend_pipeline_access.json
}
