// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <string>
#include <string_view>

/// How many IPv4 addresses a service takes in the subnets it is placed in (NET-008).
namespace cw::rules {

/// A service's demand: some addresses in every one of its subnets (load balancer nodes, endpoint
/// interfaces), the rest pooled and spread evenly over its subnets (nodes, pods, instances).
struct IpDemand
{
    double perSubnet = 0;
    double pooled = 0;
    std::string how; ///< "10 nodes × (1 + 29 pods per m5.large)", for messages
};

/// Assumptions the demand depends on; NET-008 reads them from its options.
struct DemandOptions
{
    double eksPodsPerNode = 0; ///< 0 = from the instance type (VPC CNI limits)
    double aksPodsPerNode = 30;
    double lbAddresses = 8; ///< per subnet of an ALB/NLB
    double scaleFactor = 2; ///< App Service instances while a scale operation runs
};

/// The addresses svc takes in its subnets.
IpDemand ipDemand(const RuleContext &ctx, const Service &svc, const DemandOptions &options);

/// Pods per node the Amazon VPC CNI allows on an instance type (ENIs × (IPs per ENI − 1) + 2),
/// by size, for the common Nitro families; 110 (the Kubernetes default) when unknown.
int vpcCniMaxPods(std::string_view instanceType);

} // namespace cw::rules
