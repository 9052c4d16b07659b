resource "aws_vpc" "order_vpc" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true

  tags = {
    Name = "order-processor-dev VPC"
  }
}

resource "aws_subnet" "public_a" {
  vpc_id            = aws_vpc.order_vpc.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "ap-southeast-2a"

  tags = {
    Name = "Public-ap-southeast-2a"
    Tier = "public"
  }
}

resource "aws_subnet" "public_b" {
  vpc_id            = aws_vpc.order_vpc.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "ap-southeast-2b"

  tags = {
    Name = "Public-ap-southeast-2b"
    Tier = "public"
  }
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.order_vpc.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "ap-southeast-2a"

  tags = {
    Name = "Private-ap-southeast-2a"
    Tier = "private"
  }
}

resource "aws_subnet" "private_b" {
  vpc_id            = aws_vpc.order_vpc.id
  cidr_block        = "10.0.3.0/24"
  availability_zone = "ap-southeast-2b"

  tags = {
    Name = "Private-ap-southeast-2b"
    Tier = "private"
  }
}

resource "aws_subnet" "isolated_a" {
  vpc_id            = aws_vpc.order_vpc.id
  cidr_block        = "10.0.4.0/24"
  availability_zone = "ap-southeast-2a"

  tags = {
    Name = "Isolated-ap-southeast-2a"
    Tier = "isolated"
  }
}

resource "aws_subnet" "isolated_b" {
  vpc_id            = aws_vpc.order_vpc.id
  cidr_block        = "10.0.5.0/24"
  availability_zone = "ap-southeast-2b"

  tags = {
    Name = "Isolated-ap-southeast-2b"
    Tier = "isolated"
  }
}

resource "aws_internet_gateway" "igw" {
  vpc_id = aws_vpc.order_vpc.id

  tags = {
    Name = "Internet gateway"
  }
}

resource "aws_eip" "nat_ap_southeast_2a" {
  domain = "vpc"

  tags = {
    Name = "NAT gateways-ap-southeast-2a"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_nat_gateway" "nat_ap_southeast_2a" {
  allocation_id = aws_eip.nat_ap_southeast_2a.id
  subnet_id     = aws_subnet.public_a.id

  tags = {
    Name = "NAT gateways-ap-southeast-2a"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_eip" "nat_ap_southeast_2b" {
  domain = "vpc"

  tags = {
    Name = "NAT gateways-ap-southeast-2b"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_nat_gateway" "nat_ap_southeast_2b" {
  allocation_id = aws_eip.nat_ap_southeast_2b.id
  subnet_id     = aws_subnet.public_b.id

  tags = {
    Name = "NAT gateways-ap-southeast-2b"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_route_table" "order_vpc_public" {
  vpc_id = aws_vpc.order_vpc.id

  tags = {
    Name = "order-processor-dev VPC-public"
  }
}

resource "aws_route" "order_vpc_public_internet" {
  route_table_id         = aws_route_table.order_vpc_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.igw.id
}

resource "aws_route_table" "order_vpc_private_ap_southeast_2a" {
  vpc_id = aws_vpc.order_vpc.id

  tags = {
    Name = "order-processor-dev VPC-private-ap-southeast-2a"
  }
}

resource "aws_route" "order_vpc_private_ap_southeast_2a_nat" {
  route_table_id         = aws_route_table.order_vpc_private_ap_southeast_2a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_ap_southeast_2a.id
}

resource "aws_route_table" "order_vpc_private_ap_southeast_2b" {
  vpc_id = aws_vpc.order_vpc.id

  tags = {
    Name = "order-processor-dev VPC-private-ap-southeast-2b"
  }
}

resource "aws_route" "order_vpc_private_ap_southeast_2b_nat" {
  route_table_id         = aws_route_table.order_vpc_private_ap_southeast_2b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_ap_southeast_2b.id
}

resource "aws_route_table" "order_vpc_isolated" {
  vpc_id = aws_vpc.order_vpc.id

  tags = {
    Name = "order-processor-dev VPC-isolated"
  }
}

resource "aws_route_table_association" "public_a" {
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.order_vpc_public.id
}

resource "aws_route_table_association" "public_b" {
  subnet_id      = aws_subnet.public_b.id
  route_table_id = aws_route_table.order_vpc_public.id
}

resource "aws_route_table_association" "private_a" {
  subnet_id      = aws_subnet.private_a.id
  route_table_id = aws_route_table.order_vpc_private_ap_southeast_2a.id
}

resource "aws_route_table_association" "private_b" {
  subnet_id      = aws_subnet.private_b.id
  route_table_id = aws_route_table.order_vpc_private_ap_southeast_2b.id
}

resource "aws_route_table_association" "isolated_a" {
  subnet_id      = aws_subnet.isolated_a.id
  route_table_id = aws_route_table.order_vpc_isolated.id
}

resource "aws_route_table_association" "isolated_b" {
  subnet_id      = aws_subnet.isolated_b.id
  route_table_id = aws_route_table.order_vpc_isolated.id
}

resource "aws_lb" "alb" {
  name                       = "alb"
  internal                   = false
  load_balancer_type         = "application"
  security_groups            = [aws_security_group.alb.id]
  subnets                    = [aws_subnet.public_a.id, aws_subnet.public_b.id]
  drop_invalid_header_fields = false
  idle_timeout               = 60
  enable_deletion_protection = false

  tags = {
    Name = "order-processor ALB"
  }
}

resource "aws_lb_target_group" "alb_order_service" {
  name        = "alb-order-service"
  port        = 3000
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.order_vpc.id

  health_check {
    path    = "/health"
    matcher = "200-399"
  }

  tags = {
    Name = "order-processor ALB-order-service"
  }
}

resource "aws_lb_listener" "alb_http" {
  load_balancer_arn = aws_lb.alb.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.alb_order_service.arn
  }

  tags = {
    Name = "order-processor ALB"
  }
}
