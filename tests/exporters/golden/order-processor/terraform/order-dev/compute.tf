resource "aws_ecs_cluster" "order_service" {
  name = "order-service"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  tags = {
    Name = "order-processor ECS service"
  }
}

resource "aws_ecs_task_definition" "order_service" {
  family                   = "order-service"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.order_service_execution.arn
  task_role_arn            = aws_iam_role.order_service_task.arn
  container_definitions = jsonencode([
    {
      name                   = "order-service"
      image                  = "order-processor:latest"
      essential              = true
      readonlyRootFilesystem = false
      portMappings = [
        {
          containerPort = 3000
          protocol      = "tcp"
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          "awslogs-group"         = aws_cloudwatch_log_group.order_service.name
          "awslogs-region"        = "ap-southeast-2"
          "awslogs-stream-prefix" = "order-service"
        }
      }
    },
  ])

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  tags = {
    Name = "order-processor ECS service"
  }
}

resource "aws_ecs_service" "order_service" {
  name                   = "order-service"
  cluster                = aws_ecs_cluster.order_service.id
  task_definition        = aws_ecs_task_definition.order_service.arn
  desired_count          = 1
  launch_type            = "FARGATE"
  enable_execute_command = false
  propagate_tags         = "SERVICE"

  network_configuration {
    subnets          = [aws_subnet.private_a.id, aws_subnet.private_b.id]
    security_groups  = [aws_security_group.order_service.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.alb_order_service.arn
    container_name   = "order-service"
    container_port   = 3000
  }

  deployment_circuit_breaker {
    enable   = false
    rollback = false
  }

  tags = {
    Name = "order-processor ECS service"
  }

  depends_on = [aws_lb_listener.alb_http]

  lifecycle {
    ignore_changes = [desired_count]
  }
}

resource "aws_appautoscaling_target" "order_service" {
  max_capacity       = 5
  min_capacity       = 1
  resource_id        = "service/${aws_ecs_cluster.order_service.name}/${aws_ecs_service.order_service.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
}

resource "aws_appautoscaling_policy" "order_service_cpu" {
  name               = "order-service-cpu"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.order_service.resource_id
  scalable_dimension = aws_appautoscaling_target.order_service.scalable_dimension
  service_namespace  = aws_appautoscaling_target.order_service.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 70

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_ecr_repository" "ecr" {
  name                 = "ecr"
  image_tag_mutability = "MUTABLE"

  encryption_configuration {
    encryption_type = "AES256"
  }

  image_scanning_configuration {
    scan_on_push = true
  }

  tags = {
    Name = "order-processor repository"
  }
}
