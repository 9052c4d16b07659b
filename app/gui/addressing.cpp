// SPDX-License-Identifier: MIT
#include "addressing.h"

#include "net/cidr.h"

#include <algorithm>
#include <cctype>

namespace cw::gui {
namespace {

void addParsed(const std::vector<std::string> &blocks, std::vector<net::Cidr> &out)
{
    for (const auto &b : blocks)
        if (auto c = net::Cidr::parse(b))
            out.push_back(c->canonical());
}

} // namespace

std::string freeNetworkBlock(const Model &m)
{
    std::vector<net::Cidr> used;
    for (const auto &a : m.accounts)
        for (const auto &n : a.networks)
            addParsed(n.cidrs, used);
    const auto range = net::Cidr::parse("10.0.0.0/8");
    const auto block = net::nextFree(*range, 16, used);
    return block ? block->toString() : "10.0.0.0/16";
}

std::string freeSubnetBlock(const Network &n, int prefix, const std::vector<std::string> &extraUsed)
{
    if (n.cidrs.empty())
        return {};
    const auto range = net::Cidr::parse(n.cidrs.front());
    if (!range || range->family() != net::Family::V4)
        return {};
    std::vector<net::Cidr> used;
    std::vector<std::string> blocks = extraUsed;
    for (const auto &s : n.subnets)
        blocks.push_back(s.cidr);
    addParsed(blocks, used);
    const auto block = net::nextFree(range->canonical(), std::max(prefix, range->prefix()), used);
    return block ? block->toString() : std::string();
}

std::string zoneSuffix(const std::string &zone)
{
    // AWS zones end in a letter ("eu-west-1a" -> "a"); Azure zones are numbers ("2" -> "2").
    if (zone.empty())
        return "a";
    if (std::isalpha(static_cast<unsigned char>(zone.back())))
        return std::string(1, zone.back());
    std::string s;
    for (auto it = zone.rbegin();
         it != zone.rend() && std::isdigit(static_cast<unsigned char>(*it)); ++it)
        s.insert(s.begin(), *it);
    return s.empty() ? "a" : s;
}

std::string shortKind(const std::string &kind)
{
    const auto dot = kind.find('.');
    return dot == std::string::npos ? kind : kind.substr(dot + 1);
}

} // namespace cw::gui
