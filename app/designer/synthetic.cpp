// SPDX-License-Identifier: MIT
#include "synthetic.h"

#include <string>

namespace cw::gui {

int elementCount(const Model &m)
{
    int n = int(m.externals.size());
    for (const auto &a : m.accounts) {
        n += 1 + int(a.services.size());
        for (const auto &net : a.networks)
            n += 1 + int(net.subnets.size()) + int(net.services.size());
    }
    return n;
}

Model syntheticDesign(int elements)
{
    constexpr int kPerNetwork = 1 + 9 + 9 * 4;
    const int networks = std::max(1, elements / kPerNetwork);
    Model m;
    m.name = "Synthetic design (" + std::to_string(elements) + " elements)";
    const char *tiers[] = { "public", "private", "isolated" };
    const char *kinds[3][4] = { { "aws.nat-gateway", "aws.ec2", "aws.nlb", "aws.vpc-endpoint" },
        { "aws.ec2", "aws.lambda", "aws.ec2", "aws.vpc-endpoint" },
        { "aws.rds-postgresql", "aws.ec2", "aws.rds-postgresql", "aws.ec2" } };
    int made = 0;
    for (int a = 0; made < networks; ++a) {
        Account acc;
        acc.id = "acct-" + std::to_string(a);
        acc.name = "Account " + std::to_string(a);
        for (int k = 0; k < 10 && made < networks; ++k, ++made) {
            Network net;
            net.id = "vpc-" + std::to_string(made);
            net.region = "eu-west-1";
            net.cidrs = { "10." + std::to_string(made % 250) + ".0.0/16" };
            net.zones = { "eu-west-1a", "eu-west-1b", "eu-west-1c" };
            for (int t = 0; t < 3; ++t)
                for (int z = 0; z < 3; ++z) {
                    Subnet s;
                    s.id = net.id + "-" + tiers[t] + "-" + char('a' + z);
                    s.tier = Tier(t);
                    s.zone = net.zones[std::size_t(z)];
                    s.cidr = "10." + std::to_string(made % 250) + "." + std::to_string(t * 16 + z)
                        + ".0/24";
                    for (int i = 0; i < 4; ++i) {
                        Service svc;
                        svc.id = s.id + "-s" + std::to_string(i);
                        svc.kind = kinds[t][i];
                        svc.subnets = { s.id };
                        net.services.push_back(std::move(svc));
                    }
                    net.subnets.push_back(std::move(s));
                }
            for (int z = 0; z < 3; ++z)
                for (int i = 0; i < 2; ++i) {
                    Connection c;
                    c.from = net.id + "-private-" + char('a' + z) + "-s" + std::to_string(i);
                    c.to = net.id + "-isolated-" + char('a' + z) + "-s" + std::to_string(i * 2);
                    c.id = c.from + "-to-db";
                    c.protocol = "tcp";
                    c.port = 5432;
                    m.connections.push_back(std::move(c));
                }
            acc.networks.push_back(std::move(net));
        }
        m.accounts.push_back(std::move(acc));
    }
    return m;
}

} // namespace cw::gui
