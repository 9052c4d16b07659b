data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_instance" "bastion" {
  ami                         = data.aws_ssm_parameter.al2023.insecure_value
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public_1.id
  vpc_security_group_ids      = [aws_security_group.bastion.id]
  associate_public_ip_address = true
  iam_instance_profile        = aws_iam_instance_profile.bastion.name
  key_name                    = var.bastion_key_name

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  root_block_device {
    volume_type = "gp3"
    encrypted   = true
  }

  tags = {
    Name = "Bastion host"
  }
}

resource "aws_ecr_repository" "ecr" {
  name                 = "ecr"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "AES256"
  }

  image_scanning_configuration {
    scan_on_push = true
  }

  tags = {
    Name = "Container registry"
  }
}

resource "aws_eks_cluster" "eks" {
  name                      = "eks"
  role_arn                  = aws_iam_role.eks_cluster.arn
  version                   = "1.33"
  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = true
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.eks_secrets.arn
    }
  }

  kubernetes_network_config {
    ip_family = "ipv4"
  }

  vpc_config {
    subnet_ids              = [aws_subnet.app_1.id, aws_subnet.app_2.id, aws_subnet.app_3.id]
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  tags = {
    Name = "Platform EKS cluster"
  }

  depends_on = [aws_iam_role_policy_attachment.eks_cluster_amazoneksclusterpolicy, aws_cloudwatch_log_group.eks]
}

resource "aws_eks_node_group" "eks_default" {
  cluster_name    = aws_eks_cluster.eks.name
  node_group_name = "eks-default"
  node_role_arn   = aws_iam_role.eks_node.arn
  subnet_ids      = [aws_subnet.app_1.id, aws_subnet.app_2.id, aws_subnet.app_3.id]
  instance_types  = ["m6i.large"]
  capacity_type   = "ON_DEMAND"
  ami_type        = "AL2023_x86_64_STANDARD"

  scaling_config {
    desired_size = 3
    max_size     = 9
    min_size     = 3
  }

  update_config {
    max_unavailable = 1
  }

  tags = {
    Name = "Platform EKS cluster"
  }

  depends_on = [
    aws_iam_role_policy_attachment.eks_node_amazoneksworkernodepolicy,
    aws_iam_role_policy_attachment.eks_node_amazoneks_cni_policy,
    aws_iam_role_policy_attachment.eks_node_amazonec2containerregistryreadonly,
  ]

  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
}

resource "aws_eks_addon" "eks_vpc_cni" {
  cluster_name = aws_eks_cluster.eks.name
  addon_name   = "vpc-cni"

  tags = {
    Name = "Platform EKS cluster"
  }
}

resource "aws_eks_addon" "eks_kube_proxy" {
  cluster_name = aws_eks_cluster.eks.name
  addon_name   = "kube-proxy"

  tags = {
    Name = "Platform EKS cluster"
  }
}

resource "aws_eks_addon" "eks_coredns" {
  cluster_name = aws_eks_cluster.eks.name
  addon_name   = "coredns"

  tags = {
    Name = "Platform EKS cluster"
  }

  depends_on = [aws_eks_node_group.eks_default]
}

resource "aws_eks_addon" "eks_aws_ebs_csi_driver" {
  cluster_name = aws_eks_cluster.eks.name
  addon_name   = "aws-ebs-csi-driver"

  tags = {
    Name = "Platform EKS cluster"
  }

  depends_on = [aws_eks_node_group.eks_default]
}

resource "aws_eks_node_group" "ops_nodes" {
  cluster_name    = aws_eks_cluster.eks.name
  node_group_name = "ops-nodes"
  node_role_arn   = aws_iam_role.eks_node.arn
  subnet_ids      = [aws_subnet.admin_1.id, aws_subnet.admin_2.id, aws_subnet.admin_3.id]
  instance_types  = ["m6i.large"]
  capacity_type   = "ON_DEMAND"
  ami_type        = "AL2023_x86_64_STANDARD"
  disk_size       = 20

  scaling_config {
    desired_size = 3
    max_size     = 6
    min_size     = 3
  }

  update_config {
    max_unavailable = 1
  }

  tags = {
    Name = "Operations node group (logs, metrics)"
  }

  depends_on = [
    aws_iam_role_policy_attachment.eks_node_amazoneksworkernodepolicy,
    aws_iam_role_policy_attachment.eks_node_amazoneks_cni_policy,
    aws_iam_role_policy_attachment.eks_node_amazonec2containerregistryreadonly,
  ]

  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
}
