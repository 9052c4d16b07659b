variable "prod_db_secret_rotation_lambda_arn" {
  description = "ARN of the Lambda function that rotates the secret `prod-db-secret`."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:lambda:", var.prod_db_secret_rotation_lambda_arn))
    error_message = "Must be a Lambda function ARN."
  }
}

variable "prod_cert_domain_name" {
  description = "Domain name of the certificate `prod-cert`, e.g. example.com or *.example.com."
  type        = string

  validation {
    condition     = can(regex("^(\\*\\.)?([a-z0-9-]+\\.)+[a-z]{2,}$", var.prod_cert_domain_name))
    error_message = "Must be a domain name such as example.com or *.example.com."
  }
}

variable "prod_aurora_master_username" {
  description = "Master user name of the database `prod-aurora` (its password is generated and kept in Secrets Manager)."
  type        = string
  default     = "dbadmin"

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9_]{0,62}$", var.prod_aurora_master_username))
    error_message = "Must start with a letter and hold only letters, digits and underscores (at most 63)."
  }
}

variable "prod_flow_logs_bucket_arn" {
  description = "ARN of the S3 bucket receiving the flow logs `prod-flow-logs`."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:s3:::", var.prod_flow_logs_bucket_arn))
    error_message = "Must be an S3 bucket ARN."
  }
}
