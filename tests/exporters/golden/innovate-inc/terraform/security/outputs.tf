output "log_key_key_arn" {
  description = "ARN of the KMS key log-key."
  value       = aws_kms_key.log_key.arn
}

output "log_archive_bucket_name" {
  description = "Name of the S3 bucket log-archive."
  value       = aws_s3_bucket.log_archive.id
}
