variable "dev_db_secret_rotation_lambda_arn" {
  description = "ARN of the Lambda function that rotates the secret `dev-db-secret`."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:lambda:", var.dev_db_secret_rotation_lambda_arn))
    error_message = "Must be a Lambda function ARN."
  }
}

variable "dev_cert_domain_name" {
  description = "Domain name of the certificate `dev-cert`, e.g. example.com or *.example.com."
  type        = string

  validation {
    condition     = can(regex("^(\\*\\.)?([a-z0-9-]+\\.)+[a-z]{2,}$", var.dev_cert_domain_name))
    error_message = "Must be a domain name such as example.com or *.example.com."
  }
}

variable "dev_bastion_key_name" {
  description = "EC2 key pair used to log in to the bastion `dev-bastion` (null: none)."
  type        = string
  default     = null
}

variable "dev_aurora_master_username" {
  description = "Master user name of the database `dev-aurora` (its password is generated and kept in Secrets Manager)."
  type        = string
  default     = "dbadmin"

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9_]{0,62}$", var.dev_aurora_master_username))
    error_message = "Must start with a letter and hold only letters, digits and underscores (at most 63)."
  }
}

variable "dev_frontend_pipeline_repository" {
  description = "Repository of the pipeline `dev-frontend-pipeline` as owner/name."
  type        = string

  validation {
    condition     = can(regex("^[^/]+/[^/]+$", var.dev_frontend_pipeline_repository))
    error_message = "Must be owner/name."
  }
}

variable "dev_frontend_pipeline_branch" {
  description = "Branch the pipeline `dev-frontend-pipeline` builds."
  type        = string
  default     = "main"
}

variable "dev_backend_pipeline_repository" {
  description = "Repository of the pipeline `dev-backend-pipeline` as owner/name."
  type        = string

  validation {
    condition     = can(regex("^[^/]+/[^/]+$", var.dev_backend_pipeline_repository))
    error_message = "Must be owner/name."
  }
}

variable "dev_backend_pipeline_branch" {
  description = "Branch the pipeline `dev-backend-pipeline` builds."
  type        = string
  default     = "main"
}
