// SPDX-License-Identifier: MIT
#include "bicepcheck.h"

#include <cctype>
#include <set>
#include <sstream>

namespace cw::testing {

namespace {

const std::set<std::string> &functions()
{
    static const std::set<std::string> f { "resourceGroup", "subscription", "tenant", "deployment",
        "uniqueString", "resourceId", "subscriptionResourceId", "tenantResourceId",
        "extensionResourceId", "guid", "union", "replace", "take", "toLower", "toUpper", "json",
        "readEnvironmentVariable", "concat", "contains", "empty", "first", "last", "length",
        "string", "int", "bool", "split", "join", "format", "substring", "environment", "listKeys",
        "reference", "description", "secure", "allowed", "minLength", "maxLength", "minValue",
        "maxValue", "metadata", "sys", "az", "any", "skip" };
    return f;
}

const std::set<std::string> &keywords()
{
    static const std::set<std::string> k { "param", "var", "resource", "module", "output",
        "metadata", "targetScope", "existing", "true", "false", "null", "if", "for", "in", "using",
        "string", "int", "bool", "object", "array", "import", "type" };
    return k;
}

struct Token
{
    enum Kind { Ident, Punct, String } kind;
    std::string text;
    int line;
    bool lineStart; ///< first token of its line
};

struct Lexer
{
    const std::string &s;
    std::string path;
    std::vector<std::string> &problems;
    std::vector<Token> tokens;
    std::size_t i = 0;
    int line = 1;
    bool atLineStart = true;

    void problem(const std::string &what)
    {
        problems.push_back(path + ":" + std::to_string(line) + ": " + what);
    }

    void push(Token::Kind k, std::string text)
    {
        tokens.push_back({ k, std::move(text), line, atLineStart });
        atLineStart = false;
    }

    /// Lexes a '...' string starting at s[i] == '\''; interpolations are lexed as code.
    void string()
    {
        if (s.compare(i, 3, "'''") == 0) {
            problem("multi-line ''' string (model text must never go there)");
            const auto end = s.find("'''", i + 3);
            i = end == std::string::npos ? s.size() : end + 3;
            return;
        }
        ++i;
        push(Token::String, "'");
        while (i < s.size()) {
            const char c = s[i];
            if (c == '\n') {
                problem("string not closed on its line");
                return;
            }
            if (c == '\\') {
                const char n = i + 1 < s.size() ? s[i + 1] : '\0';
                if (n == 'u') {
                    if (s.compare(i + 2, 1, "{") != 0 || s.find('}', i) == std::string::npos)
                        problem("bad \\u escape");
                    i = s.find('}', i) + 1;
                    continue;
                }
                if (std::string("\\'nrt$").find(n) == std::string::npos)
                    problem(std::string("unknown escape \\") + n);
                i += 2;
                continue;
            }
            if (c == '\'') {
                ++i;
                return;
            }
            if (c == '$' && i + 1 < s.size() && s[i + 1] == '{') {
                i += 2;
                push(Token::Punct, "${");
                code(true);
                continue;
            }
            ++i;
        }
        problem("string not closed");
    }

    /// Lexes code until the end, or (in an interpolation) until its closing brace.
    void code(bool interpolation)
    {
        int depth = 0;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '\n') {
                if (interpolation) {
                    problem("line break inside an interpolation");
                    return;
                }
                ++line;
                ++i;
                atLineStart = true;
                continue;
            }
            if (std::isspace(static_cast<unsigned char>(c))) {
                ++i;
                continue;
            }
            if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
                i = s.find('\n', i);
                if (i == std::string::npos)
                    i = s.size();
                continue;
            }
            if (c == '\'') {
                string();
                continue;
            }
            if (c == '$' && i + 1 < s.size() && s[i + 1] == '{') {
                problem("${ outside a string");
                i += 2;
                continue;
            }
            if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
                std::size_t j = i;
                while (
                    j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_'))
                    ++j;
                push(Token::Ident, s.substr(i, j - i));
                i = j;
                continue;
            }
            if (std::isdigit(static_cast<unsigned char>(c))) {
                while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
                    ++i;
                push(Token::Punct, "0");
                continue;
            }
            if (interpolation && c == '}' && depth == 0) {
                ++i;
                push(Token::Punct, "}$");
                return;
            }
            if (c == '{')
                ++depth;
            if (c == '}')
                --depth;
            // Two-character operators.
            for (const char *op : { "==", "!=", "<=", ">=", "&&", "||", "??", "?." })
                if (s.compare(i, 2, op) == 0) {
                    push(Token::Punct, op);
                    i += 2;
                    goto next;
                }
            push(Token::Punct, std::string(1, c));
            ++i;
        next:;
        }
        if (interpolation)
            problem("interpolation not closed");
    }
};

void brackets(
    const std::string &path, const std::vector<Token> &tokens, std::vector<std::string> &problems)
{
    std::vector<std::pair<char, int>> stack;
    for (const auto &t : tokens) {
        if (t.kind != Token::Punct || t.text.size() != 1)
            continue;
        const char c = t.text[0];
        if (c == '{' || c == '[' || c == '(')
            stack.emplace_back(c, t.line);
        else if (c == '}' || c == ']' || c == ')') {
            const char open = c == '}' ? '{' : c == ']' ? '[' : '(';
            if (stack.empty() || stack.back().first != open) {
                problems.push_back(
                    path + ":" + std::to_string(t.line) + ": unbalanced '" + c + "'");
                return;
            }
            stack.pop_back();
        }
    }
    if (!stack.empty())
        problems.push_back(path + ":" + std::to_string(stack.back().second) + ": '"
            + stack.back().first + "' never closed");
}

struct FileInfo
{
    std::vector<Token> tokens;
    std::map<std::string, bool> params; ///< name -> has a default
    std::set<std::string> symbols; ///< params, vars, resources, modules
    std::set<std::string> outputs;
    std::map<std::string, std::string> modules; ///< symbol -> path as written
};

/// AVM: every parameter carries @description among the decorator lines right above it.
bool described(const std::string &text, int line)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
        lines.push_back(l);
    for (int j = line - 2; j >= 0; --j) {
        const std::string &l = lines[static_cast<std::size_t>(j)];
        if (l.rfind("@description(", 0) == 0)
            return true;
        if (l.empty() || (l[0] != '@' && l.rfind("  '", 0) != 0 && l != "])"))
            return false;
    }
    return false;
}

FileInfo scan(const std::string &path, const std::string &text, std::vector<std::string> &problems)
{
    Lexer lx { text, path, problems, {} };
    lx.code(false);
    FileInfo f;
    f.tokens = std::move(lx.tokens);
    brackets(path, f.tokens, problems);
    const auto &t = f.tokens;
    for (std::size_t k = 0; k + 1 < t.size(); ++k) {
        if (!t[k].lineStart || t[k].kind != Token::Ident)
            continue;
        const std::string &kw = t[k].text;
        const std::string &name = t[k + 1].text;
        if (kw == "param" || kw == "var" || kw == "resource" || kw == "module") {
            if (!f.symbols.insert(name).second)
                problems.push_back(
                    path + ":" + std::to_string(t[k].line) + ": '" + name + "' declared twice");
        }
        if (kw == "param") {
            bool def = false;
            for (std::size_t j = k + 2; j < t.size() && t[j].line == t[k].line; ++j)
                def = def || t[j].text == "=";
            f.params[name] = def;
            if (path.find(".bicepparam") == std::string::npos && !described(text, t[k].line))
                problems.push_back(path + ":" + std::to_string(t[k].line) + ": param '" + name
                    + "' has no @description");
        }
        if (kw == "output")
            f.outputs.insert(name);
        if (kw == "module" && k + 2 < t.size()) {
            // module x './path' = ...: the path is the string right after the name.
            const std::size_t open = text.find('\'', text.find("module " + name));
            const std::size_t close = text.find('\'', open + 1);
            f.modules[name] = text.substr(open + 1, close - open - 1);
        }
    }
    return f;
}

void identifiers(const std::string &path, const FileInfo &f, std::vector<std::string> &problems)
{
    const auto &t = f.tokens;
    std::set<std::string> reported;
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (t[k].kind != Token::Ident)
            continue;
        const std::string &id = t[k].text;
        const bool member = k > 0 && (t[k - 1].text == "." || t[k - 1].text == "?.");
        const bool key = t[k].lineStart && k + 1 < t.size() && t[k + 1].text == ":";
        const bool declared = k > 0 && t[k - 1].lineStart && t[k - 1].kind == Token::Ident
            && (keywords().count(t[k - 1].text) || t[k - 1].text == "output");
        const bool decorator = k > 0 && t[k - 1].text == "@";
        const bool call = k + 1 < t.size() && t[k + 1].text == "(";
        if (member || key || declared || decorator || keywords().count(id))
            continue;
        if (call) {
            if (!functions().count(id) && reported.insert(id).second)
                problems.push_back(
                    path + ":" + std::to_string(t[k].line) + ": unknown function '" + id + "'");
            continue;
        }
        if (!f.symbols.count(id) && reported.insert(id).second)
            problems.push_back(
                path + ":" + std::to_string(t[k].line) + ": '" + id + "' is not declared");
    }
}

std::string folderOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

std::string normalise(const std::string &folder, std::string rel)
{
    if (rel.rfind("./", 0) == 0)
        rel = rel.substr(2);
    return folder + rel;
}

/// The keys of the params: { ... } object of a module call, and the module outputs used.
void moduleCalls(const std::string &path, const std::string &text, const FileInfo &f,
    const std::map<std::string, FileInfo> &all, std::vector<std::string> &problems)
{
    std::istringstream in(text);
    std::string lineText;
    std::string current; ///< module symbol whose params block we are in
    std::size_t paramsIndent = 0;
    std::set<std::string> passed;
    int lineNo = 0;
    auto finish = [&]() {
        if (current.empty())
            return;
        const auto target = all.find(normalise(folderOf(path), f.modules.at(current)));
        if (target != all.end())
            for (const auto &[p, hasDefault] : target->second.params)
                if (!hasDefault && !passed.count(p))
                    problems.push_back(path + ": module '" + current
                        + "' does not pass required param '" + p + "'");
        current.clear();
        passed.clear();
    };
    while (std::getline(in, lineText)) {
        ++lineNo;
        const std::size_t indent = lineText.find_first_not_of(' ');
        if (lineText.rfind("module ", 0) == 0) {
            finish();
            const std::string sym = lineText.substr(7, lineText.find(' ', 7) - 7);
            current = sym;
            paramsIndent = 0;
            continue;
        }
        if (current.empty() || indent == std::string::npos)
            continue;
        if (lineText.compare(indent, 9, "params: {") == 0) {
            paramsIndent = indent;
            continue;
        }
        if (paramsIndent && indent == paramsIndent + 2) {
            const std::string key = lineText.substr(indent, lineText.find(':', indent) - indent);
            passed.insert(key);
            const auto target = all.find(normalise(folderOf(path), f.modules.at(current)));
            if (target != all.end() && !target->second.params.count(key))
                problems.push_back(path + ":" + std::to_string(lineNo) + ": module '" + current
                    + "' has no param '" + key + "'");
        }
        if (paramsIndent && indent <= paramsIndent && lineText[indent] == '}')
            paramsIndent = 0;
    }
    finish();
    // <module>.outputs.<name> must exist.
    const auto &t = f.tokens;
    for (std::size_t k = 0; k + 4 < t.size(); ++k) {
        if (t[k].kind != Token::Ident || !f.modules.count(t[k].text) || t[k + 1].text != "."
            || t[k + 2].text != "outputs")
            continue;
        const auto target = all.find(normalise(folderOf(path), f.modules.at(t[k].text)));
        if (target != all.end() && !target->second.outputs.count(t[k + 4].text))
            problems.push_back(path + ":" + std::to_string(t[k].line) + ": module '" + t[k].text
                + "' has no output '" + t[k + 4].text + "'");
    }
}

} // namespace

std::vector<std::string> checkBicep(const std::map<std::string, std::string> &files)
{
    std::vector<std::string> problems;
    std::map<std::string, FileInfo> infos;
    for (const auto &[path, text] : files)
        if (path.ends_with(".bicep") || path.ends_with(".bicepparam"))
            infos[path] = scan(path, text, problems);
    for (const auto &[path, info] : infos) {
        if (path.ends_with(".bicepparam"))
            continue;
        identifiers(path, info, problems);
        for (const auto &[symbol, rel] : info.modules)
            if (!files.count(normalise(folderOf(path), rel)))
                problems.push_back(
                    path + ": module '" + symbol + "' points to missing file " + rel);
        moduleCalls(path, files.at(path), info, infos, problems);
    }
    for (const auto &[path, info] : infos) {
        if (!path.ends_with(".bicepparam"))
            continue;
        const std::string &text = files.at(path);
        if (text.rfind("using 'main.bicep'\n", 0) != 0) {
            problems.push_back(path + ":1: does not start with using 'main.bicep'");
            continue;
        }
        const auto main = infos.find(folderOf(path) + "main.bicep");
        if (main == infos.end()) {
            problems.push_back(path + ": main.bicep is missing next to it");
            continue;
        }
        std::set<std::string> set;
        for (std::size_t k = 0; k + 1 < info.tokens.size(); ++k)
            if (info.tokens[k].lineStart && info.tokens[k].text == "param")
                set.insert(info.tokens[k + 1].text);
        for (const auto &p : set)
            if (!main->second.params.count(p))
                problems.push_back(path + ": sets '" + p + "', which main.bicep does not declare");
        for (const auto &[p, hasDefault] : main->second.params)
            if (!hasDefault && !set.count(p))
                problems.push_back(path + ": leaves the required param '" + p + "' unset");
    }
    return problems;
}

} // namespace cw::testing
