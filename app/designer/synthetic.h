// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

namespace cw::gui {

/// A valid, regular design of about `elements` model elements for benchmarks: AWS accounts of
/// ten VPCs, each VPC three zones x three tiers with four services per subnet and connections
/// from the application tier to the data tier. No stored geometry (the default layout runs).
Model syntheticDesign(int elements);

/// Number of model elements (accounts, networks, subnets, services, externals) of a design.
int elementCount(const Model &model);

} // namespace cw::gui
