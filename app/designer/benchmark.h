// SPDX-License-Identifier: MIT
#pragma once

class QQuickWindow;

namespace cw::gui {

class Document;

/// Benchmark mode: opens synthetic designs (1,000 elements all on screen, then bigDesign
/// elements) and prints the time to the first frame and the frame times of panning and
/// zooming (each frame = change the view, let the culled model update, render and read back).
int runBenchmark(QQuickWindow *window, Document &doc, int bigDesign);

} // namespace cw::gui
