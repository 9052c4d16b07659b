output "dns_zone_id" {
  description = "Hosted zone id of dns."
  value       = aws_route53_zone.dns.zone_id
}

output "dns_name_servers" {
  description = "Name servers to delegate dns to."
  value       = aws_route53_zone.dns.name_servers
}

output "platform_vpc_vpc_id" {
  description = "Id of the VPC platform-vpc."
  value       = aws_vpc.platform_vpc.id
}

output "platform_vpc_subnet_ids" {
  description = "Subnet ids of platform-vpc, in model order."
  value = [
    aws_subnet.public_1.id,
    aws_subnet.public_2.id,
    aws_subnet.public_3.id,
    aws_subnet.app_1.id,
    aws_subnet.app_2.id,
    aws_subnet.app_3.id,
    aws_subnet.db_1.id,
    aws_subnet.db_2.id,
    aws_subnet.db_3.id,
    aws_subnet.admin_1.id,
    aws_subnet.admin_2.id,
    aws_subnet.admin_3.id,
  ]
}

output "ingress_nlb_dns_name" {
  description = "DNS name of the load balancer ingress-nlb."
  value       = aws_lb.ingress_nlb.dns_name
}

output "bastion_instance_ids" {
  description = "Instance ids of bastion."
  value       = [aws_instance.bastion.id]
}

output "ecr_repository_url" {
  description = "URL of the ECR repository ecr."
  value       = aws_ecr_repository.ecr.repository_url
}

output "eks_cluster_name" {
  description = "Name of the EKS cluster eks."
  value       = aws_eks_cluster.eks.name
}

output "eks_cluster_endpoint" {
  description = "API server endpoint of the EKS cluster eks."
  value       = aws_eks_cluster.eks.endpoint
}

output "db_address" {
  description = "Host name of the database db."
  value       = aws_db_instance.db.address
}

output "db_master_user_secret_arn" {
  description = "ARN of the Secrets Manager secret holding the master password of db."
  value       = aws_db_instance.db.master_user_secret[0].secret_arn
}

output "tfstate_bucket_name" {
  description = "Name of the S3 bucket tfstate."
  value       = aws_s3_bucket.tfstate.id
}
