// SPDX-License-Identifier: MIT
#include "placement.h"

#include "layout/layout.h"
#include "model/modelops.h"

#include <algorithm>

namespace cw::gui {
namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

const Account *findAccount(const Model &m, const QString &id)
{
    for (const auto &a : m.accounts)
        if (qs(a.id) == id)
            return &a;
    return nullptr;
}

const Network *findNetwork(const Model &m, const QString &id)
{
    for (const auto &a : m.accounts)
        for (const auto &n : a.networks)
            if (qs(n.id) == id)
                return &n;
    return nullptr;
}

bool has(const KindSpec &k, Placement p)
{
    return std::find(k.placements.begin(), k.placements.end(), p) != k.placements.end();
}

DropPlan refuse(const QString &reason)
{
    DropPlan p;
    p.reason = reason;
    return p;
}

DropPlan planService(const Model &m, const KindSpec &k, const DropTarget &t)
{
    const QString label = qs(k.label);
    const auto *acc = findAccount(m, t.accountId);
    if (!acc)
        return refuse(QObject::tr("%1 goes inside an account, a network or a subnet.").arg(label));
    if (acc->provider != k.provider)
        return refuse(
            QObject::tr("%1 is an %2 service; %3 is an %4 account.")
                .arg(label,
                    k.provider == Provider::Azure ? QStringLiteral("Azure") : QStringLiteral("AWS"),
                    qs(acc->name.empty() ? acc->id : acc->name),
                    acc->provider == Provider::Azure ? QStringLiteral("Azure")
                                                     : QStringLiteral("AWS")));
    const bool inSubnet = has(k, Placement::PublicSubnet) || has(k, Placement::PrivateSubnet)
        || has(k, Placement::IsolatedSubnet);
    const bool inNetwork = has(k, Placement::Network);
    const bool regional = has(k, Placement::Region) || has(k, Placement::Global);
    DropPlan p;
    p.ok = true;
    p.accountId = t.accountId;
    auto toAccount = [&] {
        p.parent = DropPlan::Parent::Account;
        if (!t.networkId.isEmpty())
            p.note = QObject::tr(
                "%1 is a regional service: placed in the account, outside the network.")
                         .arg(label);
        return p;
    };
    if (!t.subnetId.isEmpty()) {
        const auto *net = findNetwork(m, t.networkId);
        if (inSubnet && net) {
            p.parent = DropPlan::Parent::Subnet;
            p.networkId = t.networkId;
            p.subnets = { t.subnetId };
            const auto sub = std::find_if(net->subnets.begin(), net->subnets.end(),
                [&](const Subnet &s) { return qs(s.id) == t.subnetId; });
            QString flag;
            if (sub != net->subnets.end()) {
                const Placement fits = sub->tier == Tier::Public ? Placement::PublicSubnet
                    : sub->tier == Tier::Private                 ? Placement::PrivateSubnet
                                                                 : Placement::IsolatedSubnet;
                // Allowed (designs in review may have it), but the user hears it at once.
                if (!has(k, fits))
                    flag = QObject::tr("Allowed in a %1 subnet, but the rules will flag it.")
                               .arg(qs(std::string(toString(sub->tier))));
            }
            if (k.minZones >= 2 && sub != net->subnets.end()) {
                QStringList across = subnetsAcrossZones(*net, sub->tier);
                if (!across.contains(t.subnetId))
                    across.prepend(t.subnetId);
                if (across.size() > 1) {
                    p.subnets = across;
                    p.note = QObject::tr("%1 spans the %2 subnets of %3 zones.")
                                 .arg(label, qs(std::string(toString(sub->tier))))
                                 .arg(across.size());
                }
            }
            if (!flag.isEmpty())
                p.note = p.note.isEmpty() ? label + QStringLiteral(": ") + flag
                                          : p.note + QLatin1Char(' ') + flag;
            return p;
        }
        if (inNetwork) {
            p.parent = DropPlan::Parent::Network;
            p.networkId = t.networkId;
            p.note = QObject::tr("%1 attaches to the network, not to a subnet.").arg(label);
            return p;
        }
        if (regional)
            return toAccount();
    }
    if (!t.networkId.isEmpty()) {
        if (inNetwork) {
            p.parent = DropPlan::Parent::Network;
            p.networkId = t.networkId;
            return p;
        }
        if (inSubnet)
            return refuse(QObject::tr("%1 goes in a subnet: drop it into one.").arg(label));
        if (regional)
            return toAccount();
    }
    if (regional)
        return toAccount();
    return refuse(QObject::tr("%1 goes in a %2: drop it into one.")
                      .arg(label, inSubnet ? QObject::tr("subnet") : QObject::tr("network")));
}

} // namespace

QString DropPlan::containerId() const
{
    switch (parent) {
    case Parent::Top:
        return {};
    case Parent::Account:
        return accountId;
    case Parent::Network:
        return networkId;
    case Parent::Subnet:
        return subnets.isEmpty() ? networkId : subnets.front();
    }
    return {};
}

QStringList subnetsAcrossZones(const Network &network, Tier tier)
{
    QStringList out;
    for (const auto &zone : layout::columnZones(network))
        for (const auto &s : network.subnets)
            if (s.zone == zone && s.tier == tier) {
                out << qs(s.id);
                break;
            }
    return out;
}

DropPlan planDrop(const Model &m, const QString &key, const DropTarget &t, const Catalog &catalog)
{
    if (key.startsWith(QLatin1String("account:"))) {
        if (!t.accountId.isEmpty())
            return refuse(QObject::tr("An account cannot go inside another account: drop it on the "
                                      "empty canvas."));
        DropPlan p;
        p.ok = true;
        return p;
    }
    if (key.startsWith(QLatin1String("external:"))) {
        if (!t.accountId.isEmpty())
            return refuse(QObject::tr("The internet, on-premises sites and SaaS stay outside "
                                      "accounts: drop it on the empty canvas."));
        DropPlan p;
        p.ok = true;
        return p;
    }
    if (key == QLatin1String("network")) {
        if (t.accountId.isEmpty())
            return refuse(QObject::tr("A network (VPC or VNet) must be inside an account."));
        DropPlan p;
        p.ok = true;
        p.parent = DropPlan::Parent::Account;
        p.accountId = t.accountId;
        return p;
    }
    if (key.startsWith(QLatin1String("subnet:"))) {
        if (t.networkId.isEmpty())
            return refuse(QObject::tr("A subnet must be inside a network (VPC or VNet)."));
        const auto *net = findNetwork(m, t.networkId);
        QString zone = t.zone;
        if (zone.isEmpty() && net && !net->zones.empty())
            zone = qs(net->zones.front());
        if (zone.isEmpty())
            return refuse(
                QObject::tr("The network has no zones yet: add one in the inspector first."));
        DropPlan p;
        p.ok = true;
        p.parent = DropPlan::Parent::Network;
        p.accountId = t.accountId;
        p.networkId = t.networkId;
        p.zone = zone;
        return p;
    }
    const auto *kind = catalog.find(key.toStdString());
    if (!kind)
        return refuse(QObject::tr("Unknown service kind %1.").arg(key));
    return planService(m, *kind, t);
}

QString paletteKeyOf(const Model &model, const std::string &id, const Catalog &)
{
    const auto p = findPath(model, id);
    if (!p)
        return {};
    const auto v = valueAt(model, *p);
    if (const auto *a = std::get_if<Account>(&v))
        return QStringLiteral("account:") + qs(std::string(toString(a->provider)));
    if (std::holds_alternative<Network>(v))
        return QStringLiteral("network");
    if (const auto *s = std::get_if<Subnet>(&v))
        return QStringLiteral("subnet:") + qs(std::string(toString(s->tier)));
    if (const auto *s = std::get_if<Service>(&v))
        return qs(s->kind);
    if (const auto *e = std::get_if<External>(&v))
        return QStringLiteral("external:") + qs(std::string(toString(e->kind)));
    return {};
}

} // namespace cw::gui
