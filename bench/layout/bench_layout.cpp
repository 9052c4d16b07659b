// SPDX-License-Identifier: MIT
#include "layout/layout.h"
#include "synthetic.h"

#include <chrono>
#include <cstdio>
#include <functional>

namespace {

/// Best of five wall times of f, in milliseconds.
double bestOf5(const std::function<void()> &f)
{
    using Clock = std::chrono::steady_clock;
    double best = 1e300;
    for (int run = 0; run < 5; ++run) {
        const auto t0 = Clock::now();
        f();
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    return best;
}

} // namespace

/// Prints the wall time of cw::layout::layout for synthetic designs of 100 to 10,000 elements:
/// the full layout with routing (exports, opening a design), and the placement alone over a
/// fully stored geometry (what the designer re-runs after each geometry edit: every rect
/// stored, normalised by the nesting rules).
int main()
{
    for (int n : { 100, 1000, 5000, 10000 }) {
        const cw::Model model = cw::bench::syntheticModel(n);
        std::size_t routes = 0, fallback = 0, nodes = 0;
        const double full = bestOf5([&] {
            const auto g = cw::layout::layout(model);
            nodes = g.nodes.size();
            routes = g.routes.size();
            fallback = 0;
            for (const auto &r : g.routes)
                fallback += r.fallback ? 1 : 0;
        });
        std::printf(
            "layout %5d elements: %7.2f ms (best of 5), %zu nodes, %zu routes, %zu fallback "
            "elbows\n",
            n, full, nodes, routes, fallback);
        cw::Model stored = model;
        for (const auto &node : cw::layout::layout(model, { .route = false }).nodes)
            if (node.kind != cw::layout::NodeKind::Zone)
                stored.diagram.nodes[node.id] = node.rect;
        const double placement
            = bestOf5([&] { (void)cw::layout::layout(stored, { .route = false }); });
        std::printf("placement of stored geometry %5d elements: %7.2f ms (best of 5)\n", n,
            placement);
    }
    return 0;
}
