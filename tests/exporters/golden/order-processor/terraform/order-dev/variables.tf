variable "order_db_master_username" {
  description = "Master user name of the database `order-db` (its password is generated and kept in Secrets Manager)."
  type        = string
  default     = "dbadmin"

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9_]{0,62}$", var.order_db_master_username))
    error_message = "Must start with a letter and hold only letters, digits and underscores (at most 63)."
  }
}
