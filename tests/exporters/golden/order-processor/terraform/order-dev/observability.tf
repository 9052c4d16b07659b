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

resource "aws_cloudwatch_metric_alarm" "order_service_ecs_cpu_above_90" {
  alarm_name          = "order-service-ecs-cpu-above-90"
  alarm_description   = "Alarm on the service CPU (%) of order-service"
  namespace           = "AWS/ECS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    ClusterName = aws_ecs_cluster.order_service.name
    ServiceName = aws_ecs_service.order_service.name
  }
  alarm_actions = [aws_sns_topic.alarms_topic.arn]
  ok_actions    = [aws_sns_topic.alarms_topic.arn]

  tags = {
    Name = "CloudWatch logs and alarms"
  }
}

resource "aws_cloudwatch_metric_alarm" "order_service_ecs_memory_above_90" {
  alarm_name          = "order-service-ecs-memory-above-90"
  alarm_description   = "Alarm on the service memory (%) of order-service"
  namespace           = "AWS/ECS"
  metric_name         = "MemoryUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 90
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    ClusterName = aws_ecs_cluster.order_service.name
    ServiceName = aws_ecs_service.order_service.name
  }
  alarm_actions = [aws_sns_topic.alarms_topic.arn]
  ok_actions    = [aws_sns_topic.alarms_topic.arn]

  tags = {
    Name = "CloudWatch logs and alarms"
  }
}

resource "aws_cloudwatch_metric_alarm" "order_dlq_dlq_depth" {
  alarm_name          = "order-dlq-dlq-depth"
  alarm_description   = "Alarm on the messages waiting of order-dlq"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    QueueName = aws_sqs_queue.order_dlq.name
  }
  alarm_actions = [aws_sns_topic.alarms_topic.arn]
  ok_actions    = [aws_sns_topic.alarms_topic.arn]

  tags = {
    Name = "CloudWatch logs and alarms"
  }
}

resource "aws_cloudwatch_metric_alarm" "order_queue_queue_depth_above_1000" {
  alarm_name          = "order-queue-queue-depth-above-1000"
  alarm_description   = "Alarm on the messages waiting of order-queue"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1000
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    QueueName = aws_sqs_queue.order_queue.name
  }
  alarm_actions = [aws_sns_topic.alarms_topic.arn]
  ok_actions    = [aws_sns_topic.alarms_topic.arn]

  tags = {
    Name = "CloudWatch logs and alarms"
  }
}
