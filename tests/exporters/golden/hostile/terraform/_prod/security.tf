resource "aws_security_group" "web_alb" {
  name        = "web-alb"
  description = "Security group of web-alb"
  vpc_id      = aws_vpc.main_vpc.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_security_group" "tcp_nlb" {
  name        = "tcp-nlb"
  description = "Security group of tcp-nlb"
  vpc_id      = aws_vpc.main_vpc.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_security_group" "ecr_endpoint" {
  name        = "ecr-endpoint"
  description = "Security group of ecr-endpoint"
  vpc_id      = aws_vpc.main_vpc.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "Security group of bastion"
  vpc_id      = aws_vpc.main_vpc.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_security_group" "worker" {
  name        = "worker"
  description = "Security group of worker"
  vpc_id      = aws_vpc.main_vpc.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_security_group" "api" {
  name        = "api"
  description = "Security group of api"
  vpc_id      = aws_vpc.main_vpc.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_security_group" "jobs" {
  name        = "jobs"
  description = "Security group of jobs"
  vpc_id      = aws_vpc.main_vpc.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "Security group of db"
  vpc_id      = aws_vpc.main_vpc.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_security_group" "aurora" {
  name        = "aurora"
  description = "Security group of aurora"
  vpc_id      = aws_vpc.main_vpc.id

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

resource "aws_acm_certificate" "cert" {
  domain_name       = "api.example.com"
  validation_method = "DNS"
  key_algorithm     = "RSA_2048"

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "cert_validation" {
  for_each = { for dvo in aws_acm_certificate.cert.domain_validation_options : dvo.domain_name => dvo }

  allow_overwrite = true
  name            = each.value.resource_record_name
  records         = [each.value.resource_record_value]
  ttl             = 60
  type            = each.value.resource_record_type
  zone_id         = aws_route53_zone.zone.zone_id
}

resource "aws_acm_certificate_validation" "cert" {
  certificate_arn         = aws_acm_certificate.cert.arn
  validation_record_fqdns = [for record in aws_route53_record.cert_validation : record.fqdn]
}

resource "aws_kms_key" "db_creds" {
  description             = "Encrypts the secret db-creds"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_secretsmanager_secret" "db_creds" {
  name                    = "db-creds"
  description             = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  kms_key_id              = aws_kms_key.db_creds.arn
  recovery_window_in_days = 30

  replica {
    region = "eu-west-1"
  }

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_kms_key" "data_key" {
  description              = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  key_usage                = "ENCRYPT_DECRYPT"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  enable_key_rotation      = true
  rotation_period_in_days  = 365
  multi_region             = false
  deletion_window_in_days  = 30

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_kms_alias" "data_key" {
  name          = "alias/data-key"
  target_key_id = aws_kms_key.data_key.key_id
}

resource "aws_guardduty_detector" "threats" {
  enable                       = true
  finding_publishing_frequency = "SIX_HOURS"

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_guardduty_detector_feature" "threats_s3_data_events" {
  detector_id = aws_guardduty_detector.threats.id
  name        = "S3_DATA_EVENTS"
  status      = "ENABLED"
}

resource "aws_guardduty_detector_feature" "threats_eks_audit_logs" {
  detector_id = aws_guardduty_detector.threats.id
  name        = "EKS_AUDIT_LOGS"
  status      = "ENABLED"
}

resource "aws_guardduty_detector_feature" "threats_runtime_monitoring" {
  detector_id = aws_guardduty_detector.threats.id
  name        = "RUNTIME_MONITORING"
  status      = "DISABLED"
}

resource "aws_guardduty_detector_feature" "threats_ebs_malware_protection" {
  detector_id = aws_guardduty_detector.threats.id
  name        = "EBS_MALWARE_PROTECTION"
  status      = "DISABLED"
}

resource "aws_guardduty_detector_feature" "threats_rds_login_events" {
  detector_id = aws_guardduty_detector.threats.id
  name        = "RDS_LOGIN_EVENTS"
  status      = "DISABLED"
}

resource "aws_cognito_user_pool" "users_pool" {
  name                     = "users-pool"
  mfa_configuration        = "OPTIONAL"
  deletion_protection      = "INACTIVE"
  auto_verified_attributes = ["email"]

  password_policy {
    minimum_length = 8
  }

  software_token_mfa_configuration {
    enabled = true
  }

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

resource "aws_acm_certificate" "web_alb" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
  key_algorithm     = "RSA_2048"

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "web_alb_validation" {
  for_each = { for dvo in aws_acm_certificate.web_alb.domain_validation_options : dvo.domain_name => dvo }

  allow_overwrite = true
  name            = each.value.resource_record_name
  records         = [each.value.resource_record_value]
  ttl             = 60
  type            = each.value.resource_record_type
  zone_id         = aws_route53_zone.zone.zone_id
}

resource "aws_acm_certificate_validation" "web_alb" {
  certificate_arn         = aws_acm_certificate.web_alb.arn
  validation_record_fqdns = [for record in aws_route53_record.web_alb_validation : record.fqdn]
}

data "aws_iam_policy_document" "bastion_instance_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "bastion_instance" {
  name               = "bastion-instance"
  assume_role_policy = data.aws_iam_policy_document.bastion_instance_assume.json

  tags = {
    Name = "bastion-instance"
  }
}

data "aws_partition" "current" {}

resource "aws_iam_role_policy_attachment" "bastion_instance_amazonssmmanagedinstancecore" {
  role       = aws_iam_role.bastion_instance.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "bastion" {
  name = "bastion-instance"
  role = aws_iam_role.bastion_instance.name

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

data "aws_iam_policy_document" "worker_instance_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "worker_instance" {
  name               = "worker-instance"
  assume_role_policy = data.aws_iam_policy_document.worker_instance_assume.json

  tags = {
    Name = "worker-instance"
  }
}

resource "aws_iam_role_policy_attachment" "worker_instance_amazonssmmanagedinstancecore" {
  role       = aws_iam_role.worker_instance.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "worker" {
  name = "worker-instance"
  role = aws_iam_role.worker_instance.name

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

data "aws_iam_policy_document" "api_execution_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "api_execution" {
  name               = "api-execution"
  assume_role_policy = data.aws_iam_policy_document.api_execution_assume.json

  tags = {
    Name = "api-execution"
  }
}

resource "aws_iam_role_policy_attachment" "api_execution_amazonecstaskexecutionrolepolicy" {
  role       = aws_iam_role.api_execution.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

data "aws_iam_policy_document" "api_task_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "api_task" {
  name               = "api-task"
  assume_role_policy = data.aws_iam_policy_document.api_task_assume.json

  tags = {
    Name = "api-task"
  }
}

data "aws_iam_policy_document" "jobs_lambda_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "jobs_lambda" {
  name               = "jobs-lambda"
  assume_role_policy = data.aws_iam_policy_document.jobs_lambda_assume.json

  tags = {
    Name = "jobs-lambda"
  }
}

resource "aws_iam_role_policy_attachment" "jobs_lambda_awslambdabasicexecutionrole" {
  role       = aws_iam_role.jobs_lambda.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_iam_role_policy_attachment" "jobs_lambda_awslambdavpcaccessexecutionrole" {
  role       = aws_iam_role.jobs_lambda.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"
}

data "aws_iam_policy_document" "k8s_cluster_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["eks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "k8s_cluster" {
  name               = "k8s-cluster"
  assume_role_policy = data.aws_iam_policy_document.k8s_cluster_assume.json

  tags = {
    Name = "k8s-cluster"
  }
}

resource "aws_iam_role_policy_attachment" "k8s_cluster_amazoneksclusterpolicy" {
  role       = aws_iam_role.k8s_cluster.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSClusterPolicy"
}

data "aws_iam_policy_document" "k8s_node_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "k8s_node" {
  name               = "k8s-node"
  assume_role_policy = data.aws_iam_policy_document.k8s_node_assume.json

  tags = {
    Name = "k8s-node"
  }
}

resource "aws_iam_role_policy_attachment" "k8s_node_amazoneksworkernodepolicy" {
  role       = aws_iam_role.k8s_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKSWorkerNodePolicy"
}

resource "aws_iam_role_policy_attachment" "k8s_node_amazoneks_cni_policy" {
  role       = aws_iam_role.k8s_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEKS_CNI_Policy"
}

resource "aws_iam_role_policy_attachment" "k8s_node_amazonec2containerregistryreadonly" {
  role       = aws_iam_role.k8s_node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
}

resource "aws_kms_key" "k8s_secrets" {
  description             = "Encrypts the Kubernetes secrets of k8s"
  enable_key_rotation     = true
  deletion_window_in_days = 30

  tags = {
    Name                                     = "$$${already} %%%{escaped} $$$${triple}"
    "../../../etc/passwd"                    = "unicode é 日本 🚀 \u2028 sep"
    "line1\nline2\r\n\tresource \"evil\" {}" = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
  }
}

data "aws_iam_policy_document" "db_monitoring_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["monitoring.rds.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "db_monitoring" {
  name               = "db-monitoring"
  assume_role_policy = data.aws_iam_policy_document.db_monitoring_assume.json

  tags = {
    Name = "db-monitoring"
  }
}

resource "aws_iam_role_policy_attachment" "db_monitoring_amazonrdsenhancedmonitoringrole" {
  role       = aws_iam_role.db_monitoring.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}

resource "aws_acm_certificate" "cdn" {
  provider = aws.us_east_1

  domain_name       = "www.example.com"
  validation_method = "DNS"
  key_algorithm     = "RSA_2048"

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "cdn_validation" {
  for_each = { for dvo in aws_acm_certificate.cdn.domain_validation_options : dvo.domain_name => dvo }

  allow_overwrite = true
  name            = each.value.resource_record_name
  records         = [each.value.resource_record_value]
  ttl             = 60
  type            = each.value.resource_record_type
  zone_id         = aws_route53_zone.zone.zone_id
}

resource "aws_acm_certificate_validation" "cdn" {
  provider = aws.us_east_1

  certificate_arn         = aws_acm_certificate.cdn.arn
  validation_record_fqdns = [for record in aws_route53_record.cdn_validation : record.fqdn]
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

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "audit_cloudtrail_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["cloudtrail.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "audit_cloudtrail" {
  name               = "audit-cloudtrail"
  assume_role_policy = data.aws_iam_policy_document.audit_cloudtrail_assume.json

  tags = {
    Name = "audit-cloudtrail"
  }
}

data "aws_iam_policy_document" "audit_key" {
  statement {
    sid       = "AccountAdministration"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type = "AWS"
      identifiers = [
        "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root",
      ]
    }
  }

  statement {
    sid       = "CloudTrailEncrypt"
    actions   = ["kms:DescribeKey", "kms:GenerateDataKey*"]
    resources = ["*"]

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
}

resource "aws_kms_key" "audit" {
  description             = "Encrypts the CloudTrail logs of audit"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.audit_key.json

  tags = {
    Name                                                      = "ctrl\u0001\u001F\u007F end"
    "<script>alert(1)</script> | [x](javascript:alert(1))"    = "quote\" } resource \"aws_instance\" \"pwn\" {"
    "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "line1\nline2\r\n\tresource \"evil\" {}"
  }
}

data "aws_iam_policy_document" "deploy_codebuild_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codebuild.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "deploy_codebuild" {
  name               = "deploy-codebuild"
  assume_role_policy = data.aws_iam_policy_document.deploy_codebuild_assume.json

  tags = {
    Name = "deploy-codebuild"
  }
}

data "aws_iam_policy_document" "deploy_pipeline_assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["codepipeline.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "deploy_pipeline" {
  name               = "deploy-pipeline"
  assume_role_policy = data.aws_iam_policy_document.deploy_pipeline_assume.json

  tags = {
    Name = "deploy-pipeline"
  }
}

data "aws_ec2_managed_prefix_list" "cloudfront" {
  name = "com.amazonaws.global.cloudfront.origin-facing"
}

resource "aws_vpc_security_group_ingress_rule" "web_alb_from_cdn_80" {
  security_group_id = aws_security_group.web_alb.id
  description       = "https from cdn"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  prefix_list_id    = data.aws_ec2_managed_prefix_list.cloudfront.id
}

resource "aws_vpc_security_group_ingress_rule" "web_alb_from_cdn_443" {
  security_group_id = aws_security_group.web_alb.id
  description       = "https from cdn"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = data.aws_ec2_managed_prefix_list.cloudfront.id
}

resource "aws_vpc_security_group_ingress_rule" "web_alb_from_users_80" {
  security_group_id = aws_security_group.web_alb.id
  description       = "https from users"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "web_alb_from_users_443" {
  security_group_id = aws_security_group.web_alb.id
  description       = "https from users"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "api_from_web_alb_8080" {
  security_group_id            = aws_security_group.api.id
  description                  = "http from web-alb"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.web_alb.id
}

resource "aws_vpc_security_group_egress_rule" "web_alb_to_api_8080" {
  security_group_id            = aws_security_group.web_alb.id
  description                  = "http to api"
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.api.id
}

resource "aws_vpc_security_group_ingress_rule" "db_from_api_5432" {
  security_group_id            = aws_security_group.db.id
  description                  = "tcp from api"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.api.id
}

resource "aws_vpc_security_group_egress_rule" "api_to_db_5432" {
  security_group_id            = aws_security_group.api.id
  description                  = "tcp to db"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.db.id
}

resource "aws_vpc_security_group_egress_rule" "api_to_aws_apis_443" {
  security_group_id = aws_security_group.api.id
  description       = "HTTPS to AWS service endpoints"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "aurora_from_api_5432" {
  security_group_id            = aws_security_group.aurora.id
  description                  = "tcp from api"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.api.id
}

resource "aws_vpc_security_group_egress_rule" "api_to_aurora_5432" {
  security_group_id            = aws_security_group.api.id
  description                  = "tcp to aurora"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.aurora.id
}

resource "aws_vpc_security_group_egress_rule" "jobs_to_aws_apis_443" {
  security_group_id = aws_security_group.jobs.id
  description       = "HTTPS to AWS service endpoints"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "db_from_k8s_5432" {
  security_group_id            = aws_security_group.db.id
  description                  = "tcp from k8s"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_eks_cluster.k8s.vpc_config[0].cluster_security_group_id
}

resource "aws_vpc_security_group_egress_rule" "k8s_to_db_5432" {
  security_group_id            = aws_eks_cluster.k8s.vpc_config[0].cluster_security_group_id
  description                  = "tcp to db"
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.db.id
}

resource "aws_vpc_security_group_ingress_rule" "worker_from_tcp_nlb_9000" {
  security_group_id            = aws_security_group.worker.id
  description                  = "tcp from tcp-nlb"
  ip_protocol                  = "tcp"
  from_port                    = 9000
  to_port                      = 9000
  referenced_security_group_id = aws_security_group.tcp_nlb.id
}

resource "aws_vpc_security_group_egress_rule" "tcp_nlb_to_worker_9000" {
  security_group_id            = aws_security_group.tcp_nlb.id
  description                  = "tcp to worker"
  ip_protocol                  = "tcp"
  from_port                    = 9000
  to_port                      = 9000
  referenced_security_group_id = aws_security_group.worker.id
}

resource "aws_vpc_security_group_ingress_rule" "tcp_nlb_from_office_192_168_0_0_16_8443" {
  security_group_id = aws_security_group.tcp_nlb.id
  description       = "tcp from office"
  ip_protocol       = "tcp"
  from_port         = 8443
  to_port           = 8443
  cidr_ipv4         = "192.168.0.0/16"
}

resource "aws_vpc_security_group_ingress_rule" "worker_from_office_192_168_0_0_16_22" {
  security_group_id = aws_security_group.worker.id
  description       = "tcp from office"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "192.168.0.0/16"
}

resource "aws_vpc_security_group_egress_rule" "worker_to_users_443" {
  security_group_id = aws_security_group.worker.id
  description       = "https to users"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "ecr_endpoint_from_vpc_10_0_0_0_16_443" {
  security_group_id = aws_security_group.ecr_endpoint.id
  description       = "HTTPS from the VPC"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}

resource "aws_vpc_security_group_ingress_rule" "ecr_endpoint_from_vpc_10_1_0_0_16_443" {
  security_group_id = aws_security_group.ecr_endpoint.id
  description       = "HTTPS from the VPC"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.1.0.0/16"
}

resource "aws_vpc_security_group_ingress_rule" "bastion_from_ssh_203_0_113_0_24_22" {
  security_group_id = aws_security_group.bastion.id
  description       = "SSH from 203.0.113.0/24"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "203.0.113.0/24"
}

data "aws_iam_policy_document" "api_access" {
  statement {
    effect  = "Allow"
    actions = ["rds-db:connect"]
    resources = [
      "arn:${data.aws_partition.current.partition}:rds-db:eu-west-3:${data.aws_caller_identity.current.account_id}:dbuser:${aws_db_instance.db.resource_id}/*",
    ]
  }

  statement {
    effect = "Allow"
    actions = [
      "sqs:ChangeMessageVisibility",
      "sqs:DeleteMessage",
      "sqs:GetQueueAttributes",
      "sqs:ReceiveMessage",
      "sqs:SendMessage",
    ]
    resources = [aws_sqs_queue.orders.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"]
    resources = [aws_secretsmanager_secret.db_creds.arn]
  }
}

resource "aws_iam_role_policy" "api_access" {
  name   = "api-access"
  role   = aws_iam_role.api_task.id
  policy = data.aws_iam_policy_document.api_access.json
}

data "aws_iam_policy_document" "jobs_access" {
  statement {
    effect    = "Allow"
    actions   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]
    resources = ["*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.jobs_dlq.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.spa.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.spa.arn}/*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.data_key.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"]
    resources = [aws_sqs_queue.orders.arn]
  }
}

resource "aws_iam_role_policy" "jobs_access" {
  name   = "jobs-access"
  role   = aws_iam_role.jobs_lambda.id
  policy = data.aws_iam_policy_document.jobs_access.json
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

data "aws_iam_policy_document" "audit_access" {
  statement {
    effect    = "Allow"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.audit.arn}:*"]
  }
}

resource "aws_iam_role_policy" "audit_access" {
  name   = "audit-access"
  role   = aws_iam_role.audit_cloudtrail.id
  policy = data.aws_iam_policy_document.audit_access.json
}

data "aws_iam_policy_document" "deploy_codebuild_access" {
  statement {
    effect    = "Allow"
    actions   = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.deploy_artifacts.arn}/*"]
  }
}

resource "aws_iam_role_policy" "deploy_codebuild_access" {
  name   = "deploy-codebuild-access"
  role   = aws_iam_role.deploy_codebuild.id
  policy = data.aws_iam_policy_document.deploy_codebuild_access.json
}

data "aws_iam_policy_document" "deploy_access" {
  statement {
    effect    = "Allow"
    actions   = ["s3:GetBucketVersioning", "s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"]
    resources = [aws_s3_bucket.deploy_artifacts.arn, "${aws_s3_bucket.deploy_artifacts.arn}/*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["codestar-connections:UseConnection"]
    resources = [aws_codestarconnections_connection.deploy.arn]
  }

  statement {
    effect    = "Allow"
    actions   = ["codebuild:BatchGetBuilds", "codebuild:StartBuild"]
    resources = [aws_codebuild_project.deploy.arn]
  }

  statement {
    effect = "Allow"
    actions = [
      "ecs:DescribeServices",
      "ecs:DescribeTaskDefinition",
      "ecs:RegisterTaskDefinition",
      "ecs:UpdateService",
    ]
    resources = ["*"]
  }

  statement {
    effect    = "Allow"
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.api_execution.arn, aws_iam_role.api_task.arn]
  }
}

resource "aws_iam_role_policy" "deploy_access" {
  name   = "deploy-access"
  role   = aws_iam_role.deploy_pipeline.id
  policy = data.aws_iam_policy_document.deploy_access.json
}
