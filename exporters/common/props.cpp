// SPDX-License-Identifier: MIT
#include "common/props.h"

#include <charconv>
#include <cmath>

namespace cw::exporters {

Props::Props(const Service &service, const Catalog &catalog)
    : m_service(service)
    , m_kind(catalog.find(service.kind))
{ }

const Value *Props::value(const std::string &name) const
{
    if (auto it = m_service.properties.find(name); it != m_service.properties.end())
        return &it->second.value;
    if (m_kind)
        if (const PropertySpec *spec = m_kind->property(name); spec && spec->defaultValue)
            return &*spec->defaultValue;
    return nullptr;
}

bool Props::isSet(const std::string &name) const
{
    return m_service.properties.count(name) != 0;
}

bool Props::b(const std::string &name) const
{
    const Value *v = value(name);
    if (!v)
        return false;
    if (auto p = std::get_if<bool>(v))
        return *p;
    if (auto p = std::get_if<std::string>(v))
        return *p == "true";
    return false;
}

std::int64_t Props::i(const std::string &name) const
{
    const Value *v = value(name);
    if (!v)
        return 0;
    if (auto p = std::get_if<std::int64_t>(v))
        return *p;
    if (auto p = std::get_if<double>(v))
        return static_cast<std::int64_t>(std::llround(*p));
    if (auto p = std::get_if<std::string>(v)) {
        std::int64_t out = 0;
        std::from_chars(p->data(), p->data() + p->size(), out);
        return out;
    }
    if (auto p = std::get_if<bool>(v))
        return *p ? 1 : 0;
    return 0;
}

double Props::d(const std::string &name) const
{
    const Value *v = value(name);
    if (!v)
        return 0;
    if (auto p = std::get_if<double>(v))
        return *p;
    if (auto p = std::get_if<std::int64_t>(v))
        return static_cast<double>(*p);
    if (auto p = std::get_if<std::string>(v)) {
        try {
            return std::stod(*p);
        } catch (...) {
            return 0;
        }
    }
    return 0;
}

std::string Props::s(const std::string &name) const
{
    const Value *v = value(name);
    if (!v)
        return {};
    if (auto p = std::get_if<std::string>(v))
        return *p;
    if (std::holds_alternative<std::vector<std::string>>(*v))
        return {};
    return toDisplayString(*v);
}

std::vector<std::string> Props::list(const std::string &name) const
{
    const Value *v = value(name);
    if (!v)
        return {};
    if (auto p = std::get_if<std::vector<std::string>>(v))
        return *p;
    if (auto p = std::get_if<std::string>(v); p && !p->empty())
        return { *p };
    return {};
}

} // namespace cw::exporters
