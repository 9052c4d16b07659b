// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

#include <string>

/// Models built in code for the exporter tests and benchmarks.
namespace cw::testmodels {

/// Every AWS kind of the catalog, wired by connections: two VPCs in two regions (peering,
/// transit gateway, VPN to an on-premises site), CloudFront + WAF + S3 + ALB + ECS + RDS,
/// EKS, Lambda, queues, topics, DNS, certificates, audit and alarms.
Model awsShowcase();

/// Every Azure kind of the catalog in one subscription.
Model azureShowcase();

/// Names, descriptions and tags full of quotes, backslashes, ${, %{, ''', newlines, control
/// characters, non-ASCII text and ../ in both providers.
Model hostile();

/// A design the provider would reject: two subnets overlap (a constraint finding).
Model blocking();

/// A synthetic AWS model of about n elements (networks, subnets, services, connections).
Model syntheticAws(int n);
/// A synthetic Azure model of about n elements.
Model syntheticAzure(int n);

/// The strings hostile() plants, for checks that none of them leaks unescaped.
const std::vector<std::string> &hostileStrings();

} // namespace cw::testmodels
