resource "aws_security_group" "ingress_nlb" {
  name        = "ingress-nlb"
  description = "Security group of ingress-nlb"
  vpc_id      = aws_vpc.platform_vpc.id

  tags = {
    Name = "Traefik ingress load balancer"
  }
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "Security group of db"
  vpc_id      = aws_vpc.platform_vpc.id

  tags = {
    Name = "Platform PostgreSQL (RDS Multi-AZ)"
  }
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Security group of bastion"
  vpc_id      = aws_vpc.platform_vpc.id

  tags = {
    Name = "Bastion host"
  }
}

resource "aws_security_group" "vpce_ecr_api" {
  name        = "vpce-ecr-api"
  description = "Security group of vpce-ecr-api"
  vpc_id      = aws_vpc.platform_vpc.id

  tags = {
    Name = "ECR API endpoint"
  }
}

resource "aws_security_group" "vpce_ecr_dkr" {
  name        = "vpce-ecr-dkr"
  description = "Security group of vpce-ecr-dkr"
  vpc_id      = aws_vpc.platform_vpc.id

  tags = {
    Name = "ECR Docker endpoint"
  }
}

data "aws_iam_policy_document" "bastion_instance_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "bastion_instance" {
  name               = "bastion-instance"
  assume_role_policy = data.aws_iam_policy_document.bastion_instance_assume.json

  tags = {
    Name = "bastion-instance"
  }
}

data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "bastion_instance_amazonssmmanagedinstancecore" {
  role       = aws_iam_role.bastion_instance.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "bastion" {
  name = "bastion-instance"
  role = aws_iam_role.bastion_instance.name

  tags = {
    Name = "Bastion host"
  }
}

data "aws_iam_policy_document" "eks_cluster_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["eks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "eks_cluster" {
  name               = "eks-cluster"
  assume_role_policy = data.aws_iam_policy_document.eks_cluster_assume.json

  tags = {
    Name = "eks-cluster"
  }
}

resource "aws_iam_role_policy_attachment" "eks_cluster_amazoneksclusterpolicy" {
  role       = aws_iam_role.eks_cluster.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSClusterPolicy"
}

data "aws_iam_policy_document" "eks_node_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "eks_node" {
  name               = "eks-node"
  assume_role_policy = data.aws_iam_policy_document.eks_node_assume.json

  tags = {
    Name = "eks-node"
  }
}

resource "aws_iam_role_policy_attachment" "eks_node_amazoneksworkernodepolicy" {
  role       = aws_iam_role.eks_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSWorkerNodePolicy"
}

resource "aws_iam_role_policy_attachment" "eks_node_amazoneks_cni_policy" {
  role       = aws_iam_role.eks_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKS_CNI_Policy"
}

resource "aws_iam_role_policy_attachment" "eks_node_amazonec2containerregistryreadonly" {
  role       = aws_iam_role.eks_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
}

resource "aws_kms_key" "eks_secrets" {
  description             = "Encrypts the Kubernetes secrets of eks"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  tags = {
    Name = "Platform EKS cluster"
  }
}

resource "aws_vpc_security_group_ingress_rule" "ingress_nlb_from_users_443" {
  security_group_id = aws_security_group.ingress_nlb.id
  description       = "tcp from users"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "eks_from_ingress_nlb_443" {
  security_group_id            = aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id
  description                  = "tcp from ingress-nlb"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_security_group.ingress_nlb.id
}

resource "aws_vpc_security_group_egress_rule" "ingress_nlb_to_eks_443" {
  security_group_id            = aws_security_group.ingress_nlb.id
  description                  = "tcp to eks"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "db_from_eks_5432" {
  security_group_id            = aws_security_group.db.id
  description                  = "tcp from eks"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "eks_to_db_5432" {
  security_group_id            = aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id
  description                  = "tcp to db"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.db.id
}

resource "aws_vpc_security_group_egress_rule" "eks_to_aws_apis_443" {
  security_group_id = aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id
  description       = "HTTPS to AWS service endpoints"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "eks_from_bastion_443" {
  security_group_id            = aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id
  description                  = "https from bastion"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_security_group.bastion.id
}

resource "aws_vpc_security_group_egress_rule" "bastion_to_eks_443" {
  security_group_id            = aws_security_group.bastion.id
  description                  = "https to eks"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "db_from_bastion_5432" {
  security_group_id            = aws_security_group.db.id
  description                  = "tcp from bastion"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.bastion.id
}

resource "aws_vpc_security_group_egress_rule" "bastion_to_db_5432" {
  security_group_id            = aws_security_group.bastion.id
  description                  = "tcp to db"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.db.id
}

resource "aws_vpc_security_group_ingress_rule" "eks_from_ops_nodes_443" {
  security_group_id            = aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id
  description                  = "https from ops-nodes"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "ops_nodes_to_eks_443" {
  security_group_id            = aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id
  description                  = "https to eks"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_eks_cluster.eks.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_ingress_rule" "vpce_ecr_api_from_vpc_10_0_0_0_13_443" {
  security_group_id = aws_security_group.vpce_ecr_api.id
  description       = "HTTPS from the VPC"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/13"
}

resource "aws_vpc_security_group_ingress_rule" "vpce_ecr_dkr_from_vpc_10_0_0_0_13_443" {
  security_group_id = aws_security_group.vpce_ecr_dkr.id
  description       = "HTTPS from the VPC"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/13"
}
