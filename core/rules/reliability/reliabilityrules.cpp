// SPDX-License-Identifier: MIT
#include "rules/reliability/reliabilityrules.h"

#include "rules/registry.h"

namespace cw::rules {

void registerReliabilityRules(RuleRegistry &registry)
{
    registry.add(makeTierZonesRule());
    registry.add(makeAlbZonesRule());
    registry.add(makeDbSubnetGroupRule());
    registry.add(makeRdsMultiAzRule());
    registry.add(makeAuroraInstancesRule());
    registry.add(makePgZoneHaRule());
    registry.add(makeDbBackupRule());
    registry.add(makeDeletionProtectionRule());
    registry.add(makeK8sNodesRule());
    registry.add(makeAppServiceZoneRule());
    registry.add(makeNatPerZoneRule());
    registry.add(makeNlbCrossZoneRule());
    registry.add(makeAzureEdgeZonesRule());
    registry.add(makeObjectDurabilityRule());
    registry.add(makeQueueDlqRule());
    registry.add(makeHealthCheckRule());
    registry.add(makeKeyVaultRecoveryRule());
    registry.add(makeCdnFailoverRule());
    registry.add(makeGeoReplicationRule());
}

} // namespace cw::rules
