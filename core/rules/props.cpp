// SPDX-License-Identifier: MIT
#include "rules/props.h"

namespace cw::rules {

const Value *effectiveValue(const Catalog &catalog, const Service &svc, std::string_view name)
{
    if (auto it = svc.properties.find(name); it != svc.properties.end())
        return &it->second.value;
    if (const KindSpec *kind = catalog.find(svc.kind))
        if (const PropertySpec *p = kind->property(name); p && p->defaultValue)
            return &*p->defaultValue;
    return nullptr;
}

bool boolProp(const Catalog &catalog, const Service &svc, std::string_view name, bool fallback)
{
    const Value *v = effectiveValue(catalog, svc, name);
    return v && std::holds_alternative<bool>(*v) ? std::get<bool>(*v) : fallback;
}

std::int64_t intProp(
    const Catalog &catalog, const Service &svc, std::string_view name, std::int64_t fallback)
{
    const Value *v = effectiveValue(catalog, svc, name);
    if (v && std::holds_alternative<std::int64_t>(*v))
        return std::get<std::int64_t>(*v);
    if (v && std::holds_alternative<double>(*v))
        return static_cast<std::int64_t>(std::get<double>(*v));
    return fallback;
}

double numberProp(
    const Catalog &catalog, const Service &svc, std::string_view name, double fallback)
{
    const Value *v = effectiveValue(catalog, svc, name);
    if (v && std::holds_alternative<double>(*v))
        return std::get<double>(*v);
    if (v && std::holds_alternative<std::int64_t>(*v))
        return static_cast<double>(std::get<std::int64_t>(*v));
    return fallback;
}

std::string textProp(
    const Catalog &catalog, const Service &svc, std::string_view name, const std::string &fallback)
{
    const Value *v = effectiveValue(catalog, svc, name);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : fallback;
}

std::vector<std::string> listProp(const Catalog &catalog, const Service &svc, std::string_view name)
{
    const Value *v = effectiveValue(catalog, svc, name);
    return v && std::holds_alternative<std::vector<std::string>>(*v)
        ? std::get<std::vector<std::string>>(*v)
        : std::vector<std::string> {};
}

bool isSet(const Service &svc, std::string_view name)
{
    return svc.properties.find(name) != svc.properties.end();
}

} // namespace cw::rules
