// SPDX-License-Identifier: MIT
#include "common/topology.h"

namespace cw::exporters {

Topology::Topology(const Model &model)
    : m_index(model)
{
    for (const auto &c : model.connections) {
        m_from[c.from].push_back(&c);
        m_to[c.to].push_back(&c);
    }
}

const std::vector<const Connection *> &Topology::from(std::string_view id) const
{
    auto it = m_from.find(std::string(id));
    return it == m_from.end() ? m_none : it->second;
}

const std::vector<const Connection *> &Topology::to(std::string_view id) const
{
    auto it = m_to.find(std::string(id));
    return it == m_to.end() ? m_none : it->second;
}

const Service *Topology::service(std::string_view id) const
{
    const ElementRef *ref = m_index.find(id);
    return ref && ref->type == ElementType::Service ? ref->service : nullptr;
}

const External *Topology::external(std::string_view id) const
{
    const ElementRef *ref = m_index.find(id);
    return ref && ref->type == ElementType::External ? ref->external : nullptr;
}

const Account *Topology::accountOf(std::string_view id) const
{
    const ElementRef *ref = m_index.find(id);
    return ref ? ref->account : nullptr;
}

std::vector<const Service *> Topology::linked(std::string_view id, std::string_view kind) const
{
    std::vector<const Service *> out;
    auto add = [&](const std::string &other) {
        const Service *s = service(other);
        if (!s || s->kind != kind)
            return;
        for (const Service *o : out)
            if (o == s)
                return;
        out.push_back(s);
    };
    for (const Connection *c : from(id))
        add(c->to);
    for (const Connection *c : to(id))
        add(c->from);
    return out;
}

int connectionPort(const Connection &c)
{
    if (c.port > 0)
        return c.port;
    if (c.protocol == "https")
        return 443;
    if (c.protocol == "http")
        return 80;
    return 0;
}

} // namespace cw::exporters
