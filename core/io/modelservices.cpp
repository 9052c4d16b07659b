// SPDX-License-Identifier: MIT
// Tree -> Model: services, their catalog kind and their typed properties.
#include "io/modelreader.h"
#include "io/text.h"

namespace cw::io {
namespace {

const std::vector<std::string> kServiceKeys
    = { "id", "name", "kind", "subnets", "region", "properties", "tags", "description" };

std::string named(std::string_view what, const std::string &id)
{
    return id.empty() ? std::string(what) : std::string(what) + " '" + id + "'";
}

std::vector<std::string> propertyNames(const KindSpec &spec)
{
    std::vector<std::string> names;
    names.reserve(spec.properties.size());
    for (const auto &p : spec.properties)
        names.push_back(p.name);
    return names;
}

} // namespace

void ModelReader::readService(
    const Node &node, const Account &account, const Network *network, Service &service)
{
    service.loc = node.loc;
    const Fields f(node, kServiceKeys);
    service.id = readId(f, IdKind::Service, true, "service", network ? network->id : std::string());
    const std::string where = named("service", service.id);
    f.reportUnknown(m_errors, where);
    readString(f.get("name"), "name", service.name);

    const KindSpec *spec = nullptr;
    if (readRequiredString(f, "kind", service.kind, where)) {
        const Node &kindNode = *f.get("kind");
        spec = m_catalog.find(service.kind);
        if (!spec) {
            if (m_kindNames.empty())
                for (const auto &k : m_catalog.kinds())
                    m_kindNames.push_back(k.kind);
            const std::string best = closestMatch(service.kind, m_kindNames);
            error(kindNode.loc,
                "unknown service kind " + quoteForMessage(service.kind)
                    + (best.empty() ? std::string(" (not in the catalog)")
                                    : "; did you mean '" + best + "'?"));
        } else if (m_providerKnown && spec->provider != account.provider) {
            error(kindNode.loc,
                "service kind '" + spec->kind + "' is for " + std::string(toString(spec->provider))
                    + ", but " + named("account", account.id) + " is on "
                    + std::string(toString(account.provider)));
        }
    }

    if (const Node *subnets = f.get("subnets");
        readStringList(subnets, "subnets", service.subnets) && !service.subnets.empty()) {
        if (!network)
            error(subnets->loc, where + " is outside any network, so it cannot list subnets");
        else
            for (const Node &item : subnets->children)
                if (!item.bad && item.isString())
                    reference(RefKind::ServiceSubnet, item.text, item.loc, network->id, where);
    }
    readString(f.get("region"), "region", service.region);
    if (const Node *properties = f.get("properties"); properties && !properties->isNull()) {
        if (!properties->isMap())
            wrongType(*properties, "a map", "properties");
        else if (spec)
            readProperties(*properties, *spec, service);
    }
    readTags(f.get("tags"), "tags", service.tags);
    readString(f.get("description"), "description", service.description);
}

void ModelReader::readProperties(const Node &node, const KindSpec &spec, Service &service)
{
    for (const Node &entry : node.children) {
        if (entry.bad)
            continue;
        const PropertySpec *p = spec.property(entry.key);
        if (!p) {
            const std::vector<std::string> names = propertyNames(spec);
            std::string message
                = "unknown property " + quoteForMessage(entry.key) + " for " + spec.kind;
            const std::string best = closestMatch(entry.key, names);
            if (!best.empty())
                message += "; did you mean '" + best + "'?";
            else if (names.empty())
                message += " (it has no properties)";
            else
                message += " (allowed: " + joinNames(names) + ")";
            error(entry.keyLoc, std::move(message));
            continue;
        }
        // Null means "not set": the catalog default applies.
        if (entry.isNull())
            continue;
        Value value;
        bool ok = false;
        switch (p->type) {
        case PropertyType::String:
        case PropertyType::Enum: {
            std::string s;
            ok = readString(&entry, entry.key, s);
            value = std::move(s);
            break;
        }
        case PropertyType::Int: {
            std::int64_t i = 0;
            ok = readInt(&entry, entry.key, i);
            value = i;
            break;
        }
        case PropertyType::Number: {
            double d = 0;
            ok = readNumber(&entry, entry.key, d);
            value = d;
            break;
        }
        case PropertyType::Bool:
            if (entry.isScalar() && entry.tag == ScalarTag::Bool) {
                value = entry.boolValue;
                ok = true;
            } else
                ok = wrongType(entry, "true or false", entry.key);
            break;
        case PropertyType::List: {
            std::vector<std::string> list;
            ok = readStringList(&entry, entry.key, list);
            value = std::move(list);
            break;
        }
        }
        if (!ok)
            continue;
        if (std::string reason = checkValue(*p, value); !reason.empty()) {
            std::string message = "invalid value for property " + quoteForMessage(entry.key) + ": "
                + sanitize(reason, 300);
            if (const auto *s = std::get_if<std::string>(&value); s && !p->allowed.empty()) {
                const std::string best = closestMatch(*s, p->allowed);
                if (!best.empty())
                    message += "; did you mean '" + best + "'?";
            }
            error(entry.loc, std::move(message));
            continue;
        }
        service.properties[entry.key] = Property { std::move(value), entry.loc };
    }
}

} // namespace cw::io
