// SPDX-License-Identifier: MIT
#include "net/planformat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace cw::net {
namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// Lowercase, every run of characters outside [a-z0-9] becomes one '-', no '-' at either end.
std::string idPart(std::string_view s)
{
    std::string out;
    for (char c : lower(s)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

/// "eu-west-3a" -> "a", "europe-west1-b" -> "b", "1" -> "1", "use1-az1" -> "az1".
std::string zoneSuffix(std::string_view zone)
{
    const std::string part = idPart(zone);
    const std::size_t dash = part.rfind('-');
    std::string token = dash == std::string::npos ? part : part.substr(dash + 1);
    const std::size_t letters = token.find_first_not_of("0123456789");
    if (letters != std::string::npos && letters > 0)
        token.erase(0, letters);
    return token;
}

/// One id suffix per zone: the short suffix when those are distinct, else the whole zone name.
std::map<std::string, std::string> zoneSuffixes(const Plan &plan)
{
    std::vector<std::string> zones;
    for (const PlanRow &row : plan.rows)
        if (!row.zone.empty() && std::find(zones.begin(), zones.end(), row.zone) == zones.end())
            zones.push_back(row.zone);
    std::map<std::string, std::string> result;
    std::set<std::string> seen;
    bool shortOk = true;
    for (const std::string &zone : zones) {
        result[zone] = zoneSuffix(zone);
        shortOk = shortOk && !result[zone].empty() && seen.insert(result[zone]).second;
    }
    if (!shortOk) {
        for (std::size_t i = 0; i < zones.size(); ++i) {
            const std::string full = idPart(zones[i]);
            result[zones[i]] = full.empty() ? "zone" + std::to_string(i + 1) : full;
        }
    }
    return result;
}

/// Cuts an id to the 63 characters model ids allow, never ending on '-'.
std::string fitId(std::string id)
{
    if (id.size() > 63)
        id.resize(63);
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id;
}

/// A YAML scalar, quoted unless it is plain text that no YAML reader could take for a number,
/// boolean or null, or for flow syntax (IPv6 colons are quoted too).
std::string yamlScalar(std::string_view s)
{
    static const std::set<std::string> kReserved { "true", "false", "yes", "no", "on", "off",
        "null", "y", "n" };
    const auto plainChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '.' || c == '_' || c == '/' || c == '-';
    };
    const bool numeric = std::all_of(
        s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
    const bool plain = !s.empty() && std::all_of(s.begin(), s.end(), plainChar) && s[0] != '-'
        && s[0] != '.' && !numeric && !kReserved.count(lower(s));
    if (plain)
        return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            std::array<char, 8> hex {};
            std::snprintf(hex.data(), hex.size(), "\\x%02x", static_cast<unsigned>(c));
            out += hex.data();
        } else {
            out += c;
        }
    }
    return out + '"';
}

std::string countText(double n)
{
    std::array<char, 32> buf {};
    if (n < 9007199254740992.0) // 2^53: exact as an integer
        std::snprintf(buf.data(), buf.size(), "%.0f", n);
    else
        std::snprintf(buf.data(), buf.size(), "%.3g", n);
    return buf.data();
}

} // namespace

Tier tierKindOf(std::string_view tierName)
{
    const std::string name = lower(tierName);
    for (const char *p : { "public", "pub", "web", "edge", "dmz" })
        if (name == p)
            return Tier::Public;
    for (const char *p : { "db", "data", "database", "isolated" })
        if (name == p)
            return Tier::Isolated;
    return Tier::Private;
}

std::string planToText(const Plan &plan, Provider provider)
{
    std::map<std::string, double> tierUsable; // a range row shows what its zone subnets give
    for (const PlanRow &row : plan.rows)
        if (row.role == "subnet")
            tierUsable[row.tier] += usableAddresses(row.cidr, provider);

    std::vector<std::array<std::string, 4>> table;
    table.push_back({ "tier", "zone", "cidr",
        "usable (" + std::string(toString(provider)) + " reserves "
            + std::to_string(reservedAddresses(provider)) + " per subnet)" });
    for (const PlanRow &row : plan.rows) {
        const bool range = row.role == "range";
        const std::string zone = row.zone.empty() ? "(" + row.role + ")" : row.zone;
        const double usable = range ? tierUsable[row.tier] : usableAddresses(row.cidr, provider);
        table.push_back({ row.tier, zone, row.cidr.toString(), countText(usable) });
    }
    std::array<std::size_t, 3> width {};
    for (const auto &line : table)
        for (std::size_t c = 0; c < width.size(); ++c)
            width[c] = std::max(width[c], line[c].size());

    std::string out;
    for (const auto &line : table) {
        for (std::size_t c = 0; c < width.size(); ++c)
            out += line[c] + std::string(width[c] - line[c].size() + 2, ' ');
        out += line[3] + '\n';
    }
    out += "unallocated:";
    double free = 0;
    for (std::size_t i = 0; i < plan.unallocated.size(); ++i) {
        out += (i ? ", " : " ") + plan.unallocated[i].toString();
        free += plan.unallocated[i].size();
    }
    out += plan.unallocated.empty() ? " none\n" : " (" + countText(free) + " addresses)\n";
    return out;
}

std::string planToYaml(const Plan &plan, int indent)
{
    const std::string pad(static_cast<std::size_t>(std::max(indent, 0)), ' ');
    const std::map<std::string, std::string> suffixes = zoneSuffixes(plan);
    std::set<std::string> used;
    std::string out = pad + "subnets:\n";
    for (const PlanRow &row : plan.rows) {
        if (row.role != "subnet")
            continue;
        std::string tierPart = idPart(row.tier);
        if (tierPart.empty())
            tierPart = "tier";
        const std::string base = fitId(tierPart + "-" + suffixes.at(row.zone));
        std::string id = base;
        for (int n = 2; !used.insert(id).second; ++n)
            id = fitId(base.substr(0, 60)) + "-" + std::to_string(n);
        out += pad + "  - { id: " + id + ", tier: " + std::string(toString(tierKindOf(row.tier)))
            + ", zone: " + yamlScalar(row.zone) + ", cidr: " + yamlScalar(row.cidr.toString())
            + " }\n";
    }
    return out;
}

} // namespace cw::net
