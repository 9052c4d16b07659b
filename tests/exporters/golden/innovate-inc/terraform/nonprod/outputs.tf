output "nonprod_vpc_vpc_id" {
  description = "Id of the VPC nonprod-vpc."
  value       = aws_vpc.nonprod_vpc.id
}

output "nonprod_vpc_subnet_ids" {
  description = "Subnet ids of nonprod-vpc, in model order."
  value = [
    aws_subnet.nonprod_public_a.id,
    aws_subnet.nonprod_public_b.id,
    aws_subnet.nonprod_public_c.id,
    aws_subnet.nonprod_private_a.id,
    aws_subnet.nonprod_private_b.id,
    aws_subnet.nonprod_private_c.id,
    aws_subnet.nonprod_db_a.id,
    aws_subnet.nonprod_db_b.id,
    aws_subnet.nonprod_db_c.id,
  ]
}

output "nonprod_db_secret_secret_arn" {
  description = "ARN of the secret nonprod-db-secret (its value is set outside Terraform)."
  value       = aws_secretsmanager_secret.nonprod_db_secret.arn
}

output "nonprod_alb_dns_name" {
  description = "DNS name of the load balancer nonprod-alb."
  value       = aws_lb.nonprod_alb.dns_name
}

output "nonprod_ecr_repository_url" {
  description = "URL of the ECR repository nonprod-ecr."
  value       = aws_ecr_repository.nonprod_ecr.repository_url
}

output "nonprod_eks_cluster_name" {
  description = "Name of the EKS cluster nonprod-eks."
  value       = aws_eks_cluster.nonprod_eks.name
}

output "nonprod_eks_cluster_endpoint" {
  description = "API server endpoint of the EKS cluster nonprod-eks."
  value       = aws_eks_cluster.nonprod_eks.endpoint
}

output "nonprod_aurora_endpoint" {
  description = "Writer endpoint of the Aurora cluster nonprod-aurora."
  value       = aws_rds_cluster.nonprod_aurora.endpoint
}

output "nonprod_aurora_reader_endpoint" {
  description = "Reader endpoint of the Aurora cluster nonprod-aurora."
  value       = aws_rds_cluster.nonprod_aurora.reader_endpoint
}

output "nonprod_aurora_master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the master password of nonprod-aurora."
  value       = aws_rds_cluster.nonprod_aurora.master_user_secret[0].secret_arn
}

output "nonprod_spa_bucket_name" {
  description = "Name of the S3 bucket nonprod-spa."
  value       = aws_s3_bucket.nonprod_spa.id
}

output "nonprod_cdn_domain_name" {
  description = "Domain name of the CloudFront distribution nonprod-cdn."
  value       = aws_cloudfront_distribution.nonprod_cdn.domain_name
}
