// SPDX-License-Identifier: MIT
#include "catalog/catalog.h"

#include "catalog/catalogdata.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <variant>

namespace cw {

namespace {

/// "42" for integral bounds, shortest round-trip text otherwise ("0.5").
std::string formatNumber(double d)
{
    if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 1e15)
        return std::to_string(static_cast<long long>(d));
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    return ec == std::errc() ? std::string(buf, end) : std::to_string(d);
}

/// What kind of value v holds, for messages: "a string", "a list".
std::string_view describe(const Value &v)
{
    switch (v.index()) {
    case 0:
        return "a boolean";
    case 1:
        return "an integer";
    case 2:
        return "a number";
    case 3:
        return "a string";
    default:
        return "a list";
    }
}

std::string joined(const std::vector<std::string> &items)
{
    std::string out;
    for (const auto &s : items) {
        if (!out.empty())
            out += ", ";
        out += s;
    }
    return out;
}

std::string mismatch(std::string_view expected, const Value &v)
{
    return "expected " + std::string(expected) + ", got " + std::string(describe(v)) + " ("
        + toDisplayString(v) + ")";
}

std::string checkRange(const PropertySpec &spec, double d, const Value &v)
{
    if (spec.min && d < *spec.min)
        return toDisplayString(v) + " is below the minimum " + formatNumber(*spec.min);
    if (spec.max && d > *spec.max)
        return toDisplayString(v) + " is above the maximum " + formatNumber(*spec.max);
    return {};
}

bool isAllowed(const PropertySpec &spec, const std::string &s)
{
    return std::find(spec.allowed.begin(), spec.allowed.end(), s) != spec.allowed.end();
}

} // namespace

const PropertySpec *KindSpec::property(std::string_view name) const
{
    for (const auto &p : properties)
        if (p.name == name)
            return &p;
    return nullptr;
}

const Catalog &Catalog::builtin()
{
    // Parsed once; a broken embedded catalog is a build defect the catalog tests catch.
    static const Catalog catalog
        = fromYaml(std::string_view(detail::kCatalogYaml, detail::kCatalogYamlSize));
    return catalog;
}

const KindSpec *Catalog::find(std::string_view kind) const
{
    auto it = m_byKind.find(kind);
    return it == m_byKind.end() ? nullptr : &m_kinds[it->second];
}

std::string_view toString(PropertyType t)
{
    switch (t) {
    case PropertyType::String:
        return "string";
    case PropertyType::Int:
        return "int";
    case PropertyType::Number:
        return "number";
    case PropertyType::Bool:
        return "bool";
    case PropertyType::Enum:
        return "enum";
    case PropertyType::List:
        return "list";
    }
    return "string";
}

std::string_view toString(Placement p)
{
    switch (p) {
    case Placement::PublicSubnet:
        return "public-subnet";
    case Placement::PrivateSubnet:
        return "private-subnet";
    case Placement::IsolatedSubnet:
        return "isolated-subnet";
    case Placement::Network:
        return "network";
    case Placement::Region:
        return "region";
    case Placement::Global:
        return "global";
    }
    return "region";
}

std::string checkValue(const PropertySpec &spec, const Value &v)
{
    switch (spec.type) {
    case PropertyType::String:
        return std::holds_alternative<std::string>(v) ? std::string() : mismatch("a string", v);
    case PropertyType::Bool:
        return std::holds_alternative<bool>(v) ? std::string() : mismatch("true or false", v);
    case PropertyType::Int:
        if (const auto *i = std::get_if<std::int64_t>(&v)) {
            if (!spec.allowed.empty() && !isAllowed(spec, std::to_string(*i)))
                return std::to_string(*i) + " is not one of: " + joined(spec.allowed);
            return checkRange(spec, static_cast<double>(*i), v);
        }
        return mismatch("an integer", v);
    case PropertyType::Number:
        // An integer is a number: "3" in a file must fit a number property.
        if (const auto *i = std::get_if<std::int64_t>(&v))
            return checkRange(spec, static_cast<double>(*i), v);
        if (const auto *d = std::get_if<double>(&v)) {
            if (!std::isfinite(*d))
                return toDisplayString(v) + " is not a finite number";
            return checkRange(spec, *d, v);
        }
        return mismatch("a number", v);
    case PropertyType::Enum: {
        const auto *s = std::get_if<std::string>(&v);
        if (!s)
            return mismatch("one of " + joined(spec.allowed), v);
        if (!isAllowed(spec, *s))
            return "\"" + *s + "\" is not one of: " + joined(spec.allowed);
        return {};
    }
    case PropertyType::List: {
        const auto *list = std::get_if<std::vector<std::string>>(&v);
        if (!list)
            return mismatch("a list of strings", v);
        if (!spec.allowed.empty())
            for (const auto &item : *list)
                if (!isAllowed(spec, item))
                    return "list item \"" + item + "\" is not one of: " + joined(spec.allowed);
        return {};
    }
    }
    return {};
}

} // namespace cw
