// SPDX-License-Identifier: MIT
#include "model/modelindex.h"

namespace cw {

ModelIndex::ModelIndex(const Model &model)
    : m_model(model)
{
    auto add = [this](ElementRef ref, const std::string &id) {
        m_elements.push_back(ref);
        m_byId.insert(id, static_cast<std::uint32_t>(m_elements.size() - 1));
    };
    std::size_t count = model.externals.size();
    for (const auto &a : model.accounts) {
        count += 1 + a.services.size();
        for (const auto &n : a.networks)
            count += 1 + n.subnets.size() + n.services.size();
    }
    m_elements.reserve(count); // string_view keys point into the model, not into m_elements
    m_byId.reserve(count);
    for (const auto &a : model.accounts) {
        add({ ElementType::Account, &a, nullptr, nullptr, nullptr, nullptr, a.loc }, a.id);
        for (const auto &n : a.networks) {
            add({ ElementType::Network, &a, &n, nullptr, nullptr, nullptr, n.loc }, n.id);
            for (const auto &s : n.subnets)
                add({ ElementType::Subnet, &a, &n, &s, nullptr, nullptr, s.loc }, s.id);
            for (const auto &s : n.services)
                add({ ElementType::Service, &a, &n, nullptr, &s, nullptr, s.loc }, s.id);
        }
        for (const auto &s : a.services)
            add({ ElementType::Service, &a, nullptr, nullptr, &s, nullptr, s.loc }, s.id);
    }
    for (const auto &e : model.externals)
        add({ ElementType::External, nullptr, nullptr, nullptr, nullptr, &e, e.loc }, e.id);
}

const ElementRef *ModelIndex::find(std::string_view id) const
{
    const std::uint32_t *at = m_byId.find(id);
    return at ? &m_elements[*at] : nullptr;
}

std::string_view toString(ElementType t)
{
    switch (t) {
    case ElementType::Account:
        return "account";
    case ElementType::Network:
        return "network";
    case ElementType::Subnet:
        return "subnet";
    case ElementType::Service:
        return "service";
    case ElementType::External:
        return "external";
    }
    return "element";
}

} // namespace cw
