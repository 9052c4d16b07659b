output "prod_vpc_vpc_id" {
  description = "Id of the VPC prod-vpc."
  value       = aws_vpc.prod_vpc.id
}

output "prod_vpc_subnet_ids" {
  description = "Subnet ids of prod-vpc, in model order."
  value = [
    aws_subnet.prod_public_a.id,
    aws_subnet.prod_public_b.id,
    aws_subnet.prod_public_c.id,
    aws_subnet.prod_private_a.id,
    aws_subnet.prod_private_b.id,
    aws_subnet.prod_private_c.id,
    aws_subnet.prod_db_a.id,
    aws_subnet.prod_db_b.id,
    aws_subnet.prod_db_c.id,
  ]
}

output "prod_db_secret_secret_arn" {
  description = "ARN of the secret prod-db-secret (its value is set outside Terraform)."
  value       = aws_secretsmanager_secret.prod_db_secret.arn
}

output "prod_alb_dns_name" {
  description = "DNS name of the load balancer prod-alb."
  value       = aws_lb.prod_alb.dns_name
}

output "prod_ecr_repository_url" {
  description = "URL of the ECR repository prod-ecr."
  value       = aws_ecr_repository.prod_ecr.repository_url
}

output "prod_eks_cluster_name" {
  description = "Name of the EKS cluster prod-eks."
  value       = aws_eks_cluster.prod_eks.name
}

output "prod_eks_cluster_endpoint" {
  description = "API server endpoint of the EKS cluster prod-eks."
  value       = aws_eks_cluster.prod_eks.endpoint
}

output "prod_aurora_endpoint" {
  description = "Writer endpoint of the Aurora cluster prod-aurora."
  value       = aws_rds_cluster.prod_aurora.endpoint
}

output "prod_aurora_reader_endpoint" {
  description = "Reader endpoint of the Aurora cluster prod-aurora."
  value       = aws_rds_cluster.prod_aurora.reader_endpoint
}

output "prod_aurora_master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the master password of prod-aurora."
  value       = aws_rds_cluster.prod_aurora.master_user_secret[0].secret_arn
}

output "prod_spa_bucket_name" {
  description = "Name of the S3 bucket prod-spa."
  value       = aws_s3_bucket.prod_spa.id
}

output "prod_cdn_domain_name" {
  description = "Domain name of the CloudFront distribution prod-cdn."
  value       = aws_cloudfront_distribution.prod_cdn.domain_name
}
