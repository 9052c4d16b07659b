// SPDX-License-Identifier: MIT
// Checking and setting field values (fields.h); reading and specs live in fields.cpp.
#include "fields.h"
#include "model/modelops.h"

namespace cw::gui {
namespace {

std::string ss(const QVariant &v)
{
    return v.toString().trimmed().toStdString();
}

std::vector<std::string> fromList(const QVariant &v)
{
    std::vector<std::string> out;
    for (const auto &s : v.toStringList())
        if (!s.trimmed().isEmpty())
            out.push_back(s.trimmed().toStdString());
    return out;
}

Tags tagsFromList(const QVariant &v)
{
    Tags out;
    for (const auto &s : v.toStringList()) {
        const auto eq = s.indexOf(QLatin1Char('='));
        const auto k = (eq < 0 ? s : s.left(eq)).trimmed();
        if (!k.isEmpty())
            out[k.toStdString()] = eq < 0 ? std::string() : s.mid(eq + 1).trimmed().toStdString();
    }
    return out;
}

template<typename E> bool setEnum(E &target, std::optional<E> v)
{
    if (!v)
        return false;
    target = *v;
    return true;
}

bool setProperty(Service &s, const std::string &name, const QVariant &value, const Catalog &catalog)
{
    if (!value.isValid()) {
        s.properties.erase(name);
        return true;
    }
    const auto *kind = catalog.find(s.kind);
    const auto *p = kind ? kind->property(name) : nullptr;
    const auto v = fromVariant(value, p ? p->type : PropertyType::String);
    if (!v)
        return false;
    s.properties[name].value = *v;
    return true;
}

} // namespace

QString checkFieldValue(const Model &m, const std::string &id, const QString &key,
    const QVariant &value, const Catalog &catalog)
{
    const auto f = fieldSpec(m, id, key, catalog);
    if (!f)
        return QStringLiteral("unknown field %1").arg(key);
    const auto path = findPath(m, id);
    const Provider provider = path ? providerOf(m, *path) : Provider::Aws;
    if (key == QLatin1String("id")) {
        const auto text = ss(value);
        if (text.empty() && f->optional)
            return {};
        if (!isValidId(text))
            return QStringLiteral("ids use a-z, 0-9 and '-', start and end with a letter or digit, "
                                  "at most 63 characters");
        if (text != id && idInUse(m, text))
            return QStringLiteral("'%1' is already used").arg(QString::fromStdString(text));
        return {};
    }
    if (!value.isValid())
        return f->optional ? QString() : QStringLiteral("a value is required");
    switch (f->kind) {
    case FieldKind::ReadOnly:
        return QStringLiteral("read only");
    case FieldKind::Cidr:
        if (value.toString().trimmed().isEmpty())
            return f->optional ? QString() : QStringLiteral("a CIDR block is required");
        return checkCidr(value.toString(), provider);
    case FieldKind::CidrList:
        for (const auto &c : value.toStringList())
            if (!c.trimmed().isEmpty())
                if (auto e = checkCidr(c, provider); !e.isEmpty())
                    return c.trimmed() + QStringLiteral(": ") + e;
        return {};
    case FieldKind::Enum:
        if (!f->allowed.contains(value.toString()) && !(f->optional && value.toString().isEmpty()))
            return QStringLiteral("one of: %1").arg(f->allowed.join(QStringLiteral(", ")));
        return {};
    case FieldKind::SubnetRefs:
        for (const auto &s : value.toStringList())
            if (!f->allowed.contains(s))
                return QStringLiteral("'%1' is not a subnet of this network").arg(s);
        return {};
    case FieldKind::Int:
    case FieldKind::Number: {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (!ok || (f->kind == FieldKind::Int && d != double(qint64(d))))
            return f->kind == FieldKind::Int ? QStringLiteral("a whole number is required")
                                             : QStringLiteral("a number is required");
        if (f->min && d < *f->min)
            return QStringLiteral("at least %1").arg(*f->min);
        if (f->max && d > *f->max)
            return QStringLiteral("at most %1").arg(*f->max);
        break;
    }
    default:
        break;
    }
    if (key.startsWith(QLatin1String("prop:")) && path && path->type == ElemType::Service) {
        const auto svc = std::get<Service>(valueAt(m, *path));
        const auto *kind = catalog.find(svc.kind);
        const auto *p = kind ? kind->property(key.mid(5).toStdString()) : nullptr;
        if (p) {
            const auto v = fromVariant(value, p->type);
            if (!v)
                return QStringLiteral("does not convert to %1")
                    .arg(QString::fromLatin1(toString(p->type)));
            return QString::fromStdString(checkValue(*p, *v));
        }
    }
    return {};
}

bool setFieldValue(Model &m, const std::string &id, const QString &key, const QVariant &value,
    const Catalog &catalog)
{
    const auto k = key.toStdString();
    if (id.empty()) {
        if (k == "name")
            m.name = value.toString().toStdString();
        else if (k == "description")
            m.description = value.toString().toStdString();
        else
            return false;
        return true;
    }
    const auto path = findPath(m, id);
    if (!path)
        return false;
    const auto text = value.toString().toStdString();
    auto &p = *path;
    switch (p.type) {
    case ElemType::Account: {
        auto &a = m.accounts[p.index];
        if (k == "name")
            a.name = text;
        else if (k == "provider")
            return setEnum(a.provider, providerFromString(text));
        else if (k == "role")
            return setEnum(a.role, accountRoleFromString(text));
        else if (k == "environment")
            return setEnum(a.environment, environmentFromString(text));
        else if (k == "tags")
            a.tags = tagsFromList(value);
        else if (k == "description")
            a.description = text;
        else
            return false;
        return true;
    }
    case ElemType::Network: {
        auto &n = m.accounts[p.account].networks[p.index];
        if (k == "name")
            n.name = text;
        else if (k == "region")
            n.region = ss(value);
        else if (k == "cidrs")
            n.cidrs = fromList(value);
        else if (k == "zones")
            n.zones = fromList(value);
        else if (k == "description")
            n.description = text;
        else
            return false;
        return true;
    }
    case ElemType::Subnet: {
        auto &s = m.accounts[p.account].networks[p.network].subnets[p.index];
        if (k == "name")
            s.name = text;
        else if (k == "tier")
            return setEnum(s.tier, tierFromString(text));
        else if (k == "zone")
            s.zone = ss(value);
        else if (k == "cidr")
            s.cidr = ss(value);
        else if (k == "ipv6Cidr")
            s.ipv6Cidr = ss(value);
        else if (k == "description")
            s.description = text;
        else
            return false;
        return true;
    }
    case ElemType::Service: {
        auto &a = m.accounts[p.account];
        auto &s = p.network < 0 ? a.services[p.index] : a.networks[p.network].services[p.index];
        if (k == "name")
            s.name = text;
        else if (k == "subnets")
            s.subnets = fromList(value);
        else if (k == "region")
            s.region = ss(value);
        else if (k == "tags")
            s.tags = tagsFromList(value);
        else if (k == "description")
            s.description = text;
        else if (k.rfind("prop:", 0) == 0)
            return setProperty(s, k.substr(5), value, catalog);
        else
            return false;
        return true;
    }
    case ElemType::External: {
        auto &e = m.externals[p.index];
        if (k == "name")
            e.name = text;
        else if (k == "kind")
            return setEnum(e.kind, externalKindFromString(text));
        else if (k == "cidrs")
            e.cidrs = fromList(value);
        else if (k == "description")
            e.description = text;
        else
            return false;
        return true;
    }
    case ElemType::Connection: {
        auto &c = m.connections[p.index];
        if (k == "protocol")
            c.protocol = ss(value);
        else if (k == "port")
            c.port = value.toInt();
        else if (k == "description")
            c.description = text;
        else
            return false;
        return true;
    }
    }
    return false;
}

} // namespace cw::gui
