resource "aws_cloudwatch_log_group" "nonprod_eks" {
  name              = "/aws/eks/nonprod-eks/cluster"
  retention_in_days = 0

  tags = {
    Name = "Application EKS cluster"
  }
}

resource "aws_flow_log" "nonprod_flow_logs" {
  vpc_id                   = aws_vpc.nonprod_vpc.id
  traffic_type             = "ALL"
  max_aggregation_interval = 600
  log_destination_type     = "s3"
  log_destination          = var.nonprod_flow_logs_bucket_arn

  tags = {
    Name = "VPC flow logs"
  }
}
