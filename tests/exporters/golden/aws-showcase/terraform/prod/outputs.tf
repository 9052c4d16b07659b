output "zone_zone_id" {
  description = "Hosted zone id of zone."
  value       = aws_route53_zone.zone.zone_id
}

output "zone_name_servers" {
  description = "Name servers to delegate zone to."
  value       = aws_route53_zone.zone.name_servers
}

output "internal_zone_zone_id" {
  description = "Hosted zone id of internal-zone."
  value       = aws_route53_zone.internal_zone.zone_id
}

output "main_vpc_vpc_id" {
  description = "Id of the VPC main-vpc."
  value       = aws_vpc.main_vpc.id
}

output "main_vpc_subnet_ids" {
  description = "Subnet ids of main-vpc, in model order."
  value = [
    aws_subnet.public_a.id,
    aws_subnet.public_b.id,
    aws_subnet.app_a.id,
    aws_subnet.app_b.id,
    aws_subnet.db_a.id,
    aws_subnet.db_b.id,
    aws_subnet.extra_a.id,
  ]
}

output "edge_vpc_vpc_id" {
  description = "Id of the VPC edge-vpc."
  value       = aws_vpc.edge_vpc.id
}

output "edge_vpc_subnet_ids" {
  description = "Subnet ids of edge-vpc, in model order."
  value       = [aws_subnet.edge_a.id, aws_subnet.edge_b.id]
}

output "shared_vpc_vpc_id" {
  description = "Id of the VPC shared-vpc."
  value       = aws_vpc.shared_vpc.id
}

output "shared_vpc_subnet_ids" {
  description = "Subnet ids of shared-vpc, in model order."
  value       = [aws_subnet.shared_a.id, aws_subnet.shared_b.id]
}

output "db_creds_secret_arn" {
  description = "ARN of the secret db-creds (its value is set outside Terraform)."
  value       = aws_secretsmanager_secret.db_creds.arn
}

output "data_key_key_arn" {
  description = "ARN of the KMS key data-key."
  value       = aws_kms_key.data_key.arn
}

output "users_pool_user_pool_id" {
  description = "Id of the Cognito user pool users-pool."
  value       = aws_cognito_user_pool.users_pool.id
}

output "web_alb_dns_name" {
  description = "DNS name of the load balancer web-alb."
  value       = aws_lb.web_alb.dns_name
}

output "tcp_nlb_dns_name" {
  description = "DNS name of the load balancer tcp-nlb."
  value       = aws_lb.tcp_nlb.dns_name
}

output "bastion_instance_ids" {
  description = "Instance ids of bastion."
  value       = [aws_instance.bastion.id]
}

output "worker_instance_ids" {
  description = "Instance ids of worker."
  value       = aws_instance.worker[*].id
}

output "api_service_name" {
  description = "Name of the ECS service api."
  value       = aws_ecs_service.api.name
}

output "jobs_function_arn" {
  description = "ARN of the Lambda function jobs."
  value       = aws_lambda_function.jobs.arn
}

output "repo_repository_url" {
  description = "URL of the ECR repository repo."
  value       = aws_ecr_repository.repo.repository_url
}

output "k8s_cluster_name" {
  description = "Name of the EKS cluster k8s."
  value       = aws_eks_cluster.k8s.name
}

output "k8s_cluster_endpoint" {
  description = "API server endpoint of the EKS cluster k8s."
  value       = aws_eks_cluster.k8s.endpoint
}

output "db_address" {
  description = "Host name of the database db."
  value       = aws_db_instance.db.address
}

output "db_master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the master password of db."
  value       = aws_db_instance.db.master_user_secret[0].secret_arn
}

output "aurora_endpoint" {
  description = "Writer endpoint of the Aurora cluster aurora."
  value       = aws_rds_cluster.aurora.endpoint
}

output "aurora_reader_endpoint" {
  description = "Reader endpoint of the Aurora cluster aurora."
  value       = aws_rds_cluster.aurora.reader_endpoint
}

output "aurora_master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the master password of aurora."
  value       = aws_rds_cluster.aurora.master_user_secret[0].secret_arn
}

output "spa_bucket_name" {
  description = "Name of the S3 bucket spa."
  value       = aws_s3_bucket.spa.id
}

output "orders_queue_url" {
  description = "URL of the SQS queue orders."
  value       = aws_sqs_queue.orders.url
}

output "events_topic_arn" {
  description = "ARN of the SNS topic events."
  value       = aws_sns_topic.events.arn
}

output "cdn_domain_name" {
  description = "Domain name of the CloudFront distribution cdn."
  value       = aws_cloudfront_distribution.cdn.domain_name
}

output "public_api_api_endpoint" {
  description = "Endpoint of the API public-api."
  value       = aws_apigatewayv2_api.public_api.api_endpoint
}
