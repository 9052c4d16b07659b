// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <memory>

/// Factories for the reliability rules; registerReliabilityRules() adds them in id order.
namespace cw::rules {

std::unique_ptr<Rule> makeTierZonesRule(); // REL-001
std::unique_ptr<Rule> makeAlbZonesRule(); // REL-002
std::unique_ptr<Rule> makeDbSubnetGroupRule(); // REL-003
std::unique_ptr<Rule> makeRdsMultiAzRule(); // REL-004
std::unique_ptr<Rule> makeAuroraInstancesRule(); // REL-005
std::unique_ptr<Rule> makePgZoneHaRule(); // REL-006
std::unique_ptr<Rule> makeDbBackupRule(); // REL-007
std::unique_ptr<Rule> makeDeletionProtectionRule(); // REL-008
std::unique_ptr<Rule> makeK8sNodesRule(); // REL-009
std::unique_ptr<Rule> makeAppServiceZoneRule(); // REL-010
std::unique_ptr<Rule> makeNatPerZoneRule(); // REL-011
std::unique_ptr<Rule> makeNlbCrossZoneRule(); // REL-012
std::unique_ptr<Rule> makeAzureEdgeZonesRule(); // REL-013
std::unique_ptr<Rule> makeObjectDurabilityRule(); // REL-014
std::unique_ptr<Rule> makeQueueDlqRule(); // REL-015
std::unique_ptr<Rule> makeHealthCheckRule(); // REL-016
std::unique_ptr<Rule> makeKeyVaultRecoveryRule(); // REL-017
std::unique_ptr<Rule> makeCdnFailoverRule(); // REL-018
std::unique_ptr<Rule> makeGeoReplicationRule(); // REL-019

} // namespace cw::rules
