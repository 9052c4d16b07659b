// SPDX-License-Identifier: MIT
#include "terraform/terraformexporter.h"

#include "common/gate.h"
#include "common/safepath.h"
#include "terraform/tfmodule.h"

namespace cw::exporters {

namespace {

using namespace tf;

void build(Module &m)
{
    emitSecurityGroups(m);
    emitNetworks(m);
    emitLinks(m);
    emitSecurityServices(m);
    emitLoadBalancers(m);
    emitCompute(m);
    emitEks(m);
    emitData(m);
    emitEdge(m);
    emitObservability(m);
    emitManagement(m);
    emitSecurityRules(m);
    emitIamAccess(m);
}

void exportAccount(const Model &model, const Account &account, const Topology &topo,
    const std::string &folder, ExportResult &result)
{
    Module m(model, account, topo, Catalog::builtin());
    build(m);
    std::vector<std::pair<std::string, std::string>> files;
    files.emplace_back("versions.tf", versionsTf(m));
    // Rendered before providers.tf, which needs to know whether the us-east-1 alias is used.
    std::vector<std::pair<std::string, std::string>> concerns;
    for (const char *name :
        { kNetworkTf, kEdgeTf, kComputeTf, kDataTf, kSecurityTf, kObservabilityTf, kManagementTf })
        if (auto it = m.files.find(name); it != m.files.end() && !it->second.empty())
            concerns.emplace_back(name, it->second.render());
    files.emplace_back("providers.tf", providersTf(m));
    if (!m.variables.empty())
        files.emplace_back("variables.tf", variablesTf(m));
    for (auto &f : concerns)
        files.push_back(std::move(f));
    if (!m.outputs.empty())
        files.emplace_back("outputs.tf", outputsTf(m));
    std::vector<std::string> names;
    for (const auto &f : files)
        names.push_back(f.first);
    files.emplace_back("README.md", readme(m, names));
    for (auto &[name, bytes] : files)
        result.files.push_back({ folder + "/" + name, std::move(bytes) });
}

} // namespace

ExportResult TerraformExporter::generate(
    const ExportInput &input, const ExportOptions &options) const
{
    ExportResult result;
    if (passGate(input, options, result))
        buildFiles(input.model, result);
    return result;
}

void TerraformExporter::buildFiles(const Model &model, ExportResult &result) const
{
    const Topology topo(model);
    NameTable folders;
    for (const auto &account : model.accounts) {
        if (account.provider != Provider::Aws)
            continue;
        exportAccount(
            model, account, topo, folders.get(account.id, safeComponent(account.id)), result);
    }
    if (result.files.empty())
        result.errors.push_back(
            (model.sourceFile.empty() ? std::string("<model>") : model.sourceFile)
            + ": error: nothing to export to Terraform: the design has no AWS account");
}

std::vector<std::string> TerraformExporter::outputFiles(const Model &model) const
{
    ExportResult result;
    buildFiles(model, result);
    std::vector<std::string> out;
    for (const auto &f : result.files)
        out.push_back(f.path);
    return out;
}

} // namespace cw::exporters
