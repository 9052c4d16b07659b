// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

#include <string>

/// A synthetic AWS design of about `elements` elements (accounts, VPCs, subnets, services,
/// externals) with about one connection per service, for the layout benchmark and tests.
namespace cw::bench {

inline Model syntheticModel(int elements)
{
    Model m;
    m.name = "synthetic";
    m.externals.push_back({ "users", "Users", ExternalKind::Internet, {}, {}, {} });
    m.externals.push_back(
        { "corp", "Corporate DC", ExternalKind::OnPremises, { "192.168.0.0/16" }, {}, {} });
    int count = 2, a = 0;
    std::string previous = "users";
    while (count < elements) {
        Account acc;
        acc.id = "acct-" + std::to_string(a);
        acc.name = "Account " + std::to_string(a);
        Network net;
        net.id = "vpc-" + std::to_string(a);
        net.name = "VPC " + std::to_string(a);
        net.region = "eu-west-1";
        net.cidrs = { "10." + std::to_string(a % 250) + ".0.0/16" };
        net.zones = { "eu-west-1a", "eu-west-1b", "eu-west-1c" };
        count += 2;
        for (int t = 0; t < 3; ++t)
            for (int z = 0; z < 3; ++z) {
                Subnet sn;
                sn.id = net.id + "-s" + std::to_string(t) + std::to_string(z);
                sn.tier = Tier(t);
                sn.zone = net.zones[std::size_t(z)];
                sn.cidr
                    = "10." + std::to_string(a % 250) + "." + std::to_string(t * 3 + z) + ".0/24";
                net.subnets.push_back(sn);
                ++count;
            }
        for (int k = 0; k < 24 && count < elements; ++k, ++count) {
            Service s;
            s.id = net.id + "-svc" + std::to_string(k);
            s.name = "Service " + std::to_string(k);
            s.kind = k % 4 == 0 ? "aws.alb" : "aws.ec2";
            if (k % 4 == 0)
                s.subnets = { net.subnets[0].id, net.subnets[1].id, net.subnets[2].id };
            else
                s.subnets = { net.subnets[std::size_t(k % 9)].id };
            m.connections.push_back({ {}, previous, s.id, "https", 443, {}, {} });
            previous = s.id;
            net.services.push_back(std::move(s));
        }
        for (int k = 0; k < 3 && count < elements; ++k, ++count) {
            Service s;
            s.id = acc.id + "-global" + std::to_string(k);
            s.name = "Global " + std::to_string(k);
            s.kind = "aws.s3";
            m.connections.push_back({ {}, previous, s.id, "https", 443, {}, {} });
            acc.services.push_back(std::move(s));
        }
        acc.networks.push_back(std::move(net));
        m.accounts.push_back(std::move(acc));
        ++a;
    }
    return m;
}

} // namespace cw::bench
