resource "aws_vpc" "platform_vpc" {
  cidr_block           = "10.0.0.0/13"
  enable_dns_hostnames = true
  enable_dns_support   = true

  tags = {
    Name = "Platform VPC"
  }
}

resource "aws_subnet" "public_1" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.6.1.0/24"
  availability_zone = "eu-west-3a"

  tags = {
    Name                     = "public-az1"
    Tier                     = "public"
    "kubernetes.io/role/elb" = "1"
  }
}

resource "aws_subnet" "public_2" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.6.2.0/24"
  availability_zone = "eu-west-3b"

  tags = {
    Name                     = "public-az2"
    Tier                     = "public"
    "kubernetes.io/role/elb" = "1"
  }
}

resource "aws_subnet" "public_3" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.6.3.0/24"
  availability_zone = "eu-west-3c"

  tags = {
    Name                     = "public-az3"
    Tier                     = "public"
    "kubernetes.io/role/elb" = "1"
  }
}

resource "aws_subnet" "app_1" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.4.1.0/24"
  availability_zone = "eu-west-3a"

  tags = {
    Name                              = "app-az1"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "app_2" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.4.2.0/24"
  availability_zone = "eu-west-3b"

  tags = {
    Name                              = "app-az2"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "app_3" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.4.3.0/24"
  availability_zone = "eu-west-3c"

  tags = {
    Name                              = "app-az3"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "db_1" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.2.1.0/24"
  availability_zone = "eu-west-3a"

  tags = {
    Name = "database-az1"
    Tier = "isolated"
  }
}

resource "aws_subnet" "db_2" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.2.2.0/24"
  availability_zone = "eu-west-3b"

  tags = {
    Name = "database-az2"
    Tier = "isolated"
  }
}

resource "aws_subnet" "db_3" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.2.3.0/24"
  availability_zone = "eu-west-3c"

  tags = {
    Name = "database-az3"
    Tier = "isolated"
  }
}

resource "aws_subnet" "admin_1" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-3a"

  tags = {
    Name                              = "admin-az1"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "admin_2" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "eu-west-3b"

  tags = {
    Name                              = "admin-az2"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "admin_3" {
  vpc_id            = aws_vpc.platform_vpc.id
  cidr_block        = "10.0.3.0/24"
  availability_zone = "eu-west-3c"

  tags = {
    Name                              = "admin-az3"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_internet_gateway" "igw" {
  vpc_id = aws_vpc.platform_vpc.id

  tags = {
    Name = "Internet gateway"
  }
}

resource "aws_eip" "nat_eu_west_3a" {
  domain = "vpc"

  tags = {
    Name = "NAT gateways-eu-west-3a"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_nat_gateway" "nat_eu_west_3a" {
  allocation_id = aws_eip.nat_eu_west_3a.id
  subnet_id     = aws_subnet.public_1.id

  tags = {
    Name = "NAT gateways-eu-west-3a"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_eip" "nat_eu_west_3b" {
  domain = "vpc"

  tags = {
    Name = "NAT gateways-eu-west-3b"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_nat_gateway" "nat_eu_west_3b" {
  allocation_id = aws_eip.nat_eu_west_3b.id
  subnet_id     = aws_subnet.public_2.id

  tags = {
    Name = "NAT gateways-eu-west-3b"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_eip" "nat_eu_west_3c" {
  domain = "vpc"

  tags = {
    Name = "NAT gateways-eu-west-3c"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_nat_gateway" "nat_eu_west_3c" {
  allocation_id = aws_eip.nat_eu_west_3c.id
  subnet_id     = aws_subnet.public_3.id

  tags = {
    Name = "NAT gateways-eu-west-3c"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_route_table" "platform_vpc_public" {
  vpc_id = aws_vpc.platform_vpc.id

  tags = {
    Name = "Platform VPC-public"
  }
}

resource "aws_route" "platform_vpc_public_internet" {
  route_table_id         = aws_route_table.platform_vpc_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.igw.id
}

resource "aws_route_table" "platform_vpc_private_eu_west_3a" {
  vpc_id = aws_vpc.platform_vpc.id

  tags = {
    Name = "Platform VPC-private-eu-west-3a"
  }
}

resource "aws_route" "platform_vpc_private_eu_west_3a_nat" {
  route_table_id         = aws_route_table.platform_vpc_private_eu_west_3a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_eu_west_3a.id
}

resource "aws_route_table" "platform_vpc_private_eu_west_3b" {
  vpc_id = aws_vpc.platform_vpc.id

  tags = {
    Name = "Platform VPC-private-eu-west-3b"
  }
}

resource "aws_route" "platform_vpc_private_eu_west_3b_nat" {
  route_table_id         = aws_route_table.platform_vpc_private_eu_west_3b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_eu_west_3b.id
}

resource "aws_route_table" "platform_vpc_private_eu_west_3c" {
  vpc_id = aws_vpc.platform_vpc.id

  tags = {
    Name = "Platform VPC-private-eu-west-3c"
  }
}

resource "aws_route" "platform_vpc_private_eu_west_3c_nat" {
  route_table_id         = aws_route_table.platform_vpc_private_eu_west_3c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_eu_west_3c.id
}

resource "aws_route_table" "platform_vpc_isolated" {
  vpc_id = aws_vpc.platform_vpc.id

  tags = {
    Name = "Platform VPC-isolated"
  }
}

resource "aws_route_table_association" "public_1" {
  subnet_id      = aws_subnet.public_1.id
  route_table_id = aws_route_table.platform_vpc_public.id
}

resource "aws_route_table_association" "public_2" {
  subnet_id      = aws_subnet.public_2.id
  route_table_id = aws_route_table.platform_vpc_public.id
}

resource "aws_route_table_association" "public_3" {
  subnet_id      = aws_subnet.public_3.id
  route_table_id = aws_route_table.platform_vpc_public.id
}

resource "aws_route_table_association" "app_1" {
  subnet_id      = aws_subnet.app_1.id
  route_table_id = aws_route_table.platform_vpc_private_eu_west_3a.id
}

resource "aws_route_table_association" "app_2" {
  subnet_id      = aws_subnet.app_2.id
  route_table_id = aws_route_table.platform_vpc_private_eu_west_3b.id
}

resource "aws_route_table_association" "app_3" {
  subnet_id      = aws_subnet.app_3.id
  route_table_id = aws_route_table.platform_vpc_private_eu_west_3c.id
}

resource "aws_route_table_association" "db_1" {
  subnet_id      = aws_subnet.db_1.id
  route_table_id = aws_route_table.platform_vpc_isolated.id
}

resource "aws_route_table_association" "db_2" {
  subnet_id      = aws_subnet.db_2.id
  route_table_id = aws_route_table.platform_vpc_isolated.id
}

resource "aws_route_table_association" "db_3" {
  subnet_id      = aws_subnet.db_3.id
  route_table_id = aws_route_table.platform_vpc_isolated.id
}

resource "aws_route_table_association" "admin_1" {
  subnet_id      = aws_subnet.admin_1.id
  route_table_id = aws_route_table.platform_vpc_private_eu_west_3a.id
}

resource "aws_route_table_association" "admin_2" {
  subnet_id      = aws_subnet.admin_2.id
  route_table_id = aws_route_table.platform_vpc_private_eu_west_3b.id
}

resource "aws_route_table_association" "admin_3" {
  subnet_id      = aws_subnet.admin_3.id
  route_table_id = aws_route_table.platform_vpc_private_eu_west_3c.id
}

resource "aws_vpc_endpoint" "vpce_s3" {
  vpc_id            = aws_vpc.platform_vpc.id
  service_name      = "com.amazonaws.eu-west-3.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids = [
    aws_route_table.platform_vpc_private_eu_west_3a.id,
    aws_route_table.platform_vpc_private_eu_west_3b.id,
    aws_route_table.platform_vpc_private_eu_west_3c.id,
    aws_route_table.platform_vpc_isolated.id,
  ]

  tags = {
    Name = "S3 gateway endpoint"
  }
}

resource "aws_vpc_endpoint" "vpce_ecr_api" {
  vpc_id              = aws_vpc.platform_vpc.id
  service_name        = "com.amazonaws.eu-west-3.ecr.api"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = [aws_subnet.app_1.id, aws_subnet.app_2.id, aws_subnet.app_3.id]
  security_group_ids  = [aws_security_group.vpce_ecr_api.id]
  private_dns_enabled = true

  tags = {
    Name = "ECR API endpoint"
  }
}

resource "aws_vpc_endpoint" "vpce_ecr_dkr" {
  vpc_id              = aws_vpc.platform_vpc.id
  service_name        = "com.amazonaws.eu-west-3.ecr.dkr"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = [aws_subnet.app_1.id, aws_subnet.app_2.id, aws_subnet.app_3.id]
  security_group_ids  = [aws_security_group.vpce_ecr_dkr.id]
  private_dns_enabled = true

  tags = {
    Name = "ECR Docker endpoint"
  }
}

resource "aws_route53_zone" "dns" {
  name    = var.dns_zone_name
  comment = "Public DNS for the platform's domain (the outline names Route 53 but no domain). Clients resolve names at Route 53's own servers, outside the design, so no connection is drawn to it."

  tags = {
    Name = "Route 53 public zone"
  }
}

resource "aws_lb" "ingress_nlb" {
  name                             = "ingress-nlb"
  internal                         = false
  load_balancer_type               = "network"
  security_groups                  = [aws_security_group.ingress_nlb.id]
  subnets                          = [aws_subnet.public_1.id, aws_subnet.public_2.id, aws_subnet.public_3.id]
  enable_cross_zone_load_balancing = true
  enable_deletion_protection       = true

  tags = {
    Name = "Traefik ingress load balancer"
  }
}

resource "aws_lb_target_group" "ingress_nlb_eks" {
  name        = "ingress-nlb-eks"
  port        = 443
  protocol    = "TCP"
  target_type = "ip"
  vpc_id      = aws_vpc.platform_vpc.id

  health_check {
    protocol = "TCP"
  }

  tags = {
    Name = "Traefik ingress load balancer-eks"
  }
}

resource "aws_lb_listener" "ingress_nlb_tcp" {
  load_balancer_arn = aws_lb.ingress_nlb.arn
  port              = 443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.ingress_nlb_eks.arn
  }

  tags = {
    Name = "Traefik ingress load balancer"
  }
}
