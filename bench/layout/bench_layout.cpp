// SPDX-License-Identifier: MIT
#include "layout/layout.h"
#include "synthetic.h"

#include <chrono>
#include <cstdio>

/// Prints the wall time of cw::layout::layout for synthetic designs of 100 to 10,000 elements.
int main()
{
    using Clock = std::chrono::steady_clock;
    for (int n : { 100, 1000, 5000, 10000 }) {
        const cw::Model model = cw::bench::syntheticModel(n);
        double best = 1e300;
        std::size_t routes = 0, fallback = 0, nodes = 0;
        for (int run = 0; run < 5; ++run) {
            const auto t0 = Clock::now();
            const auto g = cw::layout::layout(model);
            const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
            best = std::min(best, ms);
            nodes = g.nodes.size();
            routes = g.routes.size();
            fallback = 0;
            for (const auto &r : g.routes)
                fallback += r.fallback ? 1 : 0;
        }
        std::printf(
            "layout %5d elements: %7.2f ms (best of 5), %zu nodes, %zu routes, %zu fallback "
            "elbows\n",
            n, best, nodes, routes, fallback);
    }
    return 0;
}
