resource "aws_db_subnet_group" "prod_aurora" {
  name       = "prod-aurora"
  subnet_ids = [aws_subnet.prod_db_a.id, aws_subnet.prod_db_b.id, aws_subnet.prod_db_c.id]

  tags = {
    Name = "Aurora PostgreSQL"
  }
}

resource "aws_rds_cluster" "prod_aurora" {
  cluster_identifier                  = "prod-aurora"
  engine                              = "aurora-postgresql"
  engine_version                      = "16"
  master_username                     = var.prod_aurora_master_username
  manage_master_user_password         = true
  db_subnet_group_name                = aws_db_subnet_group.prod_aurora.name
  vpc_security_group_ids              = [aws_security_group.prod_aurora.id]
  port                                = 5432
  storage_encrypted                   = true
  backup_retention_period             = 14
  deletion_protection                 = true
  iam_database_authentication_enabled = false
  copy_tags_to_snapshot               = true
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "prod-aurora-final"

  tags = {
    Name = "Aurora PostgreSQL"
  }
}

resource "aws_rds_cluster_instance" "prod_aurora" {
  count = 2

  identifier                   = "prod-aurora-${count.index + 1}"
  cluster_identifier           = aws_rds_cluster.prod_aurora.id
  instance_class               = "db.r7g.large"
  engine                       = aws_rds_cluster.prod_aurora.engine
  engine_version               = aws_rds_cluster.prod_aurora.engine_version
  db_subnet_group_name         = aws_db_subnet_group.prod_aurora.name
  performance_insights_enabled = false

  tags = {
    Name = "Aurora PostgreSQL"
  }
}

resource "aws_s3_bucket" "prod_spa" {
  bucket_prefix = "prod-spa-"

  tags = {
    Name = "SPA bucket (React)"
  }
}

resource "aws_s3_bucket_public_access_block" "prod_spa" {
  bucket                  = aws_s3_bucket.prod_spa.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "prod_spa" {
  bucket = aws_s3_bucket.prod_spa.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "prod_spa" {
  bucket = aws_s3_bucket.prod_spa.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "prod_spa" {
  bucket = aws_s3_bucket.prod_spa.id

  versioning_configuration {
    status = "Enabled"
  }
}

data "aws_iam_policy_document" "prod_spa_bucket" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.prod_spa.arn, "${aws_s3_bucket.prod_spa.arn}/*"]

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
    sid       = "AllowCloudFrontprodCdn"
    effect    = "Allow"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.prod_spa.arn}/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = [aws_cloudfront_distribution.prod_cdn.arn]
    }
  }
}

resource "aws_s3_bucket_policy" "prod_spa" {
  bucket = aws_s3_bucket.prod_spa.id
  policy = data.aws_iam_policy_document.prod_spa_bucket.json

  depends_on = [aws_s3_bucket_public_access_block.prod_spa]
}
