output "private_zone_zone_id" {
  description = "Hosted zone id of private-zone."
  value       = aws_route53_zone.private_zone.zone_id
}
