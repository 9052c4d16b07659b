// SPDX-License-Identifier: MIT
#include "rules/security/securityrules.h"

#include "rules/registry.h"

namespace cw::rules {

void registerSecurityRules(RuleRegistry &registry)
{
    registry.add(makePublicDatabaseRule());
    registry.add(makeNetworkLayersRule());
    registry.add(makeInternetIngressRule());
    registry.add(makeAzureSubnetNsgRule());
    registry.add(makeWafCoverageRule());
    registry.add(makeTlsEdgeRule());
    registry.add(makeEncryptionAtRestRule());
    registry.add(makePublicObjectStoreRule());
    registry.add(makeSecretStoreRule());
    registry.add(makePrivatePaasRule());
    registry.add(makeAdminAccessRule());
    registry.add(makeKubernetesApiRule());
    registry.add(makeKeyRotationRule());
    registry.add(makeTransitRoutingRule());
    registry.add(makeDataEgressRule());
}

} // namespace cw::rules
