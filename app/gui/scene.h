// SPDX-License-Identifier: MIT
#pragma once

#include "scene/description.h"

/// The canvas's view of a model is the shared scene description (cw_scene, scene/description.h),
/// built from cw::layout's geometry like the exported pictures; these names are the gui's.
namespace cw::gui {

using scene::describeNode;
using scene::distanceToRoute;
using scene::fromQRect;
using scene::iconUrl;
using scene::initialsFor;
using scene::NodeType;
using scene::Scene;
using scene::SceneNode;
using scene::toQRect;
/// A connection's route as the canvas draws and hit-tests it.
using Route = scene::SceneRoute;

} // namespace cw::gui
