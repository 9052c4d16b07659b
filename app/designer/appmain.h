// SPDX-License-Identifier: MIT
#pragma once

namespace cw::gui {

/// The designer's entry point: `cloudwright [FILE] [--screenshot OUT.png] [--bench] ...`.
/// benchmark = true runs the benchmark mode as if --bench was given.
int cloudwrightMain(int argc, char **argv, bool benchmark = false);

} // namespace cw::gui
