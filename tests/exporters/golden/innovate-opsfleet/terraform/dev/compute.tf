data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_instance" "dev_bastion" {
  ami                         = data.aws_ssm_parameter.al2023.insecure_value
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.dev_public_a.id
  vpc_security_group_ids      = [aws_security_group.dev_bastion.id]
  associate_public_ip_address = true
  iam_instance_profile        = aws_iam_instance_profile.dev_bastion.name
  key_name                    = var.dev_bastion_key_name

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

resource "aws_ecr_repository" "dev_ecr" {
  name                 = "dev-ecr"
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

resource "aws_eks_cluster" "dev_eks" {
  name     = "dev-eks"
  role_arn = aws_iam_role.dev_eks_cluster.arn
  version  = "1.33"

  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = true
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.dev_eks_secrets.arn
    }
  }

  kubernetes_network_config {
    ip_family = "ipv4"
  }

  vpc_config {
    subnet_ids              = [aws_subnet.dev_private_a.id, aws_subnet.dev_private_b.id]
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  tags = {
    Name = "Backend EKS cluster"
  }

  depends_on = [aws_iam_role_policy_attachment.dev_eks_cluster_amazoneksclusterpolicy]
}

resource "aws_eks_node_group" "dev_eks_default" {
  cluster_name    = aws_eks_cluster.dev_eks.name
  node_group_name = "dev-eks-default"
  node_role_arn   = aws_iam_role.dev_eks_node.arn
  subnet_ids      = [aws_subnet.dev_private_a.id, aws_subnet.dev_private_b.id]
  instance_types  = ["m7g.large"]
  capacity_type   = "ON_DEMAND"
  ami_type        = "AL2023_ARM_64_STANDARD"

  scaling_config {
    desired_size = 2
    max_size     = 2
    min_size     = 2
  }

  update_config {
    max_unavailable = 1
  }

  tags = {
    Name = "Backend EKS cluster"
  }

  depends_on = [
    aws_iam_role_policy_attachment.dev_eks_node_amazoneksworkernodepolicy,
    aws_iam_role_policy_attachment.dev_eks_node_amazoneks_cni_policy,
    aws_iam_role_policy_attachment.dev_eks_node_amazonec2containerregistryreadonly,
  ]

  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
}

resource "aws_eks_addon" "dev_eks_vpc_cni" {
  cluster_name = aws_eks_cluster.dev_eks.name
  addon_name   = "vpc-cni"

  tags = {
    Name = "Backend EKS cluster"
  }
}

resource "aws_eks_addon" "dev_eks_kube_proxy" {
  cluster_name = aws_eks_cluster.dev_eks.name
  addon_name   = "kube-proxy"

  tags = {
    Name = "Backend EKS cluster"
  }
}

resource "aws_eks_addon" "dev_eks_coredns" {
  cluster_name = aws_eks_cluster.dev_eks.name
  addon_name   = "coredns"

  tags = {
    Name = "Backend EKS cluster"
  }

  depends_on = [aws_eks_node_group.dev_eks_default]
}
