resource "aws_guardduty_detector" "guardduty" {
  enable                       = true
  finding_publishing_frequency = "SIX_HOURS"

  tags = {
    Name = "GuardDuty"
  }
}

resource "aws_guardduty_detector_feature" "guardduty_s3_data_events" {
  detector_id = aws_guardduty_detector.guardduty.id
  name        = "S3_DATA_EVENTS"
  status      = "ENABLED"
}

resource "aws_guardduty_detector_feature" "guardduty_eks_audit_logs" {
  detector_id = aws_guardduty_detector.guardduty.id
  name        = "EKS_AUDIT_LOGS"
  status      = "ENABLED"
}

resource "aws_guardduty_detector_feature" "guardduty_runtime_monitoring" {
  detector_id = aws_guardduty_detector.guardduty.id
  name        = "RUNTIME_MONITORING"
  status      = "DISABLED"
}

resource "aws_guardduty_detector_feature" "guardduty_ebs_malware_protection" {
  detector_id = aws_guardduty_detector.guardduty.id
  name        = "EBS_MALWARE_PROTECTION"
  status      = "DISABLED"
}

resource "aws_guardduty_detector_feature" "guardduty_rds_login_events" {
  detector_id = aws_guardduty_detector.guardduty.id
  name        = "RDS_LOGIN_EVENTS"
  status      = "ENABLED"
}

resource "aws_kms_key" "log_key" {
  description              = "Customer-managed key for the trail and the log archive, rotated yearly."
  key_usage                = "ENCRYPT_DECRYPT"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  enable_key_rotation      = true
  rotation_period_in_days  = 365
  multi_region             = false
  deletion_window_in_days  = 30

  tags = {
    Name = "Log encryption key"
  }
}

resource "aws_kms_alias" "log_key" {
  name          = "alias/log-key"
  target_key_id = aws_kms_key.log_key.key_id
}

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_iam_policy_document" "org_trail_key" {
  statement {
    sid       = "AccountAdministration"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type = "AWS"
      identifiers = [
        "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root",
      ]
    }
  }

  statement {
    sid       = "CloudTrailEncrypt"
    actions   = ["kms:DescribeKey", "kms:GenerateDataKey*"]
    resources = ["*"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values = [
        "arn:${data.aws_partition.current.partition}:cloudtrail:eu-west-1:${data.aws_caller_identity.current.account_id}:trail/org-trail",
      ]
    }
  }
}

resource "aws_kms_key" "org_trail" {
  description             = "Encrypts the CloudTrail logs of org-trail"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.org_trail_key.json

  tags = {
    Name = "Organization trail"
  }
}
