// SPDX-License-Identifier: MIT
#include "rules/rulehelpers.h"

#include "rules/network/placement.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace cw::rules {

const Account *accountOf(const RuleContext &ctx, std::string_view id)
{
    const ElementRef *ref = ctx.index.find(id);
    return ref ? ref->account : nullptr;
}

std::string describe(const RuleContext &ctx, const Service &svc)
{
    const KindSpec *spec = ctx.catalog.find(svc.kind);
    return (spec ? spec->label : svc.kind) + " '" + svc.id + "'";
}

std::string andList(const std::vector<std::string> &items)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::string quotedList(const std::vector<std::string> &ids)
{
    std::vector<std::string> quoted;
    quoted.reserve(ids.size());
    for (const auto &id : ids)
        quoted.push_back("'" + id + "'");
    return andList(quoted);
}

std::string joinReasons(const std::vector<std::string> &reasons)
{
    std::string out;
    for (const auto &r : reasons)
        out += (out.empty() ? "" : "; ") + r;
    return out;
}

std::string fixSentence(const std::vector<std::string> &fixes)
{
    std::string out = joinReasons(fixes);
    if (out.empty())
        return out;
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    if (out.back() != '.')
        out += '.';
    return out;
}

Severity lowerSeverity(Severity s)
{
    return s == Severity::Info ? s : static_cast<Severity>(static_cast<int>(s) - 1);
}

std::string_view categoryOf(const RuleContext &ctx, const Service &svc)
{
    const KindSpec *spec = ctx.catalog.find(svc.kind);
    return spec ? std::string_view(spec->category) : std::string_view();
}

bool isDatabase(const KindSpec *spec)
{
    return spec && spec->category == "database";
}

bool isBastion(std::string_view kind)
{
    return kind == "aws.bastion" || kind == "azure.bastion";
}

bool isSecretStore(std::string_view kind)
{
    return kind == "aws.secrets-manager" || kind == "azure.key-vault";
}

bool isFrontEntry(const KindSpec *spec)
{
    if (!spec || !spec->entryPoint || isBastion(spec->kind))
        return false;
    if (spec->kind.ends_with("vpn-gateway") || spec->kind == "aws.internet-gateway")
        return false;
    return spec->category == "networking" || spec->category == "edge"
        || spec->category == "integration";
}

bool isWorkload(const KindSpec *spec)
{
    if (!spec || isBastion(spec->kind))
        return false;
    if (spec->category == "compute")
        return true;
    // Registries sit in the containers category but run nothing.
    if (spec->category == "containers")
        return spec->kind != "aws.ecr" && spec->kind != "azure.container-registry";
    return spec->kind == "azure.logic-app";
}

std::span<const Subnet *const> subnetsOf(const RuleContext &ctx, const Service &svc)
{
    return placement::subnetsOf(ctx, svc);
}

std::size_t subnetZones(const RuleContext &ctx, const Service &svc)
{
    std::set<std::string_view> zones;
    for (const Subnet *s : subnetsOf(ctx, svc))
        zones.insert(s->zone);
    return zones.size();
}

bool containsNoCase(std::string_view text, std::string_view word)
{
    if (word.empty())
        return true;
    auto lower = [](unsigned char c) { return std::tolower(c); };
    return std::search(text.begin(), text.end(), word.begin(), word.end(), [&](char a, char b) {
        return lower(a) == lower(b);
    }) != text.end();
}

} // namespace cw::rules
