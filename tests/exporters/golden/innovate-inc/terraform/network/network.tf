resource "aws_route53_zone" "private_zone" {
  name    = var.private_zone_zone_name
  comment = "Route 53 private zone for internal names, shared with the workload VPCs."

  tags = {
    Name = "Private hosted zone"
  }
}
