resource "aws_vpc" "main_vpc" {
  cidr_block                       = "10.0.0.0/16"
  enable_dns_hostnames             = true
  enable_dns_support               = true
  assign_generated_ipv6_cidr_block = true

  tags = {
    Name = "<script>alert(1)</script> | [x](javascript:alert(1))"
  }
}

resource "aws_vpc_ipv4_cidr_block_association" "main_vpc_cidr_2" {
  vpc_id     = aws_vpc.main_vpc.id
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "public_a" {
  vpc_id            = aws_vpc.main_vpc.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "eu-west-3a"

  tags = {
    Name                     = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
    Tier                     = "public"
    "kubernetes.io/role/elb" = "1"
  }
}

resource "aws_subnet" "public_b" {
  vpc_id            = aws_vpc.main_vpc.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-3b"

  tags = {
    Name                     = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
    Tier                     = "public"
    "kubernetes.io/role/elb" = "1"
  }
}

resource "aws_subnet" "app_a" {
  vpc_id            = aws_vpc.main_vpc.id
  cidr_block        = "10.0.16.0/20"
  availability_zone = "eu-west-3a"
  ipv6_cidr_block   = cidrsubnet(aws_vpc.main_vpc.ipv6_cidr_block, 8, 3)

  tags = {
    Name                              = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "app_b" {
  vpc_id            = aws_vpc.main_vpc.id
  cidr_block        = "10.0.32.0/20"
  availability_zone = "eu-west-3b"

  tags = {
    Name                              = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_subnet" "db_a" {
  vpc_id            = aws_vpc.main_vpc.id
  cidr_block        = "10.0.64.0/24"
  availability_zone = "eu-west-3a"

  tags = {
    Name = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
    Tier = "isolated"
  }
}

resource "aws_subnet" "db_b" {
  vpc_id            = aws_vpc.main_vpc.id
  cidr_block        = "10.0.65.0/24"
  availability_zone = "eu-west-3b"

  tags = {
    Name = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
    Tier = "isolated"
  }
}

resource "aws_subnet" "extra_a" {
  vpc_id            = aws_vpc_ipv4_cidr_block_association.main_vpc_cidr_2.vpc_id
  cidr_block        = "10.1.0.0/24"
  availability_zone = "eu-west-3a"

  tags = {
    Name                              = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
    Tier                              = "private"
    "kubernetes.io/role/internal-elb" = "1"
  }
}

resource "aws_internet_gateway" "igw" {
  vpc_id = aws_vpc.main_vpc.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_egress_only_internet_gateway" "igw" {
  vpc_id = aws_vpc.main_vpc.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_eip" "nat_eu_west_3a" {
  domain = "vpc"

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_nat_gateway" "nat_eu_west_3a" {
  allocation_id = aws_eip.nat_eu_west_3a.id
  subnet_id     = aws_subnet.public_a.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_eip" "nat_eu_west_3b" {
  domain = "vpc"

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_nat_gateway" "nat_eu_west_3b" {
  allocation_id = aws_eip.nat_eu_west_3b.id
  subnet_id     = aws_subnet.public_b.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }

  depends_on = [aws_internet_gateway.igw]
}

resource "aws_route_table" "main_vpc_public" {
  vpc_id = aws_vpc.main_vpc.id

  tags = {
    Name = "<script>alert(1)</script> | [x](javascript:alert(1))-public"
  }
}

resource "aws_route" "main_vpc_public_internet" {
  route_table_id         = aws_route_table.main_vpc_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.igw.id
}

resource "aws_route" "main_vpc_public_internet_ipv6" {
  route_table_id              = aws_route_table.main_vpc_public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.igw.id
}

resource "aws_route_table" "main_vpc_private_eu_west_3a" {
  vpc_id = aws_vpc.main_vpc.id

  tags = {
    Name = "<script>alert(1)</script> | [x](javascript:alert(1))-private-eu-west-3a"
  }
}

resource "aws_route" "main_vpc_private_eu_west_3a_nat" {
  route_table_id         = aws_route_table.main_vpc_private_eu_west_3a.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_eu_west_3a.id
}

resource "aws_route" "main_vpc_private_eu_west_3a_egress_ipv6" {
  route_table_id              = aws_route_table.main_vpc_private_eu_west_3a.id
  destination_ipv6_cidr_block = "::/0"
  egress_only_gateway_id      = aws_egress_only_internet_gateway.igw.id
}

resource "aws_route_table" "main_vpc_private_eu_west_3b" {
  vpc_id = aws_vpc.main_vpc.id

  tags = {
    Name = "<script>alert(1)</script> | [x](javascript:alert(1))-private-eu-west-3b"
  }
}

resource "aws_route" "main_vpc_private_eu_west_3b_nat" {
  route_table_id         = aws_route_table.main_vpc_private_eu_west_3b.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat_eu_west_3b.id
}

resource "aws_route" "main_vpc_private_eu_west_3b_egress_ipv6" {
  route_table_id              = aws_route_table.main_vpc_private_eu_west_3b.id
  destination_ipv6_cidr_block = "::/0"
  egress_only_gateway_id      = aws_egress_only_internet_gateway.igw.id
}

resource "aws_route_table" "main_vpc_isolated" {
  vpc_id = aws_vpc.main_vpc.id

  tags = {
    Name = "<script>alert(1)</script> | [x](javascript:alert(1))-isolated"
  }
}

resource "aws_route_table_association" "public_a" {
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.main_vpc_public.id
}

resource "aws_route_table_association" "public_b" {
  subnet_id      = aws_subnet.public_b.id
  route_table_id = aws_route_table.main_vpc_public.id
}

resource "aws_route_table_association" "app_a" {
  subnet_id      = aws_subnet.app_a.id
  route_table_id = aws_route_table.main_vpc_private_eu_west_3a.id
}

resource "aws_route_table_association" "app_b" {
  subnet_id      = aws_subnet.app_b.id
  route_table_id = aws_route_table.main_vpc_private_eu_west_3b.id
}

resource "aws_route_table_association" "db_a" {
  subnet_id      = aws_subnet.db_a.id
  route_table_id = aws_route_table.main_vpc_isolated.id
}

resource "aws_route_table_association" "db_b" {
  subnet_id      = aws_subnet.db_b.id
  route_table_id = aws_route_table.main_vpc_isolated.id
}

resource "aws_route_table_association" "extra_a" {
  subnet_id      = aws_subnet.extra_a.id
  route_table_id = aws_route_table.main_vpc_private_eu_west_3a.id
}

resource "aws_vpc_endpoint" "s3_endpoint" {
  vpc_id            = aws_vpc.main_vpc.id
  service_name      = "com.amazonaws.eu-west-3.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids = [
    aws_route_table.main_vpc_private_eu_west_3a.id,
    aws_route_table.main_vpc_private_eu_west_3b.id,
    aws_route_table.main_vpc_isolated.id,
  ]

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_vpc_endpoint" "ecr_endpoint" {
  vpc_id              = aws_vpc.main_vpc.id
  service_name        = "com.amazonaws.eu-west-3.ecr.api"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = [aws_subnet.app_a.id, aws_subnet.app_b.id]
  security_group_ids  = [aws_security_group.ecr_endpoint.id]
  private_dns_enabled = true

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_vpc" "edge_vpc" {
  region = "us-east-1"

  cidr_block           = "10.8.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true

  tags = {
    Name = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_subnet" "edge_a" {
  region = "us-east-1"

  vpc_id               = aws_vpc.edge_vpc.id
  cidr_block           = "10.8.0.0/24"
  availability_zone_id = "use1-az1"

  tags = {
    Name = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
    Tier = "private"
  }
}

resource "aws_subnet" "edge_b" {
  region = "us-east-1"

  vpc_id               = aws_vpc.edge_vpc.id
  cidr_block           = "10.8.1.0/24"
  availability_zone_id = "use1-az2"

  tags = {
    Name = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
    Tier = "private"
  }
}

resource "aws_route_table" "edge_vpc_private_use1_az1" {
  region = "us-east-1"

  vpc_id = aws_vpc.edge_vpc.id

  tags = {
    Name = "line1\nline2\r\n\tresource \"evil\" {}-private-use1-az1"
  }
}

resource "aws_route_table" "edge_vpc_private_use1_az2" {
  region = "us-east-1"

  vpc_id = aws_vpc.edge_vpc.id

  tags = {
    Name = "line1\nline2\r\n\tresource \"evil\" {}-private-use1-az2"
  }
}

resource "aws_route_table_association" "edge_a" {
  region = "us-east-1"

  subnet_id      = aws_subnet.edge_a.id
  route_table_id = aws_route_table.edge_vpc_private_use1_az1.id
}

resource "aws_route_table_association" "edge_b" {
  region = "us-east-1"

  subnet_id      = aws_subnet.edge_b.id
  route_table_id = aws_route_table.edge_vpc_private_use1_az2.id
}

resource "aws_vpc" "shared_vpc" {
  cidr_block           = "10.9.0.0/16"
  enable_dns_hostnames = true
  enable_dns_support   = true

  tags = {
    Name = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_subnet" "shared_a" {
  vpc_id            = aws_vpc.shared_vpc.id
  cidr_block        = "10.9.0.0/24"
  availability_zone = "eu-west-3a"

  tags = {
    Name = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
    Tier = "private"
  }
}

resource "aws_subnet" "shared_b" {
  vpc_id            = aws_vpc.shared_vpc.id
  cidr_block        = "10.9.1.0/24"
  availability_zone = "eu-west-3b"

  tags = {
    Name = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
    Tier = "private"
  }
}

resource "aws_route_table" "shared_vpc_private_eu_west_3a" {
  vpc_id = aws_vpc.shared_vpc.id

  tags = {
    Name = "line1\nline2\r\n\tresource \"evil\" {}-private-eu-west-3a"
  }
}

resource "aws_route_table" "shared_vpc_private_eu_west_3b" {
  vpc_id = aws_vpc.shared_vpc.id

  tags = {
    Name = "line1\nline2\r\n\tresource \"evil\" {}-private-eu-west-3b"
  }
}

resource "aws_route_table_association" "shared_a" {
  subnet_id      = aws_subnet.shared_a.id
  route_table_id = aws_route_table.shared_vpc_private_eu_west_3a.id
}

resource "aws_route_table_association" "shared_b" {
  subnet_id      = aws_subnet.shared_b.id
  route_table_id = aws_route_table.shared_vpc_private_eu_west_3b.id
}

resource "aws_route53_zone" "zone" {
  name    = "example.com"
  comment = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_route53_zone" "internal_zone" {
  name    = "corp.internal"
  comment = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"

  vpc {
    vpc_id = aws_vpc.main_vpc.id
  }

  vpc {
    vpc_id     = aws_vpc.edge_vpc.id
    vpc_region = "us-east-1"
  }

  vpc {
    vpc_id = aws_vpc.shared_vpc.id
  }

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_route53_zone" "evil_zone" {
  name    = "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}"
  comment = "Managed by Cloudwright"

  tags = {
    Name = "evil-zone"
  }
}

resource "aws_vpn_gateway" "vpn" {
  vpc_id          = aws_vpc.main_vpc.id
  amazon_side_asn = 64512

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_vpn_gateway_route_propagation" "vpn_main_vpc_private_eu_west_3a" {
  vpn_gateway_id = aws_vpn_gateway.vpn.id
  route_table_id = aws_route_table.main_vpc_private_eu_west_3a.id
}

resource "aws_vpn_gateway_route_propagation" "vpn_main_vpc_private_eu_west_3b" {
  vpn_gateway_id = aws_vpn_gateway.vpn.id
  route_table_id = aws_route_table.main_vpc_private_eu_west_3b.id
}

resource "aws_vpn_gateway_route_propagation" "vpn_main_vpc_isolated" {
  vpn_gateway_id = aws_vpn_gateway.vpn.id
  route_table_id = aws_route_table.main_vpc_isolated.id
}

resource "aws_ec2_transit_gateway" "tgw" {
  description                     = "ctrl\u0001\u001F\u007F end"
  amazon_side_asn                 = 64512
  auto_accept_shared_attachments  = "disable"
  default_route_table_association = "enable"
  default_route_table_propagation = "enable"
  dns_support                     = "enable"

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_vpc_peering_connection" "main_vpc_edge_vpc" {
  vpc_id      = aws_vpc.main_vpc.id
  peer_vpc_id = aws_vpc.edge_vpc.id
  peer_region = "us-east-1"

  tags = {
    Name = "main-vpc-edge-vpc"
  }
}

resource "aws_vpc_peering_connection_accepter" "main_vpc_edge_vpc" {
  region = "us-east-1"

  vpc_peering_connection_id = aws_vpc_peering_connection.main_vpc_edge_vpc.id
  auto_accept               = true

  tags = {
    Name = "main-vpc-edge-vpc"
  }
}

resource "aws_route" "main_vpc_public_to_edge_vpc" {
  route_table_id            = aws_route_table.main_vpc_public.id
  destination_cidr_block    = "10.8.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.main_vpc_edge_vpc.id
}

resource "aws_route" "main_vpc_private_eu_west_3a_to_edge_vpc" {
  route_table_id            = aws_route_table.main_vpc_private_eu_west_3a.id
  destination_cidr_block    = "10.8.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.main_vpc_edge_vpc.id
}

resource "aws_route" "main_vpc_private_eu_west_3b_to_edge_vpc" {
  route_table_id            = aws_route_table.main_vpc_private_eu_west_3b.id
  destination_cidr_block    = "10.8.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.main_vpc_edge_vpc.id
}

resource "aws_route" "main_vpc_isolated_to_edge_vpc" {
  route_table_id            = aws_route_table.main_vpc_isolated.id
  destination_cidr_block    = "10.8.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.main_vpc_edge_vpc.id
}

resource "aws_route" "edge_vpc_private_use1_az1_to_main_vpc" {
  region = "us-east-1"

  route_table_id            = aws_route_table.edge_vpc_private_use1_az1.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.main_vpc_edge_vpc.id
}

resource "aws_route" "edge_vpc_private_use1_az1_to_main_vpc_2" {
  region = "us-east-1"

  route_table_id            = aws_route_table.edge_vpc_private_use1_az1.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.main_vpc_edge_vpc.id
}

resource "aws_route" "edge_vpc_private_use1_az2_to_main_vpc" {
  region = "us-east-1"

  route_table_id            = aws_route_table.edge_vpc_private_use1_az2.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.main_vpc_edge_vpc.id
}

resource "aws_route" "edge_vpc_private_use1_az2_to_main_vpc_2" {
  region = "us-east-1"

  route_table_id            = aws_route_table.edge_vpc_private_use1_az2.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.main_vpc_edge_vpc.id
}

resource "aws_ec2_transit_gateway_vpc_attachment" "main_vpc" {
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.main_vpc.id
  subnet_ids         = [aws_subnet.app_a.id, aws_subnet.app_b.id]

  tags = {
    Name = "main-vpc-tgw"
  }
}

resource "aws_route" "main_vpc_public_to_shared_vpc" {
  route_table_id         = aws_route_table.main_vpc_public.id
  destination_cidr_block = "10.9.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.main_vpc]
}

resource "aws_route" "main_vpc_private_eu_west_3a_to_shared_vpc" {
  route_table_id         = aws_route_table.main_vpc_private_eu_west_3a.id
  destination_cidr_block = "10.9.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.main_vpc]
}

resource "aws_route" "main_vpc_private_eu_west_3b_to_shared_vpc" {
  route_table_id         = aws_route_table.main_vpc_private_eu_west_3b.id
  destination_cidr_block = "10.9.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.main_vpc]
}

resource "aws_route" "main_vpc_isolated_to_shared_vpc" {
  route_table_id         = aws_route_table.main_vpc_isolated.id
  destination_cidr_block = "10.9.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.main_vpc]
}

resource "aws_ec2_transit_gateway_vpc_attachment" "shared_vpc" {
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.shared_vpc.id
  subnet_ids         = [aws_subnet.shared_a.id, aws_subnet.shared_b.id]

  tags = {
    Name = "shared-vpc-tgw"
  }
}

resource "aws_route" "shared_vpc_private_eu_west_3a_to_main_vpc" {
  route_table_id         = aws_route_table.shared_vpc_private_eu_west_3a.id
  destination_cidr_block = "10.0.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.shared_vpc]
}

resource "aws_route" "shared_vpc_private_eu_west_3a_to_main_vpc_2" {
  route_table_id         = aws_route_table.shared_vpc_private_eu_west_3a.id
  destination_cidr_block = "10.1.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.shared_vpc]
}

resource "aws_route" "shared_vpc_private_eu_west_3b_to_main_vpc" {
  route_table_id         = aws_route_table.shared_vpc_private_eu_west_3b.id
  destination_cidr_block = "10.0.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.shared_vpc]
}

resource "aws_route" "shared_vpc_private_eu_west_3b_to_main_vpc_2" {
  route_table_id         = aws_route_table.shared_vpc_private_eu_west_3b.id
  destination_cidr_block = "10.1.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id

  depends_on = [aws_ec2_transit_gateway_vpc_attachment.shared_vpc]
}

resource "aws_customer_gateway" "office" {
  bgp_asn    = var.office_bgp_asn
  ip_address = var.office_public_ip
  type       = "ipsec.1"

  tags = {
    Name = "office"
  }
}

resource "aws_vpn_connection" "vpn_office" {
  vpn_gateway_id      = aws_vpn_gateway.vpn.id
  customer_gateway_id = aws_customer_gateway.office.id
  type                = "ipsec.1"
  static_routes_only  = true

  tags = {
    Name = "vpn-office"
  }
}

resource "aws_vpn_connection_route" "vpn_office_1" {
  destination_cidr_block = "192.168.0.0/16"
  vpn_connection_id      = aws_vpn_connection.vpn_office.id
}

resource "aws_lb" "web_alb" {
  name                       = "web-alb"
  internal                   = false
  load_balancer_type         = "application"
  security_groups            = [aws_security_group.web_alb.id]
  subnets                    = [aws_subnet.public_a.id, aws_subnet.public_b.id]
  drop_invalid_header_fields = true
  idle_timeout               = 60
  enable_deletion_protection = false

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_lb_target_group" "web_alb_api" {
  name        = "web-alb-api"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.main_vpc.id

  health_check {
    path    = "/"
    matcher = "200-399"
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_lb_target_group" "web_alb_jobs" {
  name        = "web-alb-jobs"
  target_type = "lambda"

  health_check {
    enabled = false
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_lb_target_group_attachment" "web_alb_jobs" {
  target_group_arn = aws_lb_target_group.web_alb_jobs.arn
  target_id        = aws_lambda_function.jobs.arn

  depends_on = [aws_lambda_permission.jobs_from_web_alb]
}

resource "aws_lb_listener" "web_alb_https" {
  load_balancer_arn = aws_lb.web_alb.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate_validation.web_alb.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web_alb_api.arn
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_lb_listener" "web_alb_http" {
  load_balancer_arn = aws_lb.web_alb.arn
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
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_lb_listener_rule" "web_alb_jobs" {
  listener_arn = aws_lb_listener.web_alb_https.arn
  priority     = 101

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web_alb_jobs.arn
  }

  condition {
    path_pattern {
      values = ["/jobs/*"]
    }
  }
}

resource "aws_lb" "tcp_nlb" {
  name                             = "tcp-nlb"
  internal                         = true
  load_balancer_type               = "network"
  security_groups                  = [aws_security_group.tcp_nlb.id]
  subnets                          = [aws_subnet.app_a.id, aws_subnet.app_b.id]
  enable_cross_zone_load_balancing = false
  enable_deletion_protection       = false

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_lb_target_group" "tcp_nlb_worker" {
  name        = "tcp-nlb-worker"
  port        = 9000
  protocol    = "TCP"
  target_type = "instance"
  vpc_id      = aws_vpc.main_vpc.id

  health_check {
    protocol = "TCP"
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_lb_target_group_attachment" "tcp_nlb_worker" {
  count = length(aws_instance.worker)

  target_group_arn = aws_lb_target_group.tcp_nlb_worker.arn
  target_id        = aws_instance.worker[count.index].id
  port             = 9000
}

resource "aws_lb_listener" "tcp_nlb_tcp" {
  load_balancer_arn = aws_lb.tcp_nlb.arn
  port              = 8443
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tcp_nlb_worker.arn
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}
