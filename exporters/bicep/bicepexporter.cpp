// SPDX-License-Identifier: MIT
#include "bicep/bicepexporter.h"

#include "bicep/deployment.h"
#include "common/gate.h"
#include "common/safepath.h"

namespace cw::exporters {

namespace {

using namespace bicep;

void exportAccount(const Model &model, const Account &account, const Topology &topo,
    const std::string &folder, ExportResult &result)
{
    Deployment d(model, account, topo, Catalog::builtin());
    d.main.metadata(account.name.empty() ? account.id : account.name,
        account.description.empty() ? model.name : account.description);
    emitObservability(d);
    emitNetwork(d);
    emitSecurity(d);
    emitData(d);
    emitCompute(d);
    emitConnectivity(d);
    emitEdge(d);
    emitPrivateLink(d);

    std::vector<std::pair<std::string, std::string>> files;
    const std::string mainText = renderMain(d);
    files.emplace_back("main.bicep", mainText);
    const std::string paramFile
        = "main." + safeComponent(toString(account.environment)) + ".bicepparam";
    files.emplace_back(paramFile, renderParams(d));
    for (const auto &name : moduleNames())
        if (ModuleFile *m = d.findModule(name); m && m->file.hasContent())
            files.emplace_back("modules/" + name + ".bicep", m->file.render());
    std::vector<std::string> names;
    for (const auto &f : files)
        names.push_back(f.first);
    files.emplace_back("README.md", renderReadme(d, names, paramFile));
    for (auto &[name, bytes] : files)
        result.files.push_back({ folder + "/" + name, std::move(bytes) });
}

} // namespace

ExportResult BicepExporter::generate(const ExportInput &input, const ExportOptions &options) const
{
    ExportResult result;
    if (passGate(input, options, result))
        buildFiles(input.model, result);
    return result;
}

void BicepExporter::buildFiles(const Model &model, ExportResult &result) const
{
    const Topology topo(model);
    NameTable folders;
    for (const auto &account : model.accounts)
        if (account.provider == Provider::Azure)
            exportAccount(
                model, account, topo, folders.get(account.id, safeComponent(account.id)), result);
    if (result.files.empty())
        result.errors.push_back(
            (model.sourceFile.empty() ? std::string("<model>") : model.sourceFile)
            + ": error: nothing to export to Bicep: the design has no Azure subscription");
}

std::vector<std::string> BicepExporter::outputFiles(const Model &model) const
{
    ExportResult result;
    buildFiles(model, result);
    std::vector<std::string> out;
    for (const auto &f : result.files)
        out.push_back(f.path);
    return out;
}

} // namespace cw::exporters
