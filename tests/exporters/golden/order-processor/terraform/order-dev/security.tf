resource "aws_security_group" "alb" {
  name        = "alb"
  description = "Security group of alb"
  vpc_id      = aws_vpc.order_vpc.id

  tags = {
    Name = "order-processor ALB"
  }
}

resource "aws_security_group" "order_service" {
  name        = "order-service"
  description = "Security group of order-service"
  vpc_id      = aws_vpc.order_vpc.id

  tags = {
    Name = "order-processor ECS service"
  }
}

resource "aws_security_group" "order_db" {
  name        = "order-db"
  description = "Security group of order-db"
  vpc_id      = aws_vpc.order_vpc.id

  tags = {
    Name = "orderdb (RDS for PostgreSQL)"
  }
}

resource "aws_secretsmanager_secret" "db_secret" {
  name                    = "db-secret"
  description             = "Auto-generated RDS master credentials read by the task role. Rotation is not configured; the seed prefers IAM database authentication (or rotation with dual credentials) as the fix."
  recovery_window_in_days = 30

  tags = {
    Name = "RDS master credentials"
  }
}

data "aws_iam_policy_document" "order_service_execution_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "order_service_execution" {
  name               = "order-service-execution"
  assume_role_policy = data.aws_iam_policy_document.order_service_execution_assume.json

  tags = {
    Name = "order-service-execution"
  }
}

data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "order_service_execution_amazonecstaskexecutionrolepolicy" {
  role       = aws_iam_role.order_service_execution.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

data "aws_iam_policy_document" "order_service_task_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "order_service_task" {
  name               = "order-service-task"
  assume_role_policy = data.aws_iam_policy_document.order_service_task_assume.json

  tags = {
    Name = "order-service-task"
  }
}

data "aws_iam_policy_document" "flow_logs_delivery_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["vpc-flow-logs.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "flow_logs_delivery" {
  name               = "flow-logs-delivery"
  assume_role_policy = data.aws_iam_policy_document.flow_logs_delivery_assume.json

  tags = {
    Name = "flow-logs-delivery"
  }
}

resource "aws_vpc_security_group_ingress_rule" "alb_from_users_80" {
  security_group_id = aws_security_group.alb.id
  description       = "http from users"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "order_service_from_alb_3000" {
  security_group_id            = aws_security_group.order_service.id
  description                  = "tcp from alb"
  ip_protocol                  = "tcp"
  from_port                    = 3000
  to_port                      = 3000
  referenced_security_group_id = aws_security_group.alb.id
}

resource "aws_vpc_security_group_egress_rule" "alb_to_order_service_3000" {
  security_group_id            = aws_security_group.alb.id
  description                  = "tcp to order-service"
  ip_protocol                  = "tcp"
  from_port                    = 3000
  to_port                      = 3000
  referenced_security_group_id = aws_security_group.order_service.id
}

resource "aws_vpc_security_group_ingress_rule" "order_db_from_order_service_5432" {
  security_group_id            = aws_security_group.order_db.id
  description                  = "tcp from order-service"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.order_service.id
}

resource "aws_vpc_security_group_egress_rule" "order_service_to_order_db_5432" {
  security_group_id            = aws_security_group.order_service.id
  description                  = "tcp to order-db"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.order_db.id
}

resource "aws_vpc_security_group_egress_rule" "order_service_to_aws_apis_443" {
  security_group_id = aws_security_group.order_service.id
  description       = "HTTPS to AWS service endpoints"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "alb_to_aws_apis_443" {
  security_group_id = aws_security_group.alb.id
  description       = "HTTPS to AWS service endpoints"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

data "aws_iam_policy_document" "order_service_access" {
  statement {
    effect = "Allow"
    actions = [
      "sqs:ChangeMessageVisibility",
      "sqs:DeleteMessage",
      "sqs:GetQueueAttributes",
      "sqs:ReceiveMessage",
      "sqs:SendMessage",
    ]
    resources = [aws_sqs_queue.order_queue.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
    resources = [aws_secretsmanager_secret.db_secret.arn]
  }
}

resource "aws_iam_role_policy" "order_service_access" {
  name   = "order-service-access"
  role   = aws_iam_role.order_service_task.id
  policy = data.aws_iam_policy_document.order_service_access.json
}

data "aws_iam_policy_document" "flow_logs_access" {
  statement {
    effect    = "Allow"
    actions   = ["logs:CreateLogStream", "logs:DescribeLogGroups", "logs:DescribeLogStreams", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.flow_logs.arn}:*"]
  }
}

resource "aws_iam_role_policy" "flow_logs_access" {
  name   = "flow-logs-access"
  role   = aws_iam_role.flow_logs_delivery.id
  policy = data.aws_iam_policy_document.flow_logs_access.json
}
