provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = {
      ManagedBy   = "cloudwright"
      environment = "dev"
      project     = "innovate"
    }
  }
}
