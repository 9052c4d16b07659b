resource "aws_vpc" "nonprod_vpc" {
  cidr_block           = "10.16.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true

  tags = {
    Name = "Non-production VPC"
  }
}

resource "aws_subnet" "nonprod_public_a" {
  vpc_id            = aws_vpc.nonprod_vpc.id
  cidr_block        = "10.16.0.0/24"
  availability_zone = "eu-west-1a"

  tags = {
    Name                     = "nonprod-public-a"
    Tier                     = "public"
    "kubernetes.io/role/elb" = "1"
  }
}

resource "aws_subnet" "nonprod_public_b" {
  vpc_id            = aws_vpc.nonprod_vpc.id
  cidr_block        = "10.16.1.0/24"
  availability_zone = "eu-west-1b"

  tags = {
    Name                     = "nonprod-public-b"
    Tier                     = "public"
    "kubernetes.io/role/elb" = "1"
  }
}

resource "aws_subnet" "nonprod_public_c" {
  vpc_id            = aws_vpc.nonprod_vpc.id
  cidr_block        = "10.16.2.0/24"
  availability_zone = "eu-west-1c"

  tags = {
    Name                     = "nonprod-public-c"
    Tier                     = "public"
    "kubernetes.io/role/elb" = "1"
  }
}

resource "aws_subnet" "nonprod_private_a" {
  vpc_id            = aws_vpc.nonprod_vpc.id
  cidr_block        = "10.16.16.0/20"
  availability_zone = "eu-west-1a"

  tags = {
    Name                              = "nonprod-private-a"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "nonprod_private_b" {
  vpc_id            = aws_vpc.nonprod_vpc.id
  cidr_block        = "10.16.32.0/20"
  availability_zone = "eu-west-1b"

  tags = {
    Name                              = "nonprod-private-b"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "nonprod_private_c" {
  vpc_id            = aws_vpc.nonprod_vpc.id
  cidr_block        = "10.16.48.0/20"
  availability_zone = "eu-west-1c"

  tags = {
    Name                              = "nonprod-private-c"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "nonprod_db_a" {
  vpc_id            = aws_vpc.nonprod_vpc.id
  cidr_block        = "10.16.64.0/24"
  availability_zone = "eu-west-1a"

  tags = {
    Name = "nonprod-db-a"
    Tier = "isolated"
  }
}

resource "aws_subnet" "nonprod_db_b" {
  vpc_id            = aws_vpc.nonprod_vpc.id
  cidr_block        = "10.16.65.0/24"
  availability_zone = "eu-west-1b"

  tags = {
    Name = "nonprod-db-b"
    Tier = "isolated"
  }
}

resource "aws_subnet" "nonprod_db_c" {
  vpc_id            = aws_vpc.nonprod_vpc.id
  cidr_block        = "10.16.66.0/24"
  availability_zone = "eu-west-1c"

  tags = {
    Name = "nonprod-db-c"
    Tier = "isolated"
  }
}

resource "aws_internet_gateway" "nonprod_igw" {
  vpc_id = aws_vpc.nonprod_vpc.id

  tags = {
    Name = "Internet gateway"
  }
}

resource "aws_eip" "nonprod_nat_eu_west_1a" {
  domain = "vpc"

  tags = {
    Name = "NAT gateways-eu-west-1a"
  }

  depends_on = [aws_internet_gateway.nonprod_igw]
}

resource "aws_nat_gateway" "nonprod_nat_eu_west_1a" {
  allocation_id = aws_eip.nonprod_nat_eu_west_1a.id
  subnet_id     = aws_subnet.nonprod_public_a.id

  tags = {
    Name = "NAT gateways-eu-west-1a"
  }

  depends_on = [aws_internet_gateway.nonprod_igw]
}

resource "aws_eip" "nonprod_nat_eu_west_1b" {
  domain = "vpc"

  tags = {
    Name = "NAT gateways-eu-west-1b"
  }

  depends_on = [aws_internet_gateway.nonprod_igw]
}

resource "aws_nat_gateway" "nonprod_nat_eu_west_1b" {
  allocation_id = aws_eip.nonprod_nat_eu_west_1b.id
  subnet_id     = aws_subnet.nonprod_public_b.id

  tags = {
    Name = "NAT gateways-eu-west-1b"
  }

  depends_on = [aws_internet_gateway.nonprod_igw]
}

resource "aws_eip" "nonprod_nat_eu_west_1c" {
  domain = "vpc"

  tags = {
    Name = "NAT gateways-eu-west-1c"
  }

  depends_on = [aws_internet_gateway.nonprod_igw]
}

resource "aws_nat_gateway" "nonprod_nat_eu_west_1c" {
  allocation_id = aws_eip.nonprod_nat_eu_west_1c.id
  subnet_id     = aws_subnet.nonprod_public_c.id

  tags = {
    Name = "NAT gateways-eu-west-1c"
  }

  depends_on = [aws_internet_gateway.nonprod_igw]
}

resource "aws_route_table" "nonprod_vpc_public" {
  vpc_id = aws_vpc.nonprod_vpc.id

  tags = {
    Name = "Non-production VPC-public"
  }
}

resource "aws_route" "nonprod_vpc_public_internet" {
  route_table_id         = aws_route_table.nonprod_vpc_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.nonprod_igw.id
}

resource "aws_route_table" "nonprod_vpc_private_eu_west_1a" {
  vpc_id = aws_vpc.nonprod_vpc.id

  tags = {
    Name = "Non-production VPC-private-eu-west-1a"
  }
}

resource "aws_route" "nonprod_vpc_private_eu_west_1a_nat" {
  route_table_id         = aws_route_table.nonprod_vpc_private_eu_west_1a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nonprod_nat_eu_west_1a.id
}

resource "aws_route_table" "nonprod_vpc_private_eu_west_1b" {
  vpc_id = aws_vpc.nonprod_vpc.id

  tags = {
    Name = "Non-production VPC-private-eu-west-1b"
  }
}

resource "aws_route" "nonprod_vpc_private_eu_west_1b_nat" {
  route_table_id         = aws_route_table.nonprod_vpc_private_eu_west_1b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nonprod_nat_eu_west_1b.id
}

resource "aws_route_table" "nonprod_vpc_private_eu_west_1c" {
  vpc_id = aws_vpc.nonprod_vpc.id

  tags = {
    Name = "Non-production VPC-private-eu-west-1c"
  }
}

resource "aws_route" "nonprod_vpc_private_eu_west_1c_nat" {
  route_table_id         = aws_route_table.nonprod_vpc_private_eu_west_1c.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nonprod_nat_eu_west_1c.id
}

resource "aws_route_table" "nonprod_vpc_isolated" {
  vpc_id = aws_vpc.nonprod_vpc.id

  tags = {
    Name = "Non-production VPC-isolated"
  }
}

resource "aws_route_table_association" "nonprod_public_a" {
  subnet_id      = aws_subnet.nonprod_public_a.id
  route_table_id = aws_route_table.nonprod_vpc_public.id
}

resource "aws_route_table_association" "nonprod_public_b" {
  subnet_id      = aws_subnet.nonprod_public_b.id
  route_table_id = aws_route_table.nonprod_vpc_public.id
}

resource "aws_route_table_association" "nonprod_public_c" {
  subnet_id      = aws_subnet.nonprod_public_c.id
  route_table_id = aws_route_table.nonprod_vpc_public.id
}

resource "aws_route_table_association" "nonprod_private_a" {
  subnet_id      = aws_subnet.nonprod_private_a.id
  route_table_id = aws_route_table.nonprod_vpc_private_eu_west_1a.id
}

resource "aws_route_table_association" "nonprod_private_b" {
  subnet_id      = aws_subnet.nonprod_private_b.id
  route_table_id = aws_route_table.nonprod_vpc_private_eu_west_1b.id
}

resource "aws_route_table_association" "nonprod_private_c" {
  subnet_id      = aws_subnet.nonprod_private_c.id
  route_table_id = aws_route_table.nonprod_vpc_private_eu_west_1c.id
}

resource "aws_route_table_association" "nonprod_db_a" {
  subnet_id      = aws_subnet.nonprod_db_a.id
  route_table_id = aws_route_table.nonprod_vpc_isolated.id
}

resource "aws_route_table_association" "nonprod_db_b" {
  subnet_id      = aws_subnet.nonprod_db_b.id
  route_table_id = aws_route_table.nonprod_vpc_isolated.id
}

resource "aws_route_table_association" "nonprod_db_c" {
  subnet_id      = aws_subnet.nonprod_db_c.id
  route_table_id = aws_route_table.nonprod_vpc_isolated.id
}

resource "aws_lb" "nonprod_alb" {
  name                       = "nonprod-alb"
  internal                   = false
  load_balancer_type         = "application"
  security_groups            = [aws_security_group.nonprod_alb.id]
  subnets                    = [aws_subnet.nonprod_public_a.id, aws_subnet.nonprod_public_b.id, aws_subnet.nonprod_public_c.id]
  drop_invalid_header_fields = true
  idle_timeout               = 60
  enable_deletion_protection = false

  tags = {
    Name = "API load balancer"
  }
}

resource "aws_lb_target_group" "nonprod_alb_nonprod_eks" {
  name        = "nonprod-alb-nonprod-eks"
  port        = 5000
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.nonprod_vpc.id

  health_check {
    path    = "/"
    matcher = "200-399"
  }

  tags = {
    Name = "API load balancer-nonprod-eks"
  }
}

resource "aws_lb_listener" "nonprod_alb_https" {
  load_balancer_arn = aws_lb.nonprod_alb.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.nonprod_cert.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.nonprod_alb_nonprod_eks.arn
  }

  tags = {
    Name = "API load balancer"
  }
}

resource "aws_lb_listener" "nonprod_alb_http" {
  load_balancer_arn = aws_lb.nonprod_alb.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }

  tags = {
    Name = "API load balancer"
  }
}
