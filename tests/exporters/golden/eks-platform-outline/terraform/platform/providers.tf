provider "aws" {
  region = "eu-west-3"

  default_tags {
    tags = {
      ManagedBy    = "cloudwright"
      "managed-by" = "terraform"
      project      = "eks-platform"
    }
  }
}
