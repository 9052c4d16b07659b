// SPDX-License-Identifier: MIT
#include "fields.h"

#include "model/modelops.h"
#include "net/cidr.h"

namespace cw::gui {
namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
std::string ss(const QVariant &v)
{
    return v.toString().toStdString();
}

std::vector<std::string> fromList(const QVariant &v)
{
    std::vector<std::string> out;
    for (const auto &s : v.toStringList())
        if (!s.trimmed().isEmpty())
            out.push_back(s.trimmed().toStdString());
    return out;
}

QStringList toList(const std::vector<std::string> &v)
{
    QStringList out;
    for (const auto &s : v)
        out << qs(s);
    return out;
}

QStringList names(const std::vector<std::string> &v)
{
    return toList(v);
}

QStringList tagsToList(const Tags &tags)
{
    QStringList out;
    for (const auto &[k, v] : tags)
        out << qs(k) + QLatin1Char('=') + qs(v);
    return out;
}

FieldSpec spec(const char *key, FieldKind kind, const char *doc, QStringList allowed = {})
{
    FieldSpec f;
    f.key = QString::fromLatin1(key);
    f.label = labelFor(f.key);
    f.kind = kind;
    f.group = QStringLiteral("Element");
    f.doc = QString::fromUtf8(doc);
    f.allowed = std::move(allowed);
    return f;
}

const QStringList kProtocols { "tcp", "udp", "http", "https", "icmp", "any" };

/// Mutable pointers to the element an id names (at most one is set).
struct ElemRef
{
    Account *account = nullptr;
    Network *network = nullptr;
    Subnet *subnet = nullptr;
    Service *service = nullptr;
    External *external = nullptr;
    Connection *connection = nullptr;
    std::optional<ElemPath> path;
};

ElemRef refFor(Model &m, const std::string &id)
{
    ElemRef r;
    r.path = findPath(m, id);
    if (!r.path)
        return r;
    const auto &p = *r.path;
    switch (p.type) {
    case ElemType::Account:
        r.account = &m.accounts[p.index];
        break;
    case ElemType::Network:
        r.network = &m.accounts[p.account].networks[p.index];
        break;
    case ElemType::Subnet:
        r.subnet = &m.accounts[p.account].networks[p.network].subnets[p.index];
        break;
    case ElemType::Service:
        r.service = p.network < 0 ? &m.accounts[p.account].services[p.index]
                                  : &m.accounts[p.account].networks[p.network].services[p.index];
        break;
    case ElemType::External:
        r.external = &m.externals[p.index];
        break;
    case ElemType::Connection:
        r.connection = &m.connections[p.index];
        break;
    }
    return r;
}

ElemRef refFor(const Model &m, const std::string &id)
{
    return refFor(const_cast<Model &>(m), id);
}

} // namespace

QString labelFor(const QString &key)
{
    QString k = key.startsWith(QLatin1String("prop:")) ? key.mid(5) : key;
    if (k == QLatin1String("ipv6Cidr"))
        return QStringLiteral("IPv6 CIDR");
    if (k == QLatin1String("cidr") || k == QLatin1String("cidrs"))
        return k.toUpper().replace(QLatin1String("CIDRS"), QLatin1String("CIDRs"));
    if (k == QLatin1String("id"))
        return QStringLiteral("Id");
    k.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!k.isEmpty())
        k[0] = k[0].toUpper();
    return k;
}

QVariant toVariant(const Value &v)
{
    return std::visit(
        [](const auto &x) -> QVariant {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, bool>)
                return x;
            else if constexpr (std::is_same_v<T, std::int64_t>)
                return qlonglong(x);
            else if constexpr (std::is_same_v<T, double>)
                return x;
            else if constexpr (std::is_same_v<T, std::string>)
                return qs(x);
            else
                return toList(x);
        },
        v);
}

std::optional<Value> fromVariant(const QVariant &v, PropertyType type)
{
    bool ok = true;
    switch (type) {
    case PropertyType::Bool:
        return Value(v.toBool());
    case PropertyType::Int: {
        const auto n = v.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<Value>(Value(std::int64_t(n))) : std::nullopt;
    }
    case PropertyType::Number: {
        const auto d = v.toString().trimmed().toDouble(&ok);
        return ok ? std::optional<Value>(Value(d)) : std::nullopt;
    }
    case PropertyType::String:
    case PropertyType::Enum:
        return Value(ss(v));
    case PropertyType::List:
        return Value(fromList(v));
    }
    return std::nullopt;
}

QString checkCidr(const QString &text, Provider provider, double *usable)
{
    std::string error;
    const auto c = net::Cidr::parse(text.trimmed().toStdString(), &error);
    if (!c)
        return qs(error.empty() ? "not a CIDR block" : error);
    if (!c->isCanonical())
        return QStringLiteral("host bits are set: did you mean %1?")
            .arg(qs(c->canonical().toString()));
    if (usable)
        *usable = net::usableAddresses(*c, provider);
    return {};
}

QList<FieldSpec> fieldSpecs(const Model &m, const std::string &id, const Catalog &catalog)
{
    QList<FieldSpec> out;
    if (id.empty()) {
        out << spec("name", FieldKind::Text, "Name of the design.")
            << spec("description", FieldKind::LongText, "What the design is for.");
        return out;
    }
    const auto r = refFor(m, id);
    if (!r.path)
        return out;
    auto idSpec
        = spec("id", FieldKind::Text, "Unique id [a-z0-9-], used in messages and IaC names.");
    auto name
        = spec("name", FieldKind::Text, "Display and provider name; the id is used when empty.");
    auto desc = spec("description", FieldKind::LongText, "Free text.");
    if (r.account) {
        out << idSpec << name
            << spec("provider", FieldKind::Enum, "Cloud provider.", names(providerNames()))
            << spec("role", FieldKind::Enum, "Role in the organization.", names(accountRoleNames()))
            << spec("environment", FieldKind::Enum, "Environment it hosts.",
                   names(environmentNames()))
            << spec("tags", FieldKind::List, "Tags as key=value, copied to every resource.")
            << desc;
    } else if (r.network) {
        out << idSpec << name << spec("region", FieldKind::Text, "Provider region, e.g. eu-west-1.")
            << spec("cidrs", FieldKind::CidrList, "Address blocks, primary first.")
            << spec("zones", FieldKind::List, "Availability zones, one column each.") << desc;
    } else if (r.subnet) {
        const auto &net = m.accounts[r.path->account].networks[r.path->network];
        QStringList zones = toList(net.zones);
        if (!zones.contains(qs(r.subnet->zone)))
            zones << qs(r.subnet->zone);
        auto ipv6 = spec("ipv6Cidr", FieldKind::Cidr, "Optional IPv6 block (/64).");
        ipv6.optional = true;
        out << idSpec << name << spec("tier", FieldKind::Enum, "Routing tier.", names(tierNames()))
            << spec("zone", FieldKind::Enum, "Availability zone.", zones)
            << spec("cidr", FieldKind::Cidr, "IPv4 block inside the network.") << ipv6 << desc;
    } else if (r.service) {
        const auto *kind = catalog.find(r.service->kind);
        out << idSpec << name
            << spec("kind", FieldKind::ReadOnly, "Service kind from the catalog.");
        if (r.path->network >= 0) {
            QStringList subnets;
            for (const auto &s : m.accounts[r.path->account].networks[r.path->network].subnets)
                subnets << qs(s.id);
            out << spec("subnets", FieldKind::SubnetRefs,
                "Subnets it is placed in; several = spans zones.", subnets);
        } else {
            auto region = spec("region", FieldKind::Text, "Region; empty = global.");
            region.optional = true;
            out << region;
        }
        out << spec("tags", FieldKind::List, "Tags as key=value.") << desc;
        if (kind) {
            for (const auto &p : kind->properties) {
                FieldSpec f;
                f.key = QStringLiteral("prop:") + qs(p.name);
                f.label = labelFor(f.key);
                f.group = QStringLiteral("Properties");
                f.doc = qs(p.doc);
                f.optional = true;
                f.min = p.min;
                f.max = p.max;
                f.allowed = toList(p.allowed);
                switch (p.type) {
                case PropertyType::String:
                    f.kind = FieldKind::Text;
                    break;
                case PropertyType::Int:
                    f.kind = FieldKind::Int;
                    break;
                case PropertyType::Number:
                    f.kind = FieldKind::Number;
                    break;
                case PropertyType::Bool:
                    f.kind = FieldKind::Bool;
                    break;
                case PropertyType::Enum:
                    f.kind = FieldKind::Enum;
                    break;
                case PropertyType::List:
                    f.kind = FieldKind::List;
                    break;
                }
                out << f;
            }
        }
    } else if (r.external) {
        out << idSpec << name
            << spec("kind", FieldKind::Enum, "What lies outside the design.",
                   names(externalKindNames()))
            << spec(
                   "cidrs", FieldKind::CidrList, "Address space (on-premises), for overlap checks.")
            << desc;
    } else if (r.connection) {
        auto cid = spec("id", FieldKind::Text, "Optional id of the connection.");
        cid.optional = true;
        auto port = spec("port", FieldKind::Int, "Destination port; 0 = not applicable.");
        port.min = 0;
        port.max = 65535;
        out << spec("from", FieldKind::ReadOnly, "Source element.")
            << spec("to", FieldKind::ReadOnly, "Destination element.")
            << spec("protocol", FieldKind::Enum, "Protocol.", kProtocols) << port << cid << desc;
    }
    return out;
}

std::optional<FieldSpec> fieldSpec(
    const Model &m, const std::string &id, const QString &key, const Catalog &catalog)
{
    for (const auto &f : fieldSpecs(m, id, catalog))
        if (f.key == key)
            return f;
    return std::nullopt;
}

QVariant fieldValue(
    const Model &m, const std::string &id, const QString &key, bool *isSet, const Catalog &catalog)
{
    if (isSet)
        *isSet = true;
    if (id.empty())
        return key == QLatin1String("name") ? qs(m.name) : qs(m.description);
    const auto r = refFor(m, id);
    const auto k = key.toStdString();
    if (r.account) {
        const auto &a = *r.account;
        if (k == "id")
            return qs(a.id);
        if (k == "name")
            return qs(a.name);
        if (k == "provider")
            return qs(std::string(toString(a.provider)));
        if (k == "role")
            return qs(std::string(toString(a.role)));
        if (k == "environment")
            return qs(std::string(toString(a.environment)));
        if (k == "tags")
            return tagsToList(a.tags);
        if (k == "description")
            return qs(a.description);
    } else if (r.network) {
        const auto &n = *r.network;
        if (k == "id")
            return qs(n.id);
        if (k == "name")
            return qs(n.name);
        if (k == "region")
            return qs(n.region);
        if (k == "cidrs")
            return toList(n.cidrs);
        if (k == "zones")
            return toList(n.zones);
        if (k == "description")
            return qs(n.description);
    } else if (r.subnet) {
        const auto &s = *r.subnet;
        if (k == "id")
            return qs(s.id);
        if (k == "name")
            return qs(s.name);
        if (k == "tier")
            return qs(std::string(toString(s.tier)));
        if (k == "zone")
            return qs(s.zone);
        if (k == "cidr")
            return qs(s.cidr);
        if (k == "ipv6Cidr")
            return qs(s.ipv6Cidr);
        if (k == "description")
            return qs(s.description);
    } else if (r.service) {
        const auto &s = *r.service;
        if (k == "id")
            return qs(s.id);
        if (k == "name")
            return qs(s.name);
        if (k == "kind")
            return qs(s.kind);
        if (k == "subnets")
            return toList(s.subnets);
        if (k == "region")
            return qs(s.region);
        if (k == "tags")
            return tagsToList(s.tags);
        if (k == "description")
            return qs(s.description);
        if (k.rfind("prop:", 0) == 0) {
            const auto name = k.substr(5);
            if (auto it = s.properties.find(name); it != s.properties.end())
                return toVariant(it->second.value);
            if (isSet)
                *isSet = false;
            const auto *kind = catalog.find(s.kind);
            const auto *p = kind ? kind->property(name) : nullptr;
            return p && p->defaultValue ? toVariant(*p->defaultValue) : QVariant();
        }
    } else if (r.external) {
        const auto &e = *r.external;
        if (k == "id")
            return qs(e.id);
        if (k == "name")
            return qs(e.name);
        if (k == "kind")
            return qs(std::string(toString(e.kind)));
        if (k == "cidrs")
            return toList(e.cidrs);
        if (k == "description")
            return qs(e.description);
    } else if (r.connection) {
        const auto &c = *r.connection;
        if (k == "id")
            return qs(c.id);
        if (k == "from")
            return qs(c.from);
        if (k == "to")
            return qs(c.to);
        if (k == "protocol")
            return qs(c.protocol);
        if (k == "port")
            return c.port;
        if (k == "description")
            return qs(c.description);
    }
    return {};
}

} // namespace cw::gui
