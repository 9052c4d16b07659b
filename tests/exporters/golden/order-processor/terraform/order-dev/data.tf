resource "aws_db_subnet_group" "order_db" {
  name       = "order-db"
  subnet_ids = [aws_subnet.isolated_a.id, aws_subnet.isolated_b.id]

  tags = {
    Name = "orderdb (RDS for PostgreSQL)"
  }
}

resource "aws_db_instance" "order_db" {
  identifier                          = "order-db"
  engine                              = "postgres"
  engine_version                      = "16"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  storage_type                        = "gp3"
  storage_encrypted                   = true
  db_subnet_group_name                = aws_db_subnet_group.order_db.name
  vpc_security_group_ids              = [aws_security_group.order_db.id]
  port                                = 5432
  username                            = var.order_db_master_username
  manage_master_user_password         = true
  multi_az                            = false
  publicly_accessible                 = false
  backup_retention_period             = 7
  deletion_protection                 = false
  iam_database_authentication_enabled = false
  performance_insights_enabled        = true
  monitoring_interval                 = 0
  auto_minor_version_upgrade          = true
  copy_tags_to_snapshot               = true
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "order-db-final"

  tags = {
    Name = "orderdb (RDS for PostgreSQL)"
  }
}

resource "aws_sqs_queue" "order_queue" {
  name                       = "order-queue"
  visibility_timeout_seconds = 30
  message_retention_seconds  = 345600
  delay_seconds              = 0
  receive_wait_time_seconds  = 0
  sqs_managed_sse_enabled    = true
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.order_dlq.arn
    maxReceiveCount     = 10
  })

  tags = {
    Name = "order-queue"
  }
}

resource "aws_sqs_queue" "order_dlq" {
  name                       = "order-dlq"
  visibility_timeout_seconds = 30
  message_retention_seconds  = 1209600
  delay_seconds              = 0
  receive_wait_time_seconds  = 0
  sqs_managed_sse_enabled    = true

  tags = {
    Name = "order-queue dead-letter queue"
  }
}

resource "aws_sqs_queue_redrive_allow_policy" "order_dlq_dlq" {
  queue_url = aws_sqs_queue.order_dlq.id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.order_queue.arn]
  })
}

resource "aws_sns_topic" "alarms_topic" {
  name = "alarms-topic"

  tags = {
    Name = "order-processor-alarms"
  }
}

resource "aws_s3_bucket" "alb_logs" {
  bucket_prefix = "alb-logs-"

  tags = {
    Name = "ALB access log bucket"
  }
}

resource "aws_s3_bucket_public_access_block" "alb_logs" {
  bucket                  = aws_s3_bucket.alb_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "alb_logs" {
  bucket = aws_s3_bucket.alb_logs.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "alb_logs" {
  bucket = aws_s3_bucket.alb_logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "alb_logs" {
  bucket = aws_s3_bucket.alb_logs.id

  versioning_configuration {
    status = "Disabled"
  }
}

data "aws_iam_policy_document" "alb_logs_bucket" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.alb_logs.arn, "${aws_s3_bucket.alb_logs.arn}/*"]

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

resource "aws_s3_bucket_policy" "alb_logs" {
  bucket = aws_s3_bucket.alb_logs.id
  policy = data.aws_iam_policy_document.alb_logs_bucket.json

  depends_on = [aws_s3_bucket_public_access_block.alb_logs]
}
