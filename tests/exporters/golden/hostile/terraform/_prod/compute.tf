resource "aws_lambda_permission" "jobs_from_web_alb" {
  statement_id  = "AllowExecutionFromLoadBalancer"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.jobs.function_name
  principal     = "elasticloadbalancing.amazonaws.com"
  source_arn    = aws_lb_target_group.web_alb_jobs.arn
}

data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_instance" "bastion" {
  ami                         = data.aws_ssm_parameter.al2023.insecure_value
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public_a.id
  vpc_security_group_ids      = [aws_security_group.bastion.id]
  associate_public_ip_address = true
  iam_instance_profile        = aws_iam_instance_profile.bastion.name
  key_name                    = var.bastion_key_name

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  root_block_device {
    volume_type = "gp3"
    encrypted   = true
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

data "aws_ssm_parameter" "al2023_arm64" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"
}

resource "aws_instance" "worker" {
  count = 2

  ami                         = data.aws_ssm_parameter.al2023_arm64.insecure_value
  instance_type               = "m7g.large"
  subnet_id                   = element([aws_subnet.app_a.id, aws_subnet.app_b.id], count.index)
  vpc_security_group_ids      = [aws_security_group.worker.id]
  associate_public_ip_address = false
  iam_instance_profile        = aws_iam_instance_profile.worker.name
  monitoring                  = false

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  root_block_device {
    volume_size = 8
    volume_type = "gp3"
    encrypted   = true
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_ecs_cluster" "api" {
  name = "api"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.api_execution.arn
  task_role_arn            = aws_iam_role.api_task.arn
  container_definitions = jsonencode([
    {
      name                   = "api"
      image                  = var.api_image
      essential              = true
      readonlyRootFilesystem = false
      portMappings = [
        {
          containerPort = 8080
          protocol      = "tcp"
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          "awslogs-group"         = aws_cloudwatch_log_group.api.name
          "awslogs-region"        = "eu-west-3"
          "awslogs-stream-prefix" = "api"
        }
      }
    },
  ])

  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_ecs_service" "api" {
  name                   = "api"
  cluster                = aws_ecs_cluster.api.id
  task_definition        = aws_ecs_task_definition.api.arn
  desired_count          = 2
  launch_type            = "FARGATE"
  enable_execute_command = false
  propagate_tags         = "SERVICE"

  network_configuration {
    subnets          = [aws_subnet.app_a.id, aws_subnet.app_b.id]
    security_groups  = [aws_security_group.api.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.web_alb_api.arn
    container_name   = "api"
    container_port   = 8080
  }

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }

  depends_on = [aws_lb_listener.web_alb_https]

  lifecycle {
    ignore_changes = [desired_count]
  }
}

resource "aws_appautoscaling_target" "api" {
  max_capacity       = 6
  min_capacity       = 2
  resource_id        = "service/${aws_ecs_cluster.api.name}/${aws_ecs_service.api.name}"
  scalable_dimension = "ecs:service:DesiredCount"
  service_namespace  = "ecs"
}

resource "aws_appautoscaling_policy" "api_cpu" {
  name               = "api-cpu"
  policy_type        = "TargetTrackingScaling"
  resource_id        = aws_appautoscaling_target.api.resource_id
  scalable_dimension = aws_appautoscaling_target.api.scalable_dimension
  service_namespace  = aws_appautoscaling_target.api.service_namespace

  target_tracking_scaling_policy_configuration {
    target_value = 70

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_lambda_function" "jobs" {
  function_name = "jobs"
  role          = aws_iam_role.jobs_lambda.arn
  package_type  = "Zip"
  filename      = var.jobs_package
  handler       = var.jobs_handler
  runtime       = "python3.13"
  architectures = ["x86_64"]
  memory_size   = 128
  timeout       = 3

  ephemeral_storage {
    size = 512
  }

  logging_config {
    log_format = "JSON"
    log_group  = aws_cloudwatch_log_group.jobs.name
  }

  tracing_config {
    mode = "Active"
  }

  vpc_config {
    subnet_ids         = [aws_subnet.app_a.id, aws_subnet.app_b.id]
    security_group_ids = [aws_security_group.jobs.id]
  }

  dead_letter_config {
    target_arn = aws_sqs_queue.jobs_dlq.arn
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }

  depends_on = [aws_cloudwatch_log_group.jobs]
}

resource "aws_ecr_repository" "repo" {
  name                 = "repo"
  image_tag_mutability = "MUTABLE"

  encryption_configuration {
    encryption_type = "AES256"
  }

  image_scanning_configuration {
    scan_on_push = true
  }

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_ecr_lifecycle_policy" "repo" {
  repository = aws_ecr_repository.repo.name
  policy = jsonencode({
    rules = [
      {
        rulePriority = 1
        description  = "Keep the newest 20 images"
        selection = {
          tagStatus   = "any"
          countType   = "imageCountMoreThan"
          countNumber = 20
        }
        action = {
          type = "expire"
        }
      },
    ]
  })
}

resource "aws_eks_cluster" "k8s" {
  name                      = "k8s"
  role_arn                  = aws_iam_role.k8s_cluster.arn
  version                   = "1.33"
  enabled_cluster_log_types = ["api", "audit"]

  access_config {
    authentication_mode                         = "API"
    bootstrap_cluster_creator_admin_permissions = true
  }

  encryption_config {
    resources = ["secrets"]

    provider {
      key_arn = aws_kms_key.k8s_secrets.arn
    }
  }

  kubernetes_network_config {
    ip_family = "ipv4"
  }

  vpc_config {
    subnet_ids              = [aws_subnet.app_a.id, aws_subnet.app_b.id]
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["198.51.100.0/24"]
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }

  depends_on = [aws_iam_role_policy_attachment.k8s_cluster_amazoneksclusterpolicy, aws_cloudwatch_log_group.k8s]
}

resource "aws_eks_node_group" "k8s_default" {
  cluster_name    = aws_eks_cluster.k8s.name
  node_group_name = "k8s-default"
  node_role_arn   = aws_iam_role.k8s_node.arn
  subnet_ids      = [aws_subnet.app_a.id, aws_subnet.app_b.id]
  instance_types  = ["t3.medium"]
  capacity_type   = "ON_DEMAND"
  ami_type        = "AL2023_x86_64_STANDARD"

  scaling_config {
    desired_size = 2
    max_size     = 2
    min_size     = 2
  }

  update_config {
    max_unavailable = 1
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }

  depends_on = [
    aws_iam_role_policy_attachment.k8s_node_amazoneksworkernodepolicy,
    aws_iam_role_policy_attachment.k8s_node_amazoneks_cni_policy,
    aws_iam_role_policy_attachment.k8s_node_amazonec2containerregistryreadonly,
  ]

  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
}

resource "aws_eks_addon" "k8s_vpc_cni" {
  cluster_name = aws_eks_cluster.k8s.name
  addon_name   = "vpc-cni"

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_eks_addon" "k8s_kube_proxy" {
  cluster_name = aws_eks_cluster.k8s.name
  addon_name   = "kube-proxy"

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_eks_addon" "k8s_coredns" {
  cluster_name = aws_eks_cluster.k8s.name
  addon_name   = "coredns"

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }

  depends_on = [aws_eks_node_group.k8s_default]
}

resource "aws_eks_node_group" "k8s_spot" {
  cluster_name    = aws_eks_cluster.k8s.name
  node_group_name = "k8s-spot"
  node_role_arn   = aws_iam_role.k8s_node.arn
  subnet_ids      = [aws_subnet.app_a.id, aws_subnet.app_b.id]
  instance_types  = ["m7g.large", "m6g.large"]
  capacity_type   = "SPOT"
  ami_type        = "AL2023_ARM_64_STANDARD"
  disk_size       = 20

  scaling_config {
    desired_size = 2
    max_size     = 5
    min_size     = 2
  }

  update_config {
    max_unavailable = 1
  }

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }

  depends_on = [
    aws_iam_role_policy_attachment.k8s_node_amazoneksworkernodepolicy,
    aws_iam_role_policy_attachment.k8s_node_amazoneks_cni_policy,
    aws_iam_role_policy_attachment.k8s_node_amazonec2containerregistryreadonly,
  ]

  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }
}

resource "aws_lambda_permission" "jobs_from_public_api" {
  statement_id  = "AllowExecutionFromApiGatewaypublicApi"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.jobs.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_apigatewayv2_api.public_api.execution_arn}/*/*"
}

resource "aws_lambda_event_source_mapping" "jobs_orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = aws_lambda_function.jobs.arn
  batch_size       = 10
}
