variable "office_public_ip" {
  description = "Public IPv4 address of the VPN device at `office`."
  type        = string

  validation {
    condition     = can(cidrhost("${var.office_public_ip}/32", 0))
    error_message = "Must be an IPv4 address."
  }
}

variable "office_bgp_asn" {
  description = "BGP ASN of the VPN device at `office`."
  type        = number
  default     = 65000

  validation {
    condition     = var.office_bgp_asn >= 1 && var.office_bgp_asn <= 4294967294
    error_message = "Must be a valid ASN."
  }
}

variable "bastion_key_name" {
  description = "EC2 key pair used to log in to the bastion `bastion` (null: none)."
  type        = string
  default     = null
}

variable "api_image" {
  description = "Container image of the ECS service `api`, e.g. <account>.dkr.ecr.<region>.amazonaws.com/api:1.0.0."
  type        = string

  validation {
    condition     = length(var.api_image) > 0
    error_message = "Must not be empty."
  }
}

variable "jobs_package" {
  description = "Path of the deployment package (.zip) of the function `jobs`."
  type        = string

  validation {
    condition     = endswith(var.jobs_package, ".zip")
    error_message = "Must be a .zip file."
  }
}

variable "jobs_handler" {
  description = "Handler of the function `jobs` (module.function)."
  type        = string
  default     = "app.handler"
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

variable "aurora_master_username" {
  description = "Master user name of the database `aurora` (its password is generated and kept in Secrets Manager)."
  type        = string
  default     = "dbadmin"

  validation {
    condition     = can(regex("^[a-zA-Z][a-zA-Z0-9_]{0,62}$", var.aurora_master_username))
    error_message = "Must start with a letter and hold only letters, digits and underscores (at most 63)."
  }
}

variable "deploy_repository" {
  description = "Repository of the pipeline `deploy` as owner/name."
  type        = string

  validation {
    condition     = can(regex("^[^/]+/[^/]+$", var.deploy_repository))
    error_message = "Must be owner/name."
  }
}

variable "deploy_branch" {
  description = "Branch the pipeline `deploy` builds."
  type        = string
  default     = "main"
}
