resource "aws_db_subnet_group" "dev_aurora" {
  name       = "dev-aurora"
  subnet_ids = [aws_subnet.dev_db_a.id, aws_subnet.dev_db_b.id]

  tags = {
    Name = "Aurora PostgreSQL"
  }
}

resource "aws_rds_cluster" "dev_aurora" {
  cluster_identifier                  = "dev-aurora"
  engine                              = "aurora-postgresql"
  engine_version                      = "16"
  master_username                     = var.dev_aurora_master_username
  manage_master_user_password         = true
  db_subnet_group_name                = aws_db_subnet_group.dev_aurora.name
  vpc_security_group_ids              = [aws_security_group.dev_aurora.id]
  port                                = 5432
  storage_encrypted                   = true
  backup_retention_period             = 7
  deletion_protection                 = false
  iam_database_authentication_enabled = false
  copy_tags_to_snapshot               = true
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "dev-aurora-final"

  tags = {
    Name = "Aurora PostgreSQL"
  }
}

resource "aws_rds_cluster_instance" "dev_aurora" {
  count = 2

  identifier                   = "dev-aurora-${count.index + 1}"
  cluster_identifier           = aws_rds_cluster.dev_aurora.id
  instance_class               = "db.t4g.medium"
  engine                       = aws_rds_cluster.dev_aurora.engine
  engine_version               = aws_rds_cluster.dev_aurora.engine_version
  db_subnet_group_name         = aws_db_subnet_group.dev_aurora.name
  performance_insights_enabled = false

  tags = {
    Name = "Aurora PostgreSQL"
  }
}

resource "aws_s3_bucket" "dev_spa" {
  bucket_prefix = "dev-spa-"

  tags = {
    Name = "SPA bucket (React)"
  }
}

resource "aws_s3_bucket_public_access_block" "dev_spa" {
  bucket                  = aws_s3_bucket.dev_spa.id
  block_public_acls       = false
  block_public_policy     = false
  ignore_public_acls      = false
  restrict_public_buckets = false
}

resource "aws_s3_bucket_ownership_controls" "dev_spa" {
  bucket = aws_s3_bucket.dev_spa.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "dev_spa" {
  bucket = aws_s3_bucket.dev_spa.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "dev_spa" {
  bucket = aws_s3_bucket.dev_spa.id

  versioning_configuration {
    status = "Enabled"
  }
}

data "aws_iam_policy_document" "dev_spa_bucket" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.dev_spa.arn, "${aws_s3_bucket.dev_spa.arn}/*"]

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

resource "aws_s3_bucket_policy" "dev_spa" {
  bucket = aws_s3_bucket.dev_spa.id
  policy = data.aws_iam_policy_document.dev_spa_bucket.json

  depends_on = [aws_s3_bucket_public_access_block.dev_spa]
}
