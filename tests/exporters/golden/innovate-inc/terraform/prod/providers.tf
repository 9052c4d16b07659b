provider "aws" {
  region = "eu-west-1"

  default_tags {
    tags = {
      ManagedBy   = "cloudwright"
      environment = "prod"
      project     = "innovate-inc"
    }
  }
}
