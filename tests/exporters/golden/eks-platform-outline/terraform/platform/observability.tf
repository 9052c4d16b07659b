resource "aws_cloudwatch_log_group" "eks" {
  name              = "/aws/eks/eks/cluster"
  retention_in_days = 0

  tags = {
    Name = "Platform EKS cluster"
  }
}
