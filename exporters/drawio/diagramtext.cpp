// SPDX-License-Identifier: MIT
#include "drawio/diagramtext.h"

#include "model/providerlabel.h"

#include <cctype>

namespace cw::exporters {
namespace {

std::string orId(const std::string &name, const std::string &id)
{
    return name.empty() ? id : name;
}

std::string upper(std::string s)
{
    for (char &c : s)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string join(const std::vector<std::string> &items, const char *sep)
{
    std::string out;
    for (const auto &i : items)
        out += (out.empty() ? "" : sep) + i;
    return out;
}

} // namespace

NodeText nodeText(const ModelIndex &index, const Catalog &catalog, const layout::Node &node)
{
    NodeText t;
    t.category = std::string(node.kind == layout::NodeKind::Zone ? "zone" : "");
    if (node.kind == layout::NodeKind::Zone) {
        const auto slash = node.id.find('/');
        t.title = slash == std::string::npos ? node.id : node.id.substr(slash + 1);
        t.icon = "zone";
        if (const auto *ref = index.find(node.parent); ref && ref->account)
            t.provider = ref->account->provider;
        return t;
    }
    const ElementRef *ref = index.find(node.id);
    if (!ref)
        return { node.id, {}, {}, {}, Provider::Aws, Tier::Private, false, false };
    if (ref->account)
        t.provider = ref->account->provider;
    switch (ref->type) {
    case ElementType::Account: {
        const Account &a = *ref->account;
        t.title = orId(a.name, a.id);
        t.detail = std::string(providerLabel(a.provider))
            + (a.provider == Provider::Azure ? " subscription" : " account") + " · "
            + std::string(toString(a.role)) + " · " + std::string(toString(a.environment));
        t.icon = a.provider == Provider::Azure ? "account-azure" : "account-aws";
        t.category = "account";
        break;
    }
    case ElementType::Network: {
        const Network &n = *ref->network;
        t.title = orId(n.name, n.id);
        t.detail = join(n.cidrs, ", ") + (n.region.empty() ? "" : " · " + n.region);
        t.icon = t.provider == Provider::Azure ? "network-azure" : "network-aws";
        t.category = "network";
        break;
    }
    case ElementType::Subnet: {
        const Subnet &s = *ref->subnet;
        t.title = orId(s.name, s.id);
        t.detail = std::string(toString(s.tier)) + " · " + s.cidr;
        t.icon = "subnet-" + std::string(toString(s.tier));
        t.category = "subnet";
        t.tier = s.tier;
        break;
    }
    case ElementType::Service: {
        const Service &s = *ref->service;
        t.title = orId(s.name, s.id);
        t.spanning = s.subnets.size() > 1;
        if (const KindSpec *k = catalog.find(s.kind)) {
            t.detail = k->label;
            t.icon = k->icon;
            t.category = k->category;
            t.dataStore = k->dataStore;
        } else {
            t.detail = s.kind;
            t.category = "service";
        }
        break;
    }
    case ElementType::External: {
        const External &e = *ref->external;
        t.title = orId(e.name, e.id);
        t.detail = join(e.cidrs, ", ");
        t.icon = std::string(toString(e.kind));
        t.category = "external";
        break;
    }
    }
    return t;
}

std::string connectionLabel(const Connection &connection)
{
    if (connection.protocol.empty())
        return {};
    std::string out = upper(connection.protocol);
    if (connection.port > 0)
        out += " " + std::to_string(connection.port);
    return out;
}

} // namespace cw::exporters
