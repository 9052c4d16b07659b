provider "aws" {
  region = "eu-west-3"

  default_tags {
    tags = {
      ManagedBy     = "cloudwright"
      "cost-center" = "42"
      project       = "showcase"
    }
  }
}

# CloudFront certificates and web ACLs live in us-east-1.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = {
      ManagedBy     = "cloudwright"
      "cost-center" = "42"
      project       = "showcase"
    }
  }
}
