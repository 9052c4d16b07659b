// SPDX-License-Identifier: MIT
#include "bicep/bicepwriter.h"

#include <charconv>
#include <cmath>
#include <set>

namespace cw::exporters::bicep {

namespace {

void pad(std::string &out, int n)
{
    out.append(static_cast<std::size_t>(n), ' ');
}

/// Keywords and the functions generated files call: never handed out as symbols.
std::set<std::string> reservedSymbols()
{
    std::set<std::string> out;
    for (const char *s : { "resource", "module", "param", "var", "output", "metadata",
             "targetscope", "import", "type", "func", "if", "for", "in", "true", "false", "null",
             "existing", "using", "extends", "resourcegroup", "subscription", "tenant",
             "deployment", "uniquestring", "resourceid", "concat", "tolower", "take", "replace",
             "json", "environment", "reference", "list", "listkeys", "string", "int", "bool",
             "object", "array", "az", "sys", "guid", "location", "tags", "readenvironmentvariable",
             "substring", "length", "union", "first", "last" })
        out.insert(s);
    return out;
}

} // namespace

Val Val::raw(std::string text)
{
    Val v;
    v.m_text = std::move(text);
    return v;
}

Val Val::str(std::string_view text)
{
    return raw(bicepString(text));
}

Val Val::num(std::int64_t v)
{
    return raw(std::to_string(v));
}

Val Val::num(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return num(static_cast<std::int64_t>(v));
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return raw("json('" + std::string(buf, res.ptr) + "')");
}

Val Val::boolean(bool v)
{
    return raw(v ? "true" : "false");
}

Val Val::object()
{
    Val v;
    v.m_kind = Kind::Object;
    return v;
}

Val Val::array()
{
    Val v;
    v.m_kind = Kind::Array;
    return v;
}

Val Val::strArray(const std::vector<std::string> &items)
{
    Val v = array();
    for (const auto &s : items)
        v.add(str(s));
    return v;
}

Val Val::call(std::string function, std::vector<Val> args)
{
    Val v;
    v.m_kind = Kind::Call;
    v.m_text = std::move(function);
    v.m_items = std::move(args);
    return v;
}

Val Val::idRef(std::string expr)
{
    Val v = object();
    v.set("id", raw(std::move(expr)));
    return v;
}

Val &Val::set(std::string_view key, Val value)
{
    m_entries.emplace_back(bicepKey(key), std::move(value));
    return *this;
}

Val &Val::setRaw(std::string key, Val value)
{
    m_entries.emplace_back(std::move(key), std::move(value));
    return *this;
}

Val &Val::add(Val item)
{
    m_items.push_back(std::move(item));
    return *this;
}

Val *Val::get(std::string_view key)
{
    const std::string k = bicepKey(key);
    for (auto &[name, value] : m_entries)
        if (name == k)
            return &value;
    return nullptr;
}

void Val::render(std::string &out, int indent) const
{
    switch (m_kind) {
    case Kind::Raw:
        out += m_text;
        return;
    case Kind::Call:
        out += m_text + '(';
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (i)
                out += ", ";
            m_items[i].render(out, indent);
        }
        out += ')';
        return;
    case Kind::Object:
        if (m_entries.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (const auto &[k, v] : m_entries) {
            pad(out, indent + 2);
            out += k + ": ";
            v.render(out, indent + 2);
            out += '\n';
        }
        pad(out, indent);
        out += '}';
        return;
    case Kind::Array:
        if (m_items.empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (const auto &v : m_items) {
            pad(out, indent + 2);
            v.render(out, indent + 2);
            out += '\n';
        }
        pad(out, indent);
        out += ']';
        return;
    }
}

std::string lit(std::string_view s)
{
    const std::string q = bicepString(s);
    return q.substr(1, q.size() - 2);
}

Val interp(std::string_view prefix, std::string_view expr, std::string_view suffix)
{
    return Val::raw("'" + lit(prefix) + "${" + std::string(expr) + "}" + lit(suffix) + "'");
}

BicepFile::BicepFile()
    : m_symbols(true, reservedSymbols())
    , m_outputNames(true)
{ }

void BicepFile::metadata(std::string name, std::string description)
{
    m_metaName = std::move(name);
    m_metaDescription = std::move(description);
}

std::string BicepFile::symbol(const std::string &key, const std::string &desired)
{
    return m_symbols.get(key, desired);
}

bool BicepFile::hasParam(const std::string &name) const
{
    return m_paramNames.count(name) != 0;
}

std::string BicepFile::param(Param p)
{
    const std::string key = "param:" + p.name;
    if (p.name != "location" && p.name != "tags") {
        const bool known = m_symbols.contains(key);
        p.name = m_symbols.get(key, p.name);
        if (known)
            return p.name;
    } else if (hasParam(p.name)) {
        return p.name;
    }
    m_paramNames.insert(p.name);
    m_params.push_back(p);
    return p.name;
}

void BicepFile::var(const std::string &name, Val value)
{
    m_vars.push_back({ "var " + name + " =", {}, std::move(value) });
}

Val &BicepFile::resource(
    const std::string &symbol, const std::string &typeAndVersion, bool existing)
{
    m_decls.push_back({ "resource " + symbol + " " + bicepString(typeAndVersion)
            + (existing ? " existing" : "") + " =",
        std::move(m_pendingComment), Val::object() });
    m_pendingComment.clear();
    return m_decls.back().body;
}

Val &BicepFile::module(const std::string &symbol, const std::string &path)
{
    m_decls.push_back({ "module " + symbol + " " + bicepString(path) + " =",
        std::move(m_pendingComment), Val::object() });
    m_pendingComment.clear();
    return m_decls.back().body;
}

std::string BicepFile::output(Output o)
{
    o.name = m_outputNames.get(o.name, o.name);
    const std::string name = o.name;
    m_outputNamesUsed.insert(name);
    m_outputs.push_back(std::move(o));
    return name;
}

bool BicepFile::hasOutput(const std::string &name) const
{
    return m_outputNamesUsed.count(name) != 0;
}

void BicepFile::comment(std::string text)
{
    for (auto &c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            c = ' ';
    m_pendingComment = std::move(text);
}

std::string BicepFile::render() const
{
    std::string out;
    auto section = [&]() {
        if (!out.empty())
            out += '\n';
    };
    if (!m_targetScope.empty())
        out += "targetScope = " + bicepString(m_targetScope) + "\n";
    if (!m_metaName.empty()) {
        section();
        out += "metadata name = " + bicepString(m_metaName) + "\n";
        out += "metadata description = " + bicepString(m_metaDescription) + "\n";
    }
    for (const auto &p : m_params) {
        section();
        out += "@description(" + bicepString(p.description) + ")\n";
        if (p.secure)
            out += "@secure()\n";
        if (!p.allowed.empty()) {
            out += "@allowed([\n";
            for (const auto &a : p.allowed)
                out += "  " + bicepString(a) + "\n";
            out += "])\n";
        }
        out += "param " + p.name + " " + p.type;
        if (p.defaultValue) {
            out += " = ";
            p.defaultValue->render(out, 0);
        }
        out += '\n';
    }
    for (const auto &d : m_vars) {
        section();
        out += d.header + ' ';
        d.body.render(out, 0);
        out += '\n';
    }
    for (const auto &d : m_decls) {
        section();
        if (!d.comment.empty())
            out += "// " + d.comment + '\n';
        out += d.header + ' ';
        d.body.render(out, 0);
        out += '\n';
    }
    for (const auto &o : m_outputs) {
        section();
        out += "@description(" + bicepString(o.description) + ")\n";
        out += "output " + o.name + " " + o.type + " = ";
        o.value.render(out, 0);
        out += '\n';
    }
    return out;
}

std::string renderParamFile(const std::vector<std::pair<std::string, Val>> &values)
{
    std::string out = "using 'main.bicep'\n";
    for (const auto &[name, value] : values) {
        out += "\nparam " + name + " = ";
        value.render(out, 0);
        out += '\n';
    }
    return out;
}

} // namespace cw::exporters::bicep
