variable "private_zone_zone_name" {
  description = "DNS name of the Route 53 zone `private-zone`, e.g. example.com."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9-]+\\.)+[a-z]{2,}\\.?$", var.private_zone_zone_name))
    error_message = "Must be a DNS name such as example.com."
  }
}
