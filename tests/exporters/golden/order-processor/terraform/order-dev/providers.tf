provider "aws" {
  region = "ap-southeast-2"

  default_tags {
    tags = {
      ManagedBy    = "cloudwright"
      environment  = "dev"
      "managed-by" = "aws-cdk"
      project      = "order-processor"
    }
  }
}
