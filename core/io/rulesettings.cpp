// SPDX-License-Identifier: MIT
// Rule choices as written: a document's `rules:` section and project rules files. Rule ids,
// severities and option names are checked later against the registry (rules/configbuild).
#include "io/modelreader.h"
#include "io/outtree.h"
#include "io/readers.h"
#include "io/text.h"

namespace cw::io {
namespace {

const std::vector<std::string> kRulesKeys = { "disable", "severity", "options" };

} // namespace

void ModelReader::readRules(const Node &node, RuleSettings &rules, std::string_view where)
{
    if (node.isNull())
        return;
    if (!node.isMap()) {
        wrongType(node, "a map", where);
        return;
    }
    const Fields f(node, kRulesKeys);
    f.reportUnknown(m_errors, std::string(where));
    if (const Node *list = f.get("disable"); list && list->isSequence()) {
        for (const Node &item : list->children)
            if (!item.bad && item.isString())
                rules.disable.push_back({ item.text, {}, item.loc });
            else if (!item.bad)
                wrongType(item, "a rule id", "disable");
    } else if (list && !list->isNull()) {
        wrongType(*list, "a list of rule ids", "disable");
    }
    if (const Node *map = f.get("severity"); map && map->isMap()) {
        for (const Node &entry : map->children)
            if (!entry.bad && entry.isString())
                rules.severity.push_back({ entry.key, entry.text, entry.keyLoc });
            else if (!entry.bad)
                wrongType(entry, "a severity (critical, high, medium, low, info)", entry.key);
    } else if (map && !map->isNull()) {
        wrongType(*map, "a map of rule id to severity", "severity");
    }
    if (const Node *map = f.get("options"); map && map->isMap()) {
        for (const Node &entry : map->children) {
            double value = 0;
            if (!entry.bad && readNumber(&entry, entry.key, value) && !entry.isNull())
                rules.options.push_back({ entry.key, formatNumber(value), entry.keyLoc });
        }
    } else if (map && !map->isNull()) {
        wrongType(*map, "a map of <RULE-ID>.<option> to number", "options");
    }
}

RuleSettingsResult loadRuleSettingsText(
    std::string_view text, Format format, const std::string &fileName, const LoadLimits &limits)
{
    RuleSettingsResult result;
    if (text.size() > limits.maxBytes) {
        result.errors.push_back({ fileName, {}, "file too large" });
        return result;
    }
    try {
        ErrorSink errors(fileName);
        Node root;
        const bool parsed = format == Format::Json ? readJson(text, limits, errors, root)
                                                   : readYaml(text, limits, errors, root);
        RuleSettings settings;
        if (parsed)
            ModelReader(Catalog::builtin(), errors).readRules(root, settings, "rules file");
        result.errors = errors.take();
        if (parsed && result.errors.empty())
            result.settings = std::move(settings);
    } catch (const std::exception &e) {
        result.errors.push_back({ fileName, {}, std::string("cannot load: ") + e.what() });
    }
    return result;
}

RuleSettingsResult loadRuleSettingsFile(const std::string &path, const LoadLimits &limits)
{
    std::string text;
    std::string problem;
    if (!readFileText(path, limits, text, problem)) {
        RuleSettingsResult result;
        result.errors.push_back({ path, {}, std::move(problem) });
        return result;
    }
    return loadRuleSettingsText(text, formatForPath(path), path, limits);
}

} // namespace cw::io
