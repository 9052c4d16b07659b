// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <memory>

/// Factories for the security rules; registerSecurityRules() adds them in id order. The graph
/// rule SEC-018 lives in rules/graph/ with the other Boost.Graph rules.
namespace cw::rules {

std::unique_ptr<Rule> makePublicDatabaseRule(); // SEC-001
std::unique_ptr<Rule> makeNetworkLayersRule(); // SEC-002
std::unique_ptr<Rule> makeInternetIngressRule(); // SEC-004
std::unique_ptr<Rule> makeAzureSubnetNsgRule(); // SEC-005
std::unique_ptr<Rule> makeWafCoverageRule(); // SEC-007
std::unique_ptr<Rule> makeTlsEdgeRule(); // SEC-008
std::unique_ptr<Rule> makeEncryptionAtRestRule(); // SEC-009
std::unique_ptr<Rule> makePublicObjectStoreRule(); // SEC-010
std::unique_ptr<Rule> makeSecretStoreRule(); // SEC-011
std::unique_ptr<Rule> makePrivatePaasRule(); // SEC-012
std::unique_ptr<Rule> makeAdminAccessRule(); // SEC-013
std::unique_ptr<Rule> makeKubernetesApiRule(); // SEC-014
std::unique_ptr<Rule> makeKeyRotationRule(); // SEC-015
std::unique_ptr<Rule> makeTransitRoutingRule(); // SEC-016
std::unique_ptr<Rule> makeDataEgressRule(); // SEC-017

} // namespace cw::rules
