resource "aws_organizations_organization" "organization" {
  feature_set                   = "ALL"
  enabled_policy_types          = ["SERVICE_CONTROL_POLICY"]
  aws_service_access_principals = ["cloudtrail.amazonaws.com", "sso.amazonaws.com"]
}

resource "aws_organizations_organizational_unit" "organization_security" {
  name      = "Security"
  parent_id = aws_organizations_organization.organization.roots[0].id

  tags = {
    Name = "Security"
  }
}

resource "aws_organizations_organizational_unit" "organization_infrastructure" {
  name      = "Infrastructure"
  parent_id = aws_organizations_organization.organization.roots[0].id

  tags = {
    Name = "Infrastructure"
  }
}

resource "aws_organizations_organizational_unit" "organization_workloads" {
  name      = "Workloads"
  parent_id = aws_organizations_organization.organization.roots[0].id

  tags = {
    Name = "Workloads"
  }
}
