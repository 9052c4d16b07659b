// SPDX-License-Identifier: MIT
#include "rules/views/exposure.h"

#include "rules/props.h"

namespace cw::rules {
namespace {

/// The region a regional service runs in: its network's, else its own.
std::string regionOf(const ElementRef &ref)
{
    if (ref.network)
        return ref.network->region;
    return ref.service ? ref.service->region : std::string();
}

bool inPublicSubnet(const RuleContext &ctx, const Service &svc)
{
    for (const auto &sid : svc.subnets)
        if (const ElementRef *r = ctx.index.find(sid);
            r && r->subnet && r->subnet->tier == Tier::Public)
            return true;
    return false;
}

/// AWS: a web ACL connected to the entry point (inline or associated) with the right scope.
void awsWaf(const RuleContext &ctx, const Topology &topo, TopologyVertex v, WafInfo &info)
{
    const Service &svc = *topo.service(v);
    const bool cdn = svc.kind == "aws.cloudfront";
    if (svc.kind == "aws.api-gateway" && textProp(ctx.catalog, svc, "api_type") != "REST") {
        info.gap = "API Gateway " + textProp(ctx.catalog, svc, "api_type")
            + " APIs cannot be associated with a WAF web ACL (only REST APIs can)";
        return;
    }
    const std::string region = regionOf(topo.element(v));
    std::string mismatch;
    auto consider = [&](const Connection &, TopologyVertex peer) {
        const Service *w = topo.service(peer);
        if (!w || w->kind != "aws.waf" || info.state == WafState::Direct)
            return;
        const bool global = w->region.empty();
        if (cdn && !global)
            mismatch = "WAF '" + w->id + "' is regional (" + w->region
                + "); CloudFront needs a global web ACL (scope CLOUDFRONT, us-east-1)";
        else if (!cdn && global)
            mismatch = "WAF '" + w->id + "' is global (scope CLOUDFRONT); '" + svc.id
                + "' needs a regional web ACL";
        else if (!cdn && !region.empty() && w->region != region)
            mismatch = "WAF '" + w->id + "' is in " + w->region + " but '" + svc.id + "' is in "
                + region;
        else {
            info.state = WafState::Direct;
            info.waf = w->id;
        }
    };
    topo.forEachIncoming(v, consider);
    topo.forEachOutgoing(v, consider);
    if (info.state != WafState::Direct)
        info.gap = mismatch.empty() ? "no WAF web ACL is connected to it" : mismatch;
}

void azureWaf(const RuleContext &ctx, const Service &svc, WafInfo &info)
{
    const bool frontDoor = svc.kind == "azure.front-door";
    const bool has = frontDoor ? boolProp(ctx.catalog, svc, "waf")
                               : textProp(ctx.catalog, svc, "sku") == "WAF_v2";
    const std::string mode = textProp(ctx.catalog, svc, "waf_mode");
    if (!has)
        info.gap = frontDoor ? "it has no WAF policy (waf false)"
                             : "its sku is " + textProp(ctx.catalog, svc, "sku") + ", not WAF_v2";
    else if (mode != "Prevention")
        info.gap = "its WAF is in " + mode + " mode, which logs attacks but does not block them";
    else
        info.state = WafState::Direct;
}

} // namespace

bool isHttpEntry(std::string_view kind)
{
    return kind == "aws.alb" || kind == "aws.api-gateway" || kind == "aws.cloudfront"
        || kind == "azure.front-door" || kind == "azure.application-gateway";
}

std::vector<WafInfo> wafCoverage(const RuleContext &ctx, const Topology &topo)
{
    std::vector<WafInfo> out(topo.vertexCount());
    std::vector<TopologyVertex> missing;
    for (TopologyVertex v = 0; v < out.size(); ++v) {
        const Service *svc = topo.service(v);
        if (!svc || !isHttpEntry(svc->kind))
            continue;
        WafInfo &info = out[v];
        info.state = WafState::Missing;
        const std::string &k = svc->kind;
        bool fromInternet = false;
        topo.forEachIncoming(v, [&](const Connection &, TopologyVertex peer) {
            fromInternet = fromInternet || topo.isInternet(peer);
        });
        if (k == "aws.alb")
            info.internetFacing = !boolProp(ctx.catalog, *svc, "internal");
        else if (k == "aws.api-gateway")
            info.internetFacing = textProp(ctx.catalog, *svc, "endpoint_type") != "PRIVATE";
        else if (k == "azure.application-gateway")
            info.internetFacing = inPublicSubnet(ctx, *svc);
        else
            info.internetFacing = true; // CloudFront and Front Door are always public
        info.internetFacing = info.internetFacing || fromInternet;

        if (k.starts_with("aws."))
            awsWaf(ctx, topo, v, info);
        else
            azureWaf(ctx, *svc, info);
        if (info.state == WafState::Missing)
            missing.push_back(v);
    }
    // Second pass: an entry point reached only from WAF-protected entry points (and never from
    // the internet directly) is covered by them: its security group admits only them.
    for (TopologyVertex v : missing) {
        bool any = false;
        bool allProtected = true;
        topo.forEachIncoming(v, [&](const Connection &, TopologyVertex peer) {
            any = true;
            allProtected = allProtected && out[peer].state == WafState::Direct;
        });
        if (any && allProtected)
            out[v].state = WafState::Upstream;
    }
    return out;
}

const std::vector<WafInfo> &wafCoverageOf(
    const RuleContext &ctx, const Topology &topo, std::optional<std::vector<WafInfo>> &local)
{
    if (ctx.cache)
        return ctx.cache->get<std::vector<WafInfo>>(
            [&] { return std::make_shared<const std::vector<WafInfo>>(wafCoverage(ctx, topo)); });
    return local.emplace(wafCoverage(ctx, topo));
}

} // namespace cw::rules
