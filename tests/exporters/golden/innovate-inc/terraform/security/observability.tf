resource "aws_s3_bucket" "org_trail_logs" {
  bucket_prefix = "org-trail-logs-"

  tags = {
    Name = "Organization trail-logs"
  }
}

resource "aws_s3_bucket_public_access_block" "org_trail_logs" {
  bucket                  = aws_s3_bucket.org_trail_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

data "aws_iam_policy_document" "org_trail_logs" {
  statement {
    sid       = "AWSCloudTrailAclCheck"
    effect    = "Allow"
    actions   = ["s3:GetBucketAcl"]
    resources = [aws_s3_bucket.org_trail_logs.arn]

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

  statement {
    sid       = "AWSCloudTrailWrite"
    effect    = "Allow"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.org_trail_logs.arn}/AWSLogs/${data.aws_caller_identity.current.account_id}/*"]

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

    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }
  }
}

resource "aws_s3_bucket_policy" "org_trail_logs" {
  bucket = aws_s3_bucket.org_trail_logs.id
  policy = data.aws_iam_policy_document.org_trail_logs.json
}

resource "aws_cloudtrail" "org_trail" {
  name                          = "org-trail"
  s3_bucket_name                = aws_s3_bucket.org_trail_logs.id
  include_global_service_events = true
  is_multi_region_trail         = true
  is_organization_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.org_trail.arn

  tags = {
    Name = "Organization trail"
  }

  depends_on = [aws_s3_bucket_policy.org_trail_logs]
}
