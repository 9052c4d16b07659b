// SPDX-License-Identifier: MIT
#pragma once

#include "model/idtable.h"
#include "model/model.h"
#include "model/providerlabel.h"
#include "net/cidr.h"

#include <optional>
#include <string_view>
#include <vector>

namespace cw::rules {

/// A subnet with its blocks parsed (nullopt when absent or unparsable).
struct SubnetAddr
{
    const Subnet *subnet = nullptr;
    std::optional<net::Cidr> v4;
    std::optional<net::Cidr> v6;
};

/// A network with its blocks and subnets parsed once, shared by the network rules.
struct NetworkAddr
{
    const Account *account = nullptr;
    const Network *network = nullptr;
    std::vector<net::Cidr> blocks; ///< the network's parsable CIDRs, in file order
    std::vector<SubnetAddr> subnets;
    std::size_t element = 0; ///< the network's position in ModelIndex::elements(); its subnets
                             ///< follow it in order
};

/// Parsed addresses of every network in a model, built in O(n).
class NetView
{
public:
    explicit NetView(const Model &model);

    const std::vector<NetworkAddr> &networks() const { return m_networks; }
    const NetworkAddr *find(std::string_view networkId) const;

private:
    std::vector<NetworkAddr> m_networks;
    IdTable m_byId;
};

/// Prefix lengths a provider accepts, inclusive.
struct PrefixRange
{
    int min = 0;
    int max = 0;
    int step = 1; ///< AWS IPv6 sizes come in steps of 4
    bool accepts(int prefix) const
    {
        return prefix >= min && prefix <= max && (prefix - min) % step == 0;
    }
};

/// Sizes a provider accepts for a network's (VPC/VNet) blocks.
PrefixRange networkPrefixRange(Provider provider, net::Family family);
/// Sizes a provider accepts for a subnet.
PrefixRange subnetPrefixRange(Provider provider, net::Family family);

} // namespace cw::rules
