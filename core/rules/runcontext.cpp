// SPDX-License-Identifier: MIT
#include "rules/runcontext.h"

#include "io/document.h"
#include "rules/configbuild.h"

#include <filesystem>
#include <system_error>

namespace cw::rules {

namespace fs = std::filesystem;

std::string findProjectRules(const std::string &designPath)
{
    if (designPath.empty())
        return {};
    std::error_code ec;
    fs::path dir = fs::absolute(fs::path(designPath), ec).parent_path();
    if (ec)
        return {};
    while (true) {
        for (const char *name : { "cloudwright.rules.yaml", "cloudwright.rules.json" }) {
            const fs::path candidate = dir / name;
            if (fs::is_regular_file(candidate, ec))
                return candidate.string();
        }
        // The repository's root bounds the search: a rules file above it belongs to something
        // else.
        if (fs::exists(dir / ".git", ec) || !dir.has_parent_path() || dir.parent_path() == dir)
            return {};
        dir = dir.parent_path();
    }
}

EffectiveConfig effectiveConfig(
    const Model &model, const RunRequest &request, const RuleRegistry &registry)
{
    EffectiveConfig out;
    out.projectFile
        = request.configFile.empty() ? findProjectRules(request.designPath) : request.configFile;
    if (!out.projectFile.empty()) {
        const auto loaded = io::loadRuleSettingsFile(out.projectFile);
        for (const auto &e : loaded.errors)
            out.errors.push_back(e.format());
        if (loaded.settings)
            out.config = buildConfig(*loaded.settings, out.projectFile, registry, out.errors);
    }
    const std::string document = request.designPath.empty() ? model.sourceFile : request.designPath;
    out.config.merge(buildConfig(
        model.rules, document.empty() ? std::string("<design>") : document, registry, out.errors));
    return out;
}

RunResult runRules(const Model &model, const RunRequest &request, const RuleRegistry &registry)
{
    RunResult out;
    out.effective = effectiveConfig(model, request, registry);
    RunOptions options;
    options.today = request.today;
    options.config = out.effective.config;
    out.report = Engine(registry).run(model, options);
    return out;
}

} // namespace cw::rules
