resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/api"
  retention_in_days = 30

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_cloudwatch_log_group" "jobs" {
  name              = "/aws/lambda/jobs"
  retention_in_days = 30

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_cloudwatch_log_group" "k8s" {
  name              = "/aws/eks/k8s/cluster"
  retention_in_days = 30

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_cloudwatch_log_group" "edge_waf_waf" {
  provider = aws.us_east_1

  name              = "aws-waf-logs-edge-waf"
  retention_in_days = 30

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_cloudwatch_log_group" "public_api" {
  name              = "/aws/apigateway/public-api"
  retention_in_days = 30

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_cloudwatch_log_group" "flow_logs" {
  name              = "/aws/vpc-flow-logs/main-vpc"
  retention_in_days = 30

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_flow_log" "flow_logs" {
  vpc_id                   = aws_vpc.main_vpc.id
  traffic_type             = "ALL"
  max_aggregation_interval = 600
  log_destination_type     = "cloud-watch-logs"
  log_destination          = aws_cloudwatch_log_group.flow_logs.arn
  iam_role_arn             = aws_iam_role.flow_logs_delivery.arn

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_cloudwatch_metric_alarm" "web_alb_alb_5xx_rate" {
  alarm_name          = "web-alb-alb-5xx-rate"
  alarm_description   = "Alarm on the 5xx answers of the load balancer of web-alb"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_ELB_5XX_Count"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 10
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    LoadBalancer = aws_lb.web_alb.arn_suffix
  }
  alarm_actions = [aws_sns_topic.events.arn]
  ok_actions    = [aws_sns_topic.events.arn]

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_cloudwatch_metric_alarm" "db_db_cpu_high" {
  alarm_name          = "db-db-cpu-high"
  alarm_description   = "Alarm on the database CPU (%) of db"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    DBInstanceIdentifier = aws_db_instance.db.identifier
  }
  alarm_actions = [aws_sns_topic.events.arn]
  ok_actions    = [aws_sns_topic.events.arn]

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_cloudwatch_metric_alarm" "aurora_db_cpu_high" {
  alarm_name          = "aurora-db-cpu-high"
  alarm_description   = "Alarm on the database CPU (%) of aurora"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    DBClusterIdentifier = aws_rds_cluster.aurora.cluster_identifier
  }
  alarm_actions = [aws_sns_topic.events.arn]
  ok_actions    = [aws_sns_topic.events.arn]

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_cloudwatch_metric_alarm" "orders_queue_age" {
  alarm_name          = "orders-queue-age"
  alarm_description   = "Alarm on the age of the oldest message (s) of orders"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateAgeOfOldestMessage"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 300
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  dimensions = {
    QueueName = aws_sqs_queue.orders.name
  }
  alarm_actions = [aws_sns_topic.events.arn]
  ok_actions    = [aws_sns_topic.events.arn]

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_s3_bucket" "audit_logs" {
  bucket_prefix = "audit-logs-"

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end-logs"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_s3_bucket_public_access_block" "audit_logs" {
  bucket                  = aws_s3_bucket.audit_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

data "aws_iam_policy_document" "audit_logs" {
  statement {
    sid       = "AWSCloudTrailAclCheck"
    effect    = "Allow"
    actions   = ["s3:GetBucketAcl"]
    resources = [aws_s3_bucket.audit_logs.arn]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values = [
        "arn:${data.aws_partition.current.partition}:cloudtrail:eu-west-3:${data.aws_caller_identity.current.account_id}:trail/audit",
      ]
    }
  }

  statement {
    sid       = "AWSCloudTrailWrite"
    effect    = "Allow"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.audit_logs.arn}/AWSLogs/${data.aws_caller_identity.current.account_id}/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceArn"
      values = [
        "arn:${data.aws_partition.current.partition}:cloudtrail:eu-west-3:${data.aws_caller_identity.current.account_id}:trail/audit",
      ]
    }

    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }
  }
}

resource "aws_s3_bucket_policy" "audit_logs" {
  bucket = aws_s3_bucket.audit_logs.id
  policy = data.aws_iam_policy_document.audit_logs.json
}

resource "aws_cloudwatch_log_group" "audit" {
  name              = "/aws/cloudtrail/audit"
  retention_in_days = 30

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_cloudtrail" "audit" {
  name                          = "audit"
  s3_bucket_name                = aws_s3_bucket.audit_logs.id
  include_global_service_events = true
  is_multi_region_trail         = true
  is_organization_trail         = false
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.audit.arn
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.audit.arn}:*"
  cloud_watch_logs_role_arn     = aws_iam_role.audit_cloudtrail.arn

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }

  depends_on = [aws_s3_bucket_policy.audit_logs]
}
