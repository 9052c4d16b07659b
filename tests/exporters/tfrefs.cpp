// SPDX-License-Identifier: MIT
#include "tfrefs.h"

#include <cctype>
#include <regex>
#include <set>

namespace cw::testing {

namespace {

/// The text with string literals blanked out, keeping the code inside ${ } interpolations.
std::string codeOnly(const std::string &s)
{
    std::string out(s.size(), ' ');
    enum { Code, String } state = Code;
    std::vector<int> interpDepth; // brace depth inside each open interpolation
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\n') {
            out[i] = '\n';
            continue;
        }
        if (state == String) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                state = Code;
            } else if ((c == '$' || c == '%') && i + 1 < s.size() && s[i + 1] == c
                && i + 2 < s.size() && s[i + 2] == '{') {
                i += 2; // $${ and %%{ are literal text
            } else if (c == '$' && i + 1 < s.size() && s[i + 1] == '{') {
                state = Code;
                interpDepth.push_back(0);
                ++i;
            }
            continue;
        }
        if (c == '"') {
            state = String;
            continue;
        }
        if (!interpDepth.empty()) {
            if (c == '{')
                ++interpDepth.back();
            if (c == '}') {
                if (interpDepth.back() == 0) {
                    interpDepth.pop_back();
                    state = String;
                    continue;
                }
                --interpDepth.back();
            }
        }
        if (c == '#') {
            while (i < s.size() && s[i] != '\n')
                ++i;
            --i;
            continue;
        }
        out[i] = c;
    }
    return out;
}

int lineOf(const std::string &s, std::size_t pos)
{
    return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<long>(pos), '\n'));
}

} // namespace

std::vector<std::string> unresolvedTerraformReferences(
    const std::map<std::string, std::string> &files)
{
    std::vector<std::string> problems;
    std::map<std::string, std::vector<std::pair<std::string, std::string>>>
        byFolder; // folder -> (path, code)
    for (const auto &[path, text] : files)
        if (path.ends_with(".tf"))
            byFolder[path.substr(0, path.rfind('/') + 1)].emplace_back(path, codeOnly(text));

    static const std::regex declaration(
        R"re(^(resource|data)\s+"([a-z0-9_]+)"\s+"([a-z0-9_]+)")re", std::regex::multiline);
    static const std::regex variable(R"re(^variable\s+"([a-z0-9_]+)")re", std::regex::multiline);
    static const std::regex alias(R"re(alias\s*=\s*"([a-z0-9_]+)")re");
    static const std::regex reference(R"(\b(data\.)?(aws_[a-z0-9_]+)\.([a-z_][a-z0-9_]*)\b)");
    static const std::regex varRef(R"(\bvar\.([a-z_][a-z0-9_]*))");
    static const std::regex providerRef(R"(\bprovider\s*=\s*aws\.([a-z0-9_]+))");
    for (const auto &[folder, sources] : byFolder) {
        std::set<std::string> resources, data, variables, aliases;
        for (const auto &[path, text] : sources) {
            const std::string &raw = files.at(path);
            for (std::sregex_iterator it(raw.begin(), raw.end(), declaration), end; it != end; ++it)
                ((*it)[1] == "resource" ? resources : data)
                    .insert((*it)[2].str() + "." + (*it)[3].str());
            for (std::sregex_iterator it(raw.begin(), raw.end(), variable), end; it != end; ++it)
                variables.insert((*it)[1]);
            for (std::sregex_iterator it(raw.begin(), raw.end(), alias), end; it != end; ++it)
                aliases.insert((*it)[1]);
        }
        for (const auto &[path, code] : sources) {
            for (std::sregex_iterator it(code.begin(), code.end(), reference), end; it != end;
                 ++it) {
                const auto pos = static_cast<std::size_t>(it->position());
                if (pos > 0 && (code[pos - 1] == '.' || code[pos - 1] == '"'))
                    continue; // an attribute such as x.aws_..., or a quoted block label
                const std::string address = (*it)[2].str() + "." + (*it)[3].str();
                const bool isData = (*it)[1].matched;
                if (!(isData ? data : resources).count(address))
                    problems.push_back(path + ":" + std::to_string(lineOf(code, pos)) + ": "
                        + (isData ? "data." : "") + address + " is not declared in " + folder);
            }
            for (std::sregex_iterator it(code.begin(), code.end(), varRef), end; it != end; ++it)
                if (!variables.count((*it)[1]))
                    problems.push_back(path + ":"
                        + std::to_string(lineOf(code, static_cast<std::size_t>(it->position())))
                        + ": var." + (*it)[1].str() + " is not declared");
            for (std::sregex_iterator it(code.begin(), code.end(), providerRef), end; it != end;
                 ++it)
                if (!aliases.count((*it)[1]))
                    problems.push_back(
                        path + ": provider alias aws." + (*it)[1].str() + " is not declared");
        }
    }
    return problems;
}

} // namespace cw::testing
