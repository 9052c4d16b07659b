// SPDX-License-Identifier: MIT
#include "rules/views/netview.h"

namespace cw::rules {

NetView::NetView(const Model &model)
{
    std::size_t networks = 0;
    for (const auto &account : model.accounts)
        networks += account.networks.size();
    m_networks.reserve(networks);
    m_byId.reserve(networks);
    std::size_t element = 0; // ModelIndex's order: account, each network with its subnets and
                             // services, then the account's services
    for (const auto &account : model.accounts) {
        ++element;
        for (const auto &network : account.networks) {
            NetworkAddr na { &account, &network, {}, {}, element };
            element += 1 + network.subnets.size() + network.services.size();
            for (const auto &text : network.cidrs)
                if (auto c = net::Cidr::parse(text))
                    na.blocks.push_back(*c);
            na.subnets.reserve(network.subnets.size());
            for (const auto &s : network.subnets) {
                SubnetAddr sa { &s, std::nullopt, std::nullopt };
                for (const std::string *text : { &s.cidr, &s.ipv6Cidr }) {
                    if (text->empty())
                        continue;
                    if (auto c = net::Cidr::parse(*text))
                        (c->family() == net::Family::V4 ? sa.v4 : sa.v6) = *c;
                }
                na.subnets.push_back(sa);
            }
            m_byId.insert(network.id, static_cast<std::uint32_t>(m_networks.size()));
            m_networks.push_back(std::move(na));
        }
        element += account.services.size();
    }
}

const NetworkAddr *NetView::find(std::string_view networkId) const
{
    const std::uint32_t *at = m_byId.find(networkId);
    return at ? &m_networks[*at] : nullptr;
}

// Sources: AWS VPC user guide (vpc-cidr-blocks, subnet-sizing): IPv4 /16–/28, IPv6 VPC /44–/60
// and subnet /44–/64 in steps of 4. Azure VNet FAQ: IPv4 /8–/29, IPv6 subnets exactly /64.
// GCP subnets: /8–/29.
PrefixRange networkPrefixRange(Provider provider, net::Family family)
{
    const bool v4 = family == net::Family::V4;
    switch (provider) {
    case Provider::Aws:
        return v4 ? PrefixRange { 16, 28 } : PrefixRange { 44, 60, 4 };
    case Provider::Azure:
        return v4 ? PrefixRange { 8, 29 } : PrefixRange { 8, 64 };
    case Provider::Gcp:
        return v4 ? PrefixRange { 8, 29 } : PrefixRange { 48, 64 };
    }
    return {};
}

PrefixRange subnetPrefixRange(Provider provider, net::Family family)
{
    const bool v4 = family == net::Family::V4;
    switch (provider) {
    case Provider::Aws:
        return v4 ? PrefixRange { 16, 28 } : PrefixRange { 44, 64, 4 };
    case Provider::Azure:
        return v4 ? PrefixRange { 8, 29 } : PrefixRange { 64, 64 };
    case Provider::Gcp:
        return v4 ? PrefixRange { 8, 29 } : PrefixRange { 64, 64 };
    }
    return {};
}

} // namespace cw::rules
