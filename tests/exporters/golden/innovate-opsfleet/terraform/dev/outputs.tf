output "dev_vpc_vpc_id" {
  description = "Id of the VPC dev-vpc."
  value       = aws_vpc.dev_vpc.id
}

output "dev_vpc_subnet_ids" {
  description = "Subnet ids of dev-vpc, in model order."
  value = [
    aws_subnet.dev_public_a.id,
    aws_subnet.dev_public_b.id,
    aws_subnet.dev_private_a.id,
    aws_subnet.dev_private_b.id,
    aws_subnet.dev_db_a.id,
    aws_subnet.dev_db_b.id,
  ]
}

output "dev_db_secret_secret_arn" {
  description = "ARN of the secret dev-db-secret (its value is set outside Terraform)."
  value       = aws_secretsmanager_secret.dev_db_secret.arn
}

output "dev_alb_dns_name" {
  description = "DNS name of the load balancer dev-alb."
  value       = aws_lb.dev_alb.dns_name
}

output "dev_bastion_instance_ids" {
  description = "Instance ids of dev-bastion."
  value       = [aws_instance.dev_bastion.id]
}

output "dev_ecr_repository_url" {
  description = "URL of the ECR repository dev-ecr."
  value       = aws_ecr_repository.dev_ecr.repository_url
}

output "dev_eks_cluster_name" {
  description = "Name of the EKS cluster dev-eks."
  value       = aws_eks_cluster.dev_eks.name
}

output "dev_eks_cluster_endpoint" {
  description = "API server endpoint of the EKS cluster dev-eks."
  value       = aws_eks_cluster.dev_eks.endpoint
}

output "dev_aurora_endpoint" {
  description = "Writer endpoint of the Aurora cluster dev-aurora."
  value       = aws_rds_cluster.dev_aurora.endpoint
}

output "dev_aurora_reader_endpoint" {
  description = "Reader endpoint of the Aurora cluster dev-aurora."
  value       = aws_rds_cluster.dev_aurora.reader_endpoint
}

output "dev_aurora_master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the master password of dev-aurora."
  value       = aws_rds_cluster.dev_aurora.master_user_secret[0].secret_arn
}

output "dev_spa_bucket_name" {
  description = "Name of the S3 bucket dev-spa."
  value       = aws_s3_bucket.dev_spa.id
}

output "dev_cdn_domain_name" {
  description = "Domain name of the CloudFront distribution dev-cdn."
  value       = aws_cloudfront_distribution.dev_cdn.domain_name
}
