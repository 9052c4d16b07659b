resource "aws_sqs_queue" "jobs_dlq" {
  name                      = "jobs-dlq"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_db_subnet_group" "db" {
  name       = "db"
  subnet_ids = [aws_subnet.db_a.id, aws_subnet.db_b.id]

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_db_instance" "db" {
  identifier                          = "db"
  engine                              = "postgres"
  engine_version                      = "17"
  instance_class                      = "db.m7g.large"
  allocated_storage                   = 20
  max_allocated_storage               = 200
  storage_type                        = "gp3"
  storage_encrypted                   = true
  db_subnet_group_name                = aws_db_subnet_group.db.name
  vpc_security_group_ids              = [aws_security_group.db.id]
  port                                = 5432
  username                            = var.db_master_username
  manage_master_user_password         = true
  multi_az                            = true
  publicly_accessible                 = false
  backup_retention_period             = 14
  deletion_protection                 = true
  iam_database_authentication_enabled = true
  performance_insights_enabled        = false
  monitoring_interval                 = 60
  monitoring_role_arn                 = aws_iam_role.db_monitoring.arn
  enabled_cloudwatch_logs_exports     = ["postgresql"]
  auto_minor_version_upgrade          = true
  copy_tags_to_snapshot               = true
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "db-final"

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_db_subnet_group" "aurora" {
  name       = "aurora"
  subnet_ids = [aws_subnet.db_a.id, aws_subnet.db_b.id]

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier                  = "aurora"
  engine                              = "aurora-postgresql"
  engine_version                      = "16"
  master_username                     = var.aurora_master_username
  manage_master_user_password         = true
  db_subnet_group_name                = aws_db_subnet_group.aurora.name
  vpc_security_group_ids              = [aws_security_group.aurora.id]
  port                                = 5432
  storage_encrypted                   = true
  backup_retention_period             = 1
  deletion_protection                 = false
  iam_database_authentication_enabled = false
  copy_tags_to_snapshot               = true
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "aurora-final"

  serverlessv2_scaling_configuration {
    max_capacity = 16
    min_capacity = 0.5
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_rds_cluster_instance" "aurora" {
  count = 2

  identifier                   = "aurora-${count.index + 1}"
  cluster_identifier           = aws_rds_cluster.aurora.id
  instance_class               = "db.serverless"
  engine                       = aws_rds_cluster.aurora.engine
  engine_version               = aws_rds_cluster.aurora.engine_version
  db_subnet_group_name         = aws_db_subnet_group.aurora.name
  performance_insights_enabled = false

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_s3_bucket" "spa" {
  bucket_prefix = "spa-"

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_s3_bucket_public_access_block" "spa" {
  bucket                  = aws_s3_bucket.spa.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "spa" {
  bucket = aws_s3_bucket.spa.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "spa" {
  bucket = aws_s3_bucket.spa.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "spa" {
  bucket = aws_s3_bucket.spa.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "spa" {
  bucket = aws_s3_bucket.spa.id

  rule {
    id     = "expire-after-365-days"
    status = "Enabled"

    filter {}

    expiration {
      days = 365
    }

    noncurrent_version_expiration {
      noncurrent_days = 365
    }
  }
}

data "aws_iam_policy_document" "spa_bucket" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.spa.arn, "${aws_s3_bucket.spa.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  statement {
    sid       = "AllowCloudFrontcdn"
    effect    = "Allow"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.spa.arn}/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = [aws_cloudfront_distribution.cdn.arn]
    }
  }
}

resource "aws_s3_bucket_policy" "spa" {
  bucket = aws_s3_bucket.spa.id
  policy = data.aws_iam_policy_document.spa_bucket.json

  depends_on = [aws_s3_bucket_public_access_block.spa]
}

resource "aws_sqs_queue" "orders_dlq" {
  name                      = "orders-dlq"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end-dlq"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_sqs_queue" "orders" {
  name                       = "orders"
  visibility_timeout_seconds = 30
  message_retention_seconds  = 345600
  delay_seconds              = 0
  receive_wait_time_seconds  = 0
  sqs_managed_sse_enabled    = true
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.orders_dlq.arn
    maxReceiveCount     = 5
  })

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_sqs_queue_redrive_allow_policy" "orders_dlq" {
  queue_url = aws_sqs_queue.orders_dlq.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.orders.arn]
  })
}

resource "aws_sns_topic" "events" {
  name              = "events"
  kms_master_key_id = "alias/aws/sns"

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_s3_bucket" "evil_bucket" {
  bucket_prefix = "evil-bucket-"

  tags = {
    Name = "evil-bucket"
  }
}

resource "aws_s3_bucket_public_access_block" "evil_bucket" {
  bucket                  = aws_s3_bucket.evil_bucket.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "evil_bucket" {
  bucket = aws_s3_bucket.evil_bucket.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "evil_bucket" {
  bucket = aws_s3_bucket.evil_bucket.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "evil_bucket" {
  bucket = aws_s3_bucket.evil_bucket.id

  versioning_configuration {
    status = "Disabled"
  }
}

data "aws_iam_policy_document" "evil_bucket_bucket" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.evil_bucket.arn, "${aws_s3_bucket.evil_bucket.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "evil_bucket" {
  bucket = aws_s3_bucket.evil_bucket.id
  policy = data.aws_iam_policy_document.evil_bucket_bucket.json

  depends_on = [aws_s3_bucket_public_access_block.evil_bucket]
}

resource "aws_sns_topic_subscription" "events_orders" {
  topic_arn            = aws_sns_topic.events.arn
  protocol             = "sqs"
  endpoint             = aws_sqs_queue.orders.arn
  raw_message_delivery = true
}

data "aws_iam_policy_document" "orders_queue" {
  statement {
    sid       = "AllowSNSevents"
    effect    = "Allow"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.orders.arn]

    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_sns_topic.events.arn]
    }
  }
}

resource "aws_sqs_queue_policy" "orders" {
  queue_url = aws_sqs_queue.orders.id
  policy    = data.aws_iam_policy_document.orders_queue.json
}
