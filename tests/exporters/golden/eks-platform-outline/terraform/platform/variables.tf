variable "dns_zone_name" {
  description = "DNS name of the Route 53 zone `dns`, e.g. example.com."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9-]+\\.)+[a-z]{2,}\\.?$", var.dns_zone_name))
    error_message = "Must be a DNS name such as example.com."
  }
}

variable "bastion_key_name" {
  description = "EC2 key pair used to log in to the bastion `bastion` (null: none)."
  type        = string
  default     = null
}

variable "db_master_username" {
  description = "Master user name of the database `db` (its password is generated and kept in Secrets Manager)."
  type        = string
  default     = "dbadmin"

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9_]{0,62}$", var.db_master_username))
    error_message = "Must start with a letter and hold only letters, digits and underscores (at most 63)."
  }
}
