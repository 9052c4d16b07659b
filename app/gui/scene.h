// SPDX-License-Identifier: MIT
#pragma once

#include "defaultlayout.h"
#include "scene/description.h"

/// The canvas's view of a model is the shared scene description (cw_scene, scene/description.h).
/// What stays here bridges the canvas's own geometry until it uses cw::layout's.
namespace cw::gui {

using scene::describeNode;
using scene::fromQRect;
using scene::iconUrl;
using scene::initialsFor;
using scene::NodeType;
using scene::Scene;
using scene::SceneNode;
using scene::toQRect;

/// Builds the scene of model with the canvas's effective geometry (zone columns derived from
/// the networks' and subnets' rects).
Scene buildScene(const Model &model, const layout::Geometry &geometry,
    const Catalog &catalog = Catalog::builtin());

/// Recomputes the zone column rects of the network node at networkNode from its rect and its
/// subnets' rects (called after geometry changes).
void updateZoneColumns(Scene &scene, int networkNode);

} // namespace cw::gui
