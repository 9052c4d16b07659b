resource "aws_ecr_repository" "nonprod_ecr" {
  name                 = "nonprod-ecr"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "AES256"
  }

  image_scanning_configuration {
    scan_on_push = true
  }

  tags = {
    Name = "API image repository"
  }
}

resource "aws_eks_cluster" "nonprod_eks" {
  name                      = "nonprod-eks"
  role_arn                  = aws_iam_role.nonprod_eks_cluster.arn
  version                   = "1.33"
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = true
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.nonprod_eks_secrets.arn
    }
  }

  kubernetes_network_config {
    ip_family = "ipv4"
  }

  vpc_config {
    subnet_ids              = [aws_subnet.nonprod_private_a.id, aws_subnet.nonprod_private_b.id, aws_subnet.nonprod_private_c.id]
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  tags = {
    Name = "Application EKS cluster"
  }

  depends_on = [
    aws_iam_role_policy_attachment.nonprod_eks_cluster_amazoneksclusterpolicy,
    aws_cloudwatch_log_group.nonprod_eks,
  ]
}

resource "aws_eks_node_group" "nonprod_eks_default" {
  cluster_name    = aws_eks_cluster.nonprod_eks.name
  node_group_name = "nonprod-eks-default"
  node_role_arn   = aws_iam_role.nonprod_eks_node.arn
  subnet_ids      = [aws_subnet.nonprod_private_a.id, aws_subnet.nonprod_private_b.id, aws_subnet.nonprod_private_c.id]
  instance_types  = ["m7g.large"]
  capacity_type   = "ON_DEMAND"
  ami_type        = "AL2023_ARM_64_STANDARD"

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 2
  }

  update_config {
    max_unavailable = 1
  }

  tags = {
    Name = "Application EKS cluster"
  }

  depends_on = [
    aws_iam_role_policy_attachment.nonprod_eks_node_amazoneksworkernodepolicy,
    aws_iam_role_policy_attachment.nonprod_eks_node_amazoneks_cni_policy,
    aws_iam_role_policy_attachment.nonprod_eks_node_amazonec2containerregistryreadonly,
  ]

  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
}

resource "aws_eks_addon" "nonprod_eks_vpc_cni" {
  cluster_name = aws_eks_cluster.nonprod_eks.name
  addon_name   = "vpc-cni"

  tags = {
    Name = "Application EKS cluster"
  }
}

resource "aws_eks_addon" "nonprod_eks_kube_proxy" {
  cluster_name = aws_eks_cluster.nonprod_eks.name
  addon_name   = "kube-proxy"

  tags = {
    Name = "Application EKS cluster"
  }
}

resource "aws_eks_addon" "nonprod_eks_coredns" {
  cluster_name = aws_eks_cluster.nonprod_eks.name
  addon_name   = "coredns"

  tags = {
    Name = "Application EKS cluster"
  }

  depends_on = [aws_eks_node_group.nonprod_eks_default]
}
