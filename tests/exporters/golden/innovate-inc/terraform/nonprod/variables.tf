variable "nonprod_db_secret_rotation_lambda_arn" {
  description = "ARN of the Lambda function that rotates the secret `nonprod-db-secret`."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:lambda:", var.nonprod_db_secret_rotation_lambda_arn))
    error_message = "Must be a Lambda function ARN."
  }
}

variable "nonprod_alb_certificate_arn" {
  description = "ARN of the ACM certificate `nonprod-alb` serves."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:acm:", var.nonprod_alb_certificate_arn))
    error_message = "Must be an ACM certificate ARN."
  }
}

variable "nonprod_aurora_master_username" {
  description = "Master user name of the database `nonprod-aurora` (its password is generated and kept in Secrets Manager)."
  type        = string
  default     = "dbadmin"

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9_]{0,62}$", var.nonprod_aurora_master_username))
    error_message = "Must start with a letter and hold only letters, digits and underscores (at most 63)."
  }
}

variable "nonprod_flow_logs_bucket_arn" {
  description = "ARN of the S3 bucket receiving the flow logs `nonprod-flow-logs`."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:s3:::", var.nonprod_flow_logs_bucket_arn))
    error_message = "Must be an S3 bucket ARN."
  }
}
