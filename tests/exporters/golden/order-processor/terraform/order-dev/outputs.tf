output "order_vpc_vpc_id" {
  description = "Id of the VPC order-vpc."
  value       = aws_vpc.order_vpc.id
}

output "order_vpc_subnet_ids" {
  description = "Subnet ids of order-vpc, in model order."
  value = [
    aws_subnet.public_a.id,
    aws_subnet.public_b.id,
    aws_subnet.private_a.id,
    aws_subnet.private_b.id,
    aws_subnet.isolated_a.id,
    aws_subnet.isolated_b.id,
  ]
}

output "db_secret_secret_arn" {
  description = "ARN of the secret db-secret (its value is set outside Terraform)."
  value       = aws_secretsmanager_secret.db_secret.arn
}

output "alb_dns_name" {
  description = "DNS name of the load balancer alb."
  value       = aws_lb.alb.dns_name
}

output "order_service_service_name" {
  description = "Name of the ECS service order-service."
  value       = aws_ecs_service.order_service.name
}

output "ecr_repository_url" {
  description = "URL of the ECR repository ecr."
  value       = aws_ecr_repository.ecr.repository_url
}

output "order_db_address" {
  description = "Host name of the database order-db."
  value       = aws_db_instance.order_db.address
}

output "order_db_master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the master password of order-db."
  value       = aws_db_instance.order_db.master_user_secret[0].secret_arn
}

output "order_queue_queue_url" {
  description = "URL of the SQS queue order-queue."
  value       = aws_sqs_queue.order_queue.url
}

output "order_dlq_queue_url" {
  description = "URL of the SQS queue order-dlq."
  value       = aws_sqs_queue.order_dlq.url
}

output "alarms_topic_topic_arn" {
  description = "ARN of the SNS topic alarms-topic."
  value       = aws_sns_topic.alarms_topic.arn
}

output "alb_logs_bucket_name" {
  description = "Name of the S3 bucket alb-logs."
  value       = aws_s3_bucket.alb_logs.id
}
