resource "aws_vpc" "dev_vpc" {
  cidr_block           = "10.10.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true

  tags = {
    Name = "Development VPC"
  }
}

resource "aws_subnet" "dev_public_a" {
  vpc_id            = aws_vpc.dev_vpc.id
  cidr_block        = "10.10.0.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name                     = "dev-public-a"
    Tier                     = "public"
    "kubernetes.io/role/elb" = "1"
  }
}

resource "aws_subnet" "dev_public_b" {
  vpc_id            = aws_vpc.dev_vpc.id
  cidr_block        = "10.10.1.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name                     = "dev-public-b"
    Tier                     = "public"
    "kubernetes.io/role/elb" = "1"
  }
}

resource "aws_subnet" "dev_private_a" {
  vpc_id            = aws_vpc.dev_vpc.id
  cidr_block        = "10.10.16.0/20"
  availability_zone = "us-east-1a"

  tags = {
    Name                              = "dev-private-a"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "dev_private_b" {
  vpc_id            = aws_vpc.dev_vpc.id
  cidr_block        = "10.10.32.0/20"
  availability_zone = "us-east-1b"

  tags = {
    Name                              = "dev-private-b"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "dev_db_a" {
  vpc_id            = aws_vpc.dev_vpc.id
  cidr_block        = "10.10.64.0/24"
  availability_zone = "us-east-1a"

  tags = {
    Name = "dev-db-a"
    Tier = "isolated"
  }
}

resource "aws_subnet" "dev_db_b" {
  vpc_id            = aws_vpc.dev_vpc.id
  cidr_block        = "10.10.65.0/24"
  availability_zone = "us-east-1b"

  tags = {
    Name = "dev-db-b"
    Tier = "isolated"
  }
}

resource "aws_internet_gateway" "dev_igw" {
  vpc_id = aws_vpc.dev_vpc.id

  tags = {
    Name = "Internet gateway"
  }
}

resource "aws_eip" "dev_nat_us_east_1a" {
  domain = "vpc"

  tags = {
    Name = "NAT gateways-us-east-1a"
  }

  depends_on = [aws_internet_gateway.dev_igw]
}

resource "aws_nat_gateway" "dev_nat_us_east_1a" {
  allocation_id = aws_eip.dev_nat_us_east_1a.id
  subnet_id     = aws_subnet.dev_public_a.id

  tags = {
    Name = "NAT gateways-us-east-1a"
  }

  depends_on = [aws_internet_gateway.dev_igw]
}

resource "aws_eip" "dev_nat_us_east_1b" {
  domain = "vpc"

  tags = {
    Name = "NAT gateways-us-east-1b"
  }

  depends_on = [aws_internet_gateway.dev_igw]
}

resource "aws_nat_gateway" "dev_nat_us_east_1b" {
  allocation_id = aws_eip.dev_nat_us_east_1b.id
  subnet_id     = aws_subnet.dev_public_b.id

  tags = {
    Name = "NAT gateways-us-east-1b"
  }

  depends_on = [aws_internet_gateway.dev_igw]
}

resource "aws_route_table" "dev_vpc_public" {
  vpc_id = aws_vpc.dev_vpc.id

  tags = {
    Name = "Development VPC-public"
  }
}

resource "aws_route" "dev_vpc_public_internet" {
  route_table_id         = aws_route_table.dev_vpc_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.dev_igw.id
}

resource "aws_route_table" "dev_vpc_private_us_east_1a" {
  vpc_id = aws_vpc.dev_vpc.id

  tags = {
    Name = "Development VPC-private-us-east-1a"
  }
}

resource "aws_route" "dev_vpc_private_us_east_1a_nat" {
  route_table_id         = aws_route_table.dev_vpc_private_us_east_1a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.dev_nat_us_east_1a.id
}

resource "aws_route_table" "dev_vpc_private_us_east_1b" {
  vpc_id = aws_vpc.dev_vpc.id

  tags = {
    Name = "Development VPC-private-us-east-1b"
  }
}

resource "aws_route" "dev_vpc_private_us_east_1b_nat" {
  route_table_id         = aws_route_table.dev_vpc_private_us_east_1b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.dev_nat_us_east_1b.id
}

resource "aws_route_table" "dev_vpc_isolated" {
  vpc_id = aws_vpc.dev_vpc.id

  tags = {
    Name = "Development VPC-isolated"
  }
}

resource "aws_route_table_association" "dev_public_a" {
  subnet_id      = aws_subnet.dev_public_a.id
  route_table_id = aws_route_table.dev_vpc_public.id
}

resource "aws_route_table_association" "dev_public_b" {
  subnet_id      = aws_subnet.dev_public_b.id
  route_table_id = aws_route_table.dev_vpc_public.id
}

resource "aws_route_table_association" "dev_private_a" {
  subnet_id      = aws_subnet.dev_private_a.id
  route_table_id = aws_route_table.dev_vpc_private_us_east_1a.id
}

resource "aws_route_table_association" "dev_private_b" {
  subnet_id      = aws_subnet.dev_private_b.id
  route_table_id = aws_route_table.dev_vpc_private_us_east_1b.id
}

resource "aws_route_table_association" "dev_db_a" {
  subnet_id      = aws_subnet.dev_db_a.id
  route_table_id = aws_route_table.dev_vpc_isolated.id
}

resource "aws_route_table_association" "dev_db_b" {
  subnet_id      = aws_subnet.dev_db_b.id
  route_table_id = aws_route_table.dev_vpc_isolated.id
}

resource "aws_lb" "dev_alb" {
  name                       = "dev-alb"
  internal                   = false
  load_balancer_type         = "application"
  security_groups            = [aws_security_group.dev_alb.id]
  subnets                    = [aws_subnet.dev_public_a.id, aws_subnet.dev_public_b.id]
  drop_invalid_header_fields = false
  idle_timeout               = 60
  enable_deletion_protection = false

  tags = {
    Name = "API load balancer"
  }
}

resource "aws_lb_target_group" "dev_alb_dev_eks" {
  name        = "dev-alb-dev-eks"
  port        = 5000
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.dev_vpc.id

  health_check {
    path    = "/"
    matcher = "200-399"
  }

  tags = {
    Name = "API load balancer-dev-eks"
  }
}

resource "aws_lb_listener" "dev_alb_https" {
  load_balancer_arn = aws_lb.dev_alb.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.dev_cert.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.dev_alb_dev_eks.arn
  }

  tags = {
    Name = "API load balancer"
  }
}

resource "aws_lb_listener" "dev_alb_http" {
  load_balancer_arn = aws_lb.dev_alb.arn
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
