// SPDX-License-Identifier: MIT
#include "model/modelops.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

namespace cw {
namespace {

constexpr int kTopLevel = 1 << 28; // externals and connections sort after every account

template<typename T> auto &vectorFor(Model &m, const ElemPath &p);

template<> auto &vectorFor<Account>(Model &m, const ElemPath &)
{
    return m.accounts;
}
template<> auto &vectorFor<Network>(Model &m, const ElemPath &p)
{
    return m.accounts.at(p.account).networks;
}
template<> auto &vectorFor<Subnet>(Model &m, const ElemPath &p)
{
    return m.accounts.at(p.account).networks.at(p.network).subnets;
}
template<> auto &vectorFor<Service>(Model &m, const ElemPath &p)
{
    auto &a = m.accounts.at(p.account);
    return p.network < 0 ? a.services : a.networks.at(p.network).services;
}
template<> auto &vectorFor<External>(Model &m, const ElemPath &)
{
    return m.externals;
}
template<> auto &vectorFor<Connection>(Model &m, const ElemPath &)
{
    return m.connections;
}

template<typename T> void insertTyped(Model &m, const ElemPath &p, ElemValue &&v)
{
    auto &vec = vectorFor<T>(m, p);
    if (p.index < 0 || p.index > int(vec.size()))
        throw std::out_of_range("insertAt: bad index");
    vec.insert(vec.begin() + p.index, std::get<T>(std::move(v)));
}

template<typename T> ElemValue removeTyped(Model &m, const ElemPath &p)
{
    auto &vec = vectorFor<T>(m, p);
    ElemValue out = std::move(vec.at(p.index));
    vec.erase(vec.begin() + p.index);
    return out;
}

} // namespace

std::vector<int> ElemPath::key() const
{
    switch (type) {
    case ElemType::Account:
        return { account };
    case ElemType::Network:
        return { account, 0, network };
    case ElemType::Subnet:
        return { account, 0, network, 0, index };
    case ElemType::Service:
        return network < 0 ? std::vector<int> { account, 1, index }
                           : std::vector<int> { account, 0, network, 1, index };
    case ElemType::External:
        return { kTopLevel, 0, index };
    case ElemType::Connection:
        return { kTopLevel, 1, index };
    }
    return {};
}

std::string connectionKey(const Model &model, std::size_t index)
{
    const auto &c = model.connections.at(index);
    return c.id.empty() ? "#" + std::to_string(index) : c.id;
}

std::optional<ElemPath> findPath(const Model &model, std::string_view id)
{
    if (id.empty())
        return std::nullopt;
    if (id.front() == '#') {
        try {
            const int i = std::stoi(std::string(id.substr(1)));
            if (i >= 0 && i < int(model.connections.size()))
                return ElemPath { ElemType::Connection, -1, -1, i };
        } catch (const std::exception &) { }
        return std::nullopt;
    }
    for (int a = 0; a < int(model.accounts.size()); ++a) {
        const auto &acc = model.accounts[a];
        if (acc.id == id)
            return ElemPath { ElemType::Account, a, -1, a };
        for (int n = 0; n < int(acc.networks.size()); ++n) {
            const auto &net = acc.networks[n];
            if (net.id == id)
                return ElemPath { ElemType::Network, a, n, n };
            for (int s = 0; s < int(net.subnets.size()); ++s)
                if (net.subnets[s].id == id)
                    return ElemPath { ElemType::Subnet, a, n, s };
            for (int s = 0; s < int(net.services.size()); ++s)
                if (net.services[s].id == id)
                    return ElemPath { ElemType::Service, a, n, s };
        }
        for (int s = 0; s < int(acc.services.size()); ++s)
            if (acc.services[s].id == id)
                return ElemPath { ElemType::Service, a, -1, s };
    }
    for (int e = 0; e < int(model.externals.size()); ++e)
        if (model.externals[e].id == id)
            return ElemPath { ElemType::External, -1, -1, e };
    for (int c = 0; c < int(model.connections.size()); ++c)
        if (model.connections[c].id == id)
            return ElemPath { ElemType::Connection, -1, -1, c };
    return std::nullopt;
}

ElemValue valueAt(const Model &model, const ElemPath &p)
{
    auto &m = const_cast<Model &>(model); // read only: vectorFor needs one signature
    switch (p.type) {
    case ElemType::Account:
        return vectorFor<Account>(m, p).at(p.index);
    case ElemType::Network:
        return vectorFor<Network>(m, p).at(p.index);
    case ElemType::Subnet:
        return vectorFor<Subnet>(m, p).at(p.index);
    case ElemType::Service:
        return vectorFor<Service>(m, p).at(p.index);
    case ElemType::External:
        return vectorFor<External>(m, p).at(p.index);
    case ElemType::Connection:
        return vectorFor<Connection>(m, p).at(p.index);
    }
    throw std::logic_error("valueAt");
}

void insertAt(Model &m, const ElemPath &p, ElemValue v)
{
    switch (p.type) {
    case ElemType::Account:
        return insertTyped<Account>(m, p, std::move(v));
    case ElemType::Network:
        return insertTyped<Network>(m, p, std::move(v));
    case ElemType::Subnet:
        return insertTyped<Subnet>(m, p, std::move(v));
    case ElemType::Service:
        return insertTyped<Service>(m, p, std::move(v));
    case ElemType::External:
        return insertTyped<External>(m, p, std::move(v));
    case ElemType::Connection:
        return insertTyped<Connection>(m, p, std::move(v));
    }
}

void replaceAt(Model &m, const ElemPath &p, ElemValue v)
{
    removeAt(m, p);
    insertAt(m, p, std::move(v));
}

ElemValue removeAt(Model &m, const ElemPath &p)
{
    switch (p.type) {
    case ElemType::Account:
        return removeTyped<Account>(m, p);
    case ElemType::Network:
        return removeTyped<Network>(m, p);
    case ElemType::Subnet:
        return removeTyped<Subnet>(m, p);
    case ElemType::Service:
        return removeTyped<Service>(m, p);
    case ElemType::External:
        return removeTyped<External>(m, p);
    case ElemType::Connection:
        return removeTyped<Connection>(m, p);
    }
    throw std::logic_error("removeAt");
}

std::string idOf(const ElemValue &v)
{
    return std::visit([](const auto &e) { return e.id; }, v);
}

void collectIds(const ElemValue &v, std::vector<std::string> &out)
{
    if (const auto *a = std::get_if<Account>(&v)) {
        out.push_back(a->id);
        for (const auto &n : a->networks)
            collectIds(n, out);
        for (const auto &s : a->services)
            out.push_back(s.id);
    } else if (const auto *n = std::get_if<Network>(&v)) {
        out.push_back(n->id);
        for (const auto &s : n->subnets)
            out.push_back(s.id);
        for (const auto &s : n->services)
            out.push_back(s.id);
    } else {
        out.push_back(idOf(v));
    }
}

void Fragment::sort()
{
    std::stable_sort(elements.begin(), elements.end(),
        [](const auto &a, const auto &b) { return a.first.key() < b.first.key(); });
    auto byIndex = [](const auto &a, const auto &b) { return a.first < b.first; };
    std::stable_sort(suppressions.begin(), suppressions.end(), byIndex);
    std::stable_sort(links.begin(), links.end(), byIndex);
}

static Service *mutableService(Model &m, const std::string &id)
{
    const auto p = findPath(m, id);
    if (!p || p->type != ElemType::Service)
        return nullptr;
    return &vectorFor<Service>(m, *p).at(p->index);
}

void insertFragment(Model &m, const Fragment &f)
{
    for (const auto &[path, value] : f.elements)
        insertAt(m, path, value);
    for (const auto &[i, link] : f.links)
        m.links.insert(m.links.begin() + i, link);
    for (const auto &[i, s] : f.suppressions)
        m.suppressions.insert(m.suppressions.begin() + i, s);
    for (const auto &[id, rect] : f.geometry)
        m.diagram.nodes[id] = rect;
    for (const auto &[id, lists] : f.subnetRefs)
        if (auto *s = mutableService(m, id))
            s->subnets = lists.second;
}

void removeFragment(Model &m, const Fragment &f)
{
    for (const auto &[id, lists] : f.subnetRefs)
        if (auto *s = mutableService(m, id))
            s->subnets = lists.first;
    for (const auto &entry : f.geometry)
        m.diagram.nodes.erase(entry.first);
    for (auto it = f.suppressions.rbegin(); it != f.suppressions.rend(); ++it)
        m.suppressions.erase(m.suppressions.begin() + it->first);
    for (auto it = f.links.rbegin(); it != f.links.rend(); ++it)
        m.links.erase(m.links.begin() + it->first);
    for (auto it = f.elements.rbegin(); it != f.elements.rend(); ++it)
        removeAt(m, it->first);
}

Fragment fragmentForRemoval(const Model &model, const std::vector<std::string> &ids)
{
    Fragment f;
    std::vector<ElemPath> paths;
    for (const auto &id : ids)
        if (auto p = findPath(model, id))
            paths.push_back(*p);
    // Drop paths inside another removed element: the ancestor's subtree carries them.
    auto inside = [](const ElemPath &inner, const ElemPath &outer) {
        const auto a = inner.key(), b = outer.key();
        return a.size() > b.size() && std::equal(b.begin(), b.end(), a.begin())
            && outer.type != ElemType::Connection && outer.type != ElemType::External;
    };
    std::set<std::string> removedIds;
    std::vector<ElemPath> kept;
    for (const auto &p : paths) {
        const bool nested = std::any_of(paths.begin(), paths.end(),
            [&](const ElemPath &o) { return !(o == p) && inside(p, o); });
        if (!nested && std::find(kept.begin(), kept.end(), p) == kept.end())
            kept.push_back(p);
    }
    for (const auto &p : kept) {
        auto v = valueAt(model, p);
        std::vector<std::string> sub;
        collectIds(v, sub);
        removedIds.insert(sub.begin(), sub.end());
        f.elements.emplace_back(p, std::move(v));
    }
    // Connections touching a removed element go with it.
    for (int c = 0; c < int(model.connections.size()); ++c) {
        const auto &conn = model.connections[c];
        const ElemPath p { ElemType::Connection, -1, -1, c };
        const bool listed = std::find(kept.begin(), kept.end(), p) != kept.end();
        if (!listed && (removedIds.count(conn.from) || removedIds.count(conn.to)))
            f.elements.emplace_back(p, conn);
    }
    for (int l = 0; l < int(model.links.size()); ++l)
        for (const auto &n : model.links[l].networks)
            if (removedIds.count(n)) {
                f.links.emplace_back(l, model.links[l]);
                break;
            }
    auto visitService = [&](const Service &s) {
        if (removedIds.count(s.id))
            return;
        std::vector<std::string> without;
        for (const auto &ref : s.subnets)
            if (!removedIds.count(ref))
                without.push_back(ref);
        if (without.size() != s.subnets.size())
            f.subnetRefs[s.id] = { without, s.subnets };
    };
    for (const auto &a : model.accounts) {
        for (const auto &n : a.networks)
            for (const auto &s : n.services)
                visitService(s);
        for (const auto &s : a.services)
            visitService(s);
    }
    for (const auto &id : removedIds)
        if (auto it = model.diagram.nodes.find(id); it != model.diagram.nodes.end())
            f.geometry[id] = it->second;
    f.sort();
    return f;
}

bool idExists(const Model &model, std::string_view id)
{
    return findPath(model, id).has_value() || model.diagram.nodes.count(std::string(id));
}

bool idInUse(const Model &m, std::string_view id)
{
    if (idExists(m, id))
        return true;
    auto in = [&](const std::vector<std::string> &v) {
        return std::find(v.begin(), v.end(), id) != v.end();
    };
    for (const auto &a : m.accounts) {
        for (const auto &n : a.networks)
            for (const auto &s : n.services)
                if (in(s.subnets))
                    return true;
        for (const auto &s : a.services)
            if (in(s.subnets))
                return true;
    }
    for (const auto &c : m.connections)
        if (c.from == id || c.to == id)
            return true;
    for (const auto &l : m.links)
        if (in(l.networks))
            return true;
    for (const auto &s : m.suppressions)
        if (s.target == id)
            return true;
    return false;
}

std::string uniqueId(const Model &model, std::string base, const std::vector<std::string> &also)
{
    std::string clean;
    for (char c : base) {
        c = char(std::tolower(static_cast<unsigned char>(c)));
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            clean += c;
        else if (!clean.empty() && clean.back() != '-')
            clean += '-';
    }
    while (!clean.empty() && clean.back() == '-')
        clean.pop_back();
    if (clean.empty())
        clean = "element";
    if (clean.size() > 56)
        clean.resize(56);
    auto taken = [&](const std::string &id) {
        return idInUse(model, id) || std::find(also.begin(), also.end(), id) != also.end();
    };
    if (!taken(clean))
        return clean;
    for (int i = 2;; ++i) {
        std::string id = clean + "-" + std::to_string(i);
        if (!taken(id))
            return id;
    }
}

bool renameId(Model &m, const std::string &oldId, const std::string &newId)
{
    const auto p = findPath(m, oldId);
    if (!p || oldId == newId || idInUse(m, newId) || (!newId.empty() && newId.front() == '#'))
        return false;
    auto swap = [&](std::string &s) {
        if (s == oldId)
            s = newId;
    };
    switch (p->type) {
    case ElemType::Account:
        vectorFor<Account>(m, *p).at(p->index).id = newId;
        break;
    case ElemType::Network:
        vectorFor<Network>(m, *p).at(p->index).id = newId;
        break;
    case ElemType::Subnet:
        vectorFor<Subnet>(m, *p).at(p->index).id = newId;
        break;
    case ElemType::Service:
        vectorFor<Service>(m, *p).at(p->index).id = newId;
        break;
    case ElemType::External:
        vectorFor<External>(m, *p).at(p->index).id = newId;
        break;
    case ElemType::Connection:
        vectorFor<Connection>(m, *p).at(p->index).id = newId;
        break;
    }
    for (auto &a : m.accounts) {
        for (auto &n : a.networks)
            for (auto &s : n.services)
                std::for_each(s.subnets.begin(), s.subnets.end(), swap);
        for (auto &s : a.services)
            std::for_each(s.subnets.begin(), s.subnets.end(), swap);
    }
    for (auto &c : m.connections) {
        swap(c.from);
        swap(c.to);
    }
    for (auto &l : m.links)
        std::for_each(l.networks.begin(), l.networks.end(), swap);
    for (auto &s : m.suppressions)
        swap(s.target);
    if (auto node = m.diagram.nodes.extract(oldId)) {
        node.key() = newId;
        m.diagram.nodes.insert(std::move(node));
    }
    return true;
}

const Account *accountOf(const Model &model, const ElemPath &p)
{
    if (p.account < 0 || p.account >= int(model.accounts.size()))
        return nullptr;
    return &model.accounts[p.account];
}

Provider providerOf(const Model &model, const ElemPath &p)
{
    const auto *a = accountOf(model, p);
    return a ? a->provider : Provider::Aws;
}

} // namespace cw
