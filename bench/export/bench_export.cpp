// SPDX-License-Identifier: MIT
// Export of synthetic 10,000-element models, in memory: Terraform (AWS) and Bicep (Azure).
// Budget: <= 1 s each, in CPU time (the build machines are shared, so wall time mostly measures
// the neighbours). Prints the median of several runs, with and without the constraint gate (gated
// runs include the run context's rules run, as the CLI does before exporting), plus the wall time.
#include "bicep/bicepexporter.h"
#include "rules/runcontext.h"
#include "terraform/terraformexporter.h"
#include "testmodels.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <time.h>
#include <vector>

namespace {

double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Figures
{
    double medianMs = 0; ///< CPU
    double worstMs = 0; ///< CPU
    double wallMs = 0; ///< median
    std::size_t files = 0;
    std::size_t bytes = 0;
    bool ok = false;
};

Figures measure(
    const cw::exporters::Exporter &exporter, const cw::Model &model, bool force, int runs)
{
    std::vector<double> ms, wall;
    Figures f;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = cpuMs();
        // IaC formats do not read the geometry; the report is empty when forced (no gate).
        const cw::layout::Geometry geometry;
        const cw::rules::Report report
            = force ? cw::rules::Report {} : cw::rules::runRules(model, {}).report;
        const auto result
            = exporter.generate({ model, geometry, report }, { .force = force, .values = {} });
        ms.push_back(cpuMs() - cpuStart);
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        f.ok = result.ok();
        if (!f.ok && i == 0)
            std::fprintf(stderr, "%s\n", result.errors.front().c_str());
        f.files = result.files.size();
        f.bytes = 0;
        for (const auto &file : result.files)
            f.bytes += file.bytes.size();
    }
    std::sort(ms.begin(), ms.end());
    std::sort(wall.begin(), wall.end());
    f.wallMs = wall[wall.size() / 2];
    f.medianMs = ms[ms.size() / 2];
    f.worstMs = ms.back();
    return f;
}

std::size_t elements(const cw::Model &m)
{
    std::size_t n = m.externals.size() + m.connections.size();
    for (const auto &a : m.accounts) {
        n += 1 + a.services.size();
        for (const auto &net : a.networks)
            n += 1 + net.subnets.size() + net.services.size();
    }
    return n;
}

bool report(const char *name, const cw::exporters::Exporter &exporter, const cw::Model &model)
{
    const Figures gated = measure(exporter, model, false, 5);
    const Figures raw = measure(exporter, model, true, 5);
    std::printf(
        "%-9s %6zu elements: CPU %6.1f ms median (%6.1f worst) with the gate, %6.1f ms without; "
        "wall %6.1f ms; %zu files, %.1f MiB%s\n",
        name, elements(model), gated.medianMs, gated.worstMs, raw.medianMs, gated.wallMs, raw.files,
        double(raw.bytes) / (1024.0 * 1024.0), gated.ok ? "" : " (gate refused)");
    return gated.medianMs <= 1000.0 && gated.ok;
}

} // namespace

int main()
{
    const cw::Model aws = cw::testmodels::syntheticAws(10000);
    const cw::Model azure = cw::testmodels::syntheticAzure(10000);
    const bool tf = report("terraform", cw::exporters::TerraformExporter(), aws);
    const bool bicep = report("bicep", cw::exporters::BicepExporter(), azure);
    std::printf("budget 1000 ms CPU per export: %s\n", tf && bicep ? "met" : "MISSED");
    return tf && bicep ? EXIT_SUCCESS : EXIT_FAILURE;
}
