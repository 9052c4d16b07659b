resource "aws_cloudwatch_log_group" "order_service" {
  name              = "/ecs/order-service"
  retention_in_days = 7

  tags = {
    Name = "order-processor ECS service"
  }
}

resource "aws_cloudwatch_log_group" "flow_logs" {
  name              = "/aws/vpc-flow-logs/order-vpc"
  retention_in_days = 7

  tags = {
    Name = "VPC flow logs"
  }
}

resource "aws_flow_log" "flow_logs" {
  vpc_id                   = aws_vpc.order_vpc.id
  traffic_type             = "ALL"
  max_aggregation_interval = 600
  log_destination_type     = "cloud-watch-logs"
  log_destination          = aws_cloudwatch_log_group.flow_logs.arn
  iam_role_arn             = aws_iam_role.flow_logs_delivery.arn

  tags = {
    Name = "VPC flow logs"
  }
}
