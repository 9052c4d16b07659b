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

resource "aws_secretsmanager_secret" "prod_db_secret" {
  name                    = "prod-db-secret"
  description             = "Aurora credentials, read by the API pods and the migration job through IRSA, rotated every 7 days."
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

data "aws_partition" "current" {}

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
    Name = "Application EKS cluster"
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
