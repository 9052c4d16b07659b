// SPDX-License-Identifier: MIT
// Load and save speed of ~5 MB documents in both formats (goals P4/P5 of
// shared/reference/performance-reliability.md: JSON load <= 300 ms, save <= 100 ms; YAML load
// <= 2.5 s). Peak memory is measured in a fresh child process per format, so it is the loader's
// alone. Usage: bench_load [megabytes, default 5] [json|yaml]
#include "io/document.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace cw;
using namespace cw::io;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// CPU time of this process in ms: less sensitive than wall time to other work on the machine.
double cpuMs()
{
    timespec ts {};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// One account of a synthetic landing zone: 4 networks x (12 subnets, 16 services).
Account makeAccount(int a, Model &m)
{
    Account acc;
    acc.id = "acct-" + std::to_string(a);
    acc.name = "Workload account " + std::to_string(a);
    acc.provider = Provider::Aws;
    acc.environment = a % 2 ? Environment::Prod : Environment::Dev;
    acc.tags = { { "owner", "team-" + std::to_string(a % 7) },
        { "cost-center", std::to_string(1000 + a) } };
    for (int n = 0; n < 4; ++n) {
        Network net;
        const std::string p = acc.id + "-n" + std::to_string(n);
        net.id = p;
        net.region = "eu-west-3";
        net.cidrs = { "10." + std::to_string(n * 16) + ".0.0/16" };
        net.zones = { "eu-west-3a", "eu-west-3b", "eu-west-3c" };
        for (int s = 0; s < 12; ++s) {
            Subnet sub;
            sub.id = p + "-s" + std::to_string(s);
            sub.tier = s < 3 ? Tier::Public : s < 9 ? Tier::Private : Tier::Isolated;
            sub.zone = net.zones[std::size_t(s % 3)];
            sub.cidr = "10." + std::to_string(n * 16) + "." + std::to_string(s * 8) + ".0/21";
            sub.description = "Subnet " + std::to_string(s) + " of " + p;
            net.subnets.push_back(sub);
        }
        for (int v = 0; v < 16; ++v) {
            Service svc;
            svc.id = p + "-svc" + std::to_string(v);
            svc.name = "Service " + std::to_string(v) + ": \"" + p + "\"";
            svc.tags = { { "app", "app-" + std::to_string(v % 5) }, { "tier", "backend" } };
            const std::string a0 = net.subnets[3 + std::size_t(v % 3)].id;
            const std::string a1 = net.subnets[3 + std::size_t((v + 1) % 3)].id;
            switch (v % 4) {
            case 0:
                svc.kind = "aws.eks";
                svc.subnets = { a0, a1 };
                svc.properties["version"] = { std::string("1.31"), {} };
                svc.properties["instance_types"]
                    = { std::vector<std::string> { "m7g.large", "m7g.xlarge" }, {} };
                svc.properties["endpoint_public_access"] = { false, {} };
                break;
            case 1:
                svc.kind = "aws.rds-postgresql";
                svc.subnets = { net.subnets[9].id, net.subnets[10].id };
                svc.properties["backup_retention_days"] = { std::int64_t { 7 }, {} };
                svc.properties["allocated_storage_gb"] = { std::int64_t { 100 }, {} };
                break;
            case 2:
                svc.kind = "aws.aurora-postgresql";
                svc.subnets = { net.subnets[10].id, net.subnets[11].id };
                svc.properties["serverless_v2_min_acu"] = { 0.5, {} };
                break;
            default:
                svc.kind = "aws.alb";
                svc.subnets = { net.subnets[0].id, net.subnets[1].id };
                svc.properties["listener_port"] = { std::int64_t { 443 }, {} };
                svc.properties["internal"] = { true, {} };
            }
            if (v > 0)
                m.connections.push_back(
                    { {}, p + "-svc" + std::to_string(v - 1), svc.id, "tcp", 5432, {}, {} });
            m.diagram.nodes[svc.id] = { double(v * 120), double(n * 300), 100, 60.5 };
            net.services.push_back(std::move(svc));
        }
        m.diagram.nodes[p] = { 0, double(n * 300), 2000, 280 };
        acc.networks.push_back(std::move(net));
    }
    return acc;
}

/// A model whose text in format f is about `bytes` long.
std::string makeText(std::size_t bytes, Format f)
{
    Model m;
    m.name = "Synthetic landing zone";
    m.accounts.push_back(makeAccount(0, m));
    const std::size_t perAccount = saveText(m, f).size();
    m = Model {};
    m.name = "Synthetic landing zone";
    const std::size_t count = std::max<std::size_t>(1, bytes / perAccount);
    for (std::size_t a = 0; a < count; ++a)
        m.accounts.push_back(makeAccount(int(a), m));
    m.externals.push_back({ "users", "Users", ExternalKind::Internet, {}, {}, {} });
    return saveText(m, f);
}

long statusKb(const char *field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0)
            return std::atol(line.c_str() + std::string(field).size());
    return -1;
}

/// Child mode: load the file once and print "baseline_kb peak_kb".
int measure(const char *path)
{
    const long before = statusKb("VmHWM:");
    const LoadResult r = loadFile(path);
    if (!r.model) {
        std::fprintf(stderr, "load failed: %s\n", r.errors.at(0).format().c_str());
        return 1;
    }
    std::printf("%ld %ld\n", before, statusKb("VmHWM:"));
    return 0;
}

void bench(const char *self, Format f, std::size_t bytes)
{
    const char *name = f == Format::Json ? "JSON" : "YAML";
    const std::string text = makeText(bytes, f);
    const std::string path = std::string("/tmp/bench_load.") + std::to_string(::getpid())
        + (f == Format::Json ? ".cloudwright.json" : ".cloudwright.yaml");
    std::ofstream(path, std::ios::binary) << text;

    double best = 1e300, bestCpu = 1e300;
    std::size_t elements = 0;
    for (int i = 0; i < 3; ++i) {
        const auto start = Clock::now();
        const double cpuStart = cpuMs();
        const LoadResult r = loadText(text, f, path);
        best = std::min(best, msSince(start));
        bestCpu = std::min(bestCpu, cpuMs() - cpuStart);
        if (!r.model) {
            std::fprintf(stderr, "%s: %s\n", name, r.errors.at(0).format().c_str());
            std::exit(1);
        }
        elements = 0;
        for (const auto &a : r.model->accounts)
            for (const auto &n : a.networks)
                elements += 1 + n.subnets.size() + n.services.size();
    }

    const LoadResult r = loadText(text, f, path);
    double bestSave = 1e300, bestSaveFile = 1e300;
    for (int i = 0; i < 3; ++i) {
        auto start = Clock::now();
        const std::string saved = saveText(*r.model, f);
        bestSave = std::min(bestSave, msSince(start));
        start = Clock::now();
        std::string error;
        if (!saveFile(*r.model, path + ".saved", &error, f))
            std::fprintf(stderr, "save failed: %s\n", error.c_str());
        bestSaveFile = std::min(bestSaveFile, msSince(start));
    }

    // Peak memory in a fresh process that only loads the file.
    std::string childOut;
    int fds[2];
    if (::pipe(fds) == 0) {
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::dup2(fds[1], 1);
            ::execl(self, self, "--measure", path.c_str(), static_cast<char *>(nullptr));
            ::_exit(127);
        }
        ::close(fds[1]);
        char buf[256];
        ssize_t n = 0;
        while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
            childOut.append(buf, std::size_t(n));
        ::close(fds[0]);
        ::waitpid(pid, nullptr, 0);
    }
    long baseKb = 0, peakKb = 0;
    std::istringstream(childOut) >> baseKb >> peakKb;
    const double mb = double(text.size()) / 1e6;
    std::printf("%s: %.2f MB, %zu accounts/networks/subnets/services (+%zu connections)\n", name,
        mb, elements + r.model->accounts.size(), r.model->connections.size());
    std::printf("  load (parse + model), best of 3: %8.1f ms  (%.1f MB/s; CPU %.1f ms)\n", best,
        mb / (best / 1000), bestCpu);
    std::printf("  saveText, best of 3:              %8.1f ms\n", bestSave);
    std::printf("  saveFile (.bak, fsync, rename):   %8.1f ms\n", bestSaveFile);
    std::printf("  peak RSS of a process loading it: %8.1f MB  (%.1f MB before loading; %.0fx the "
                "file)\n",
        double(peakKb) / 1024, double(baseKb) / 1024,
        double(peakKb - baseKb) * 1024 / double(text.size()));
    std::remove(path.c_str());
    std::remove((path + ".saved").c_str());
    std::remove((path + ".saved.bak").c_str());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::string(argv[1]) == "--measure")
        return measure(argv[2]);
    const double mb = argc > 1 ? std::atof(argv[1]) : 5.0;
    const auto bytes = static_cast<std::size_t>(mb * 1e6);
    const std::string only = argc > 2 ? argv[2] : "";
    // Wall-clock figures depend on what else runs on the machine: show it.
    std::string load;
    std::getline(std::ifstream("/proc/loadavg"), load);
    std::printf("load average: %s\n", load.c_str());
    if (only != "yaml")
        bench("/proc/self/exe", Format::Json, bytes);
    if (only != "json")
        bench("/proc/self/exe", Format::Yaml, bytes);
    return 0;
}
