resource "aws_cloudwatch_log_group" "prod_eks" {
  name              = "/aws/eks/prod-eks/cluster"
  retention_in_days = 0

  tags = {
    Name = "Application EKS cluster"
  }
}

resource "aws_flow_log" "prod_flow_logs" {
  vpc_id                   = aws_vpc.prod_vpc.id
  traffic_type             = "ALL"
  max_aggregation_interval = 600
  log_destination_type     = "s3"
  log_destination          = var.prod_flow_logs_bucket_arn

  tags = {
    Name = "VPC flow logs"
  }
}
