// SPDX-License-Identifier: MIT
#include "bicep/deployment.h"

#include "net/cidr.h"

namespace cw::exporters::bicep {

namespace {

std::string envVarName(const std::string &camel)
{
    std::string out;
    for (char c : camel) {
        if (c >= 'A' && c <= 'Z' && !out.empty())
            out += '_';
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

} // namespace

const std::vector<std::string> &moduleNames()
{
    static const std::vector<std::string> names { "observability", "network", "security", "data",
        "compute", "connectivity", "edge", "privatelink", "flowlogs" };
    return names;
}

Deployment::Deployment(
    const Model &model_, const Account &account_, const Topology &topo_, const Catalog &catalog_)
    : model(model_)
    , account(account_)
    , topo(topo_)
    , catalog(catalog_)
{
    for (const auto &n : account.networks)
        if (region.empty() && !n.region.empty())
            region = n.region;
    for (const auto &s : account.services)
        if (region.empty() && !s.region.empty())
            region = s.region;
    if (region.empty())
        region = "westeurope";
    for (const auto &n : account.networks)
        for (const auto &s : n.services)
            m_services.push_back(&s);
    for (const auto &s : account.services)
        m_services.push_back(&s);
}

ModuleFile &Deployment::mod(const std::string &name)
{
    auto [it, fresh] = m_modules.try_emplace(name);
    if (fresh) {
        it->second.name = name;
        it->second.symbol = main.symbol("module:" + name, camelName(name));
        m_order.push_back(name);
    }
    return it->second;
}

ModuleFile *Deployment::findModule(const std::string &name)
{
    auto it = m_modules.find(name);
    return it == m_modules.end() ? nullptr : &it->second;
}

std::string Deployment::location(ModuleFile &m, const std::string &r)
{
    const std::string where = r.empty() ? region : r;
    auto it = m_locationParams.find(where);
    if (it == m_locationParams.end()) {
        const bool primary = where == region;
        const std::string name = primary ? "location" : "location" + capitalized(camelName(where));
        main.param({ name, "string",
            primary
                ? "Optional. Location of the resources (the design places them in " + where + ")."
                : "Optional. Location of the resources the design places in " + where + ".",
            primary ? std::optional<Val>(Val::raw("resourceGroup().location"))
                    : std::optional<Val>(Val::str(where)),
            false, {} });
        paramValues.emplace_back(name, Val::str(where));
        it = m_locationParams.emplace(where, name).first;
    }
    const std::string &mainName = it->second;
    if (!m.file.hasParam(mainName)) {
        m.file.param({ mainName, "string",
            "Required. Location of the resources"
                + (where == region ? std::string() : " in " + where) + ".",
            {}, false, {} });
        m.inputs.emplace_back(mainName, mainName);
    }
    return mainName;
}

Val Deployment::tags(ModuleFile &m, const Tags &extra)
{
    if (!main.hasParam("tags")) {
        main.param(
            { "tags", "object", "Optional. Tags of every resource.", Val::object(), false, {} });
        Val values = Val::object();
        Tags all = account.tags;
        all["ManagedBy"] = "cloudwright";
        for (const auto &[k, v] : all)
            values.set(k, Val::str(v));
        paramValues.emplace_back("tags", values);
    }
    if (!m.file.hasParam("tags")) {
        m.file.param(
            { "tags", "object", "Optional. Tags of every resource.", Val::object(), false, {} });
        m.inputs.emplace_back("tags", "tags");
    }
    if (extra.empty())
        return Val::raw("tags");
    Val more = Val::object();
    for (const auto &[k, v] : extra)
        more.set(k, Val::str(v));
    return Val::call("union", { Val::raw("tags"), more });
}

std::string Deployment::use(ModuleFile &consumer, const std::string &producerName,
    const std::string &name, const std::string &type, const Val &value,
    const std::string &description)
{
    if (consumer.name == producerName)
        return value.text();
    ModuleFile &producer = mod(producerName);
    const std::string out = producer.file.hasOutput(name)
        ? name
        : producer.file.output({ name, type, description, value });
    const std::string expr = producer.symbol + ".outputs." + out;
    for (const auto &[p, e] : consumer.inputs)
        if (e == expr)
            return p;
    const std::string param
        = consumer.file.param({ name, type, "Required. " + description, {}, false, {} });
    consumer.inputs.emplace_back(param, expr);
    return param;
}

std::string Deployment::secret(
    ModuleFile &m, const std::string &name, const std::string &description)
{
    if (m_mainInputs.insert(name).second) {
        main.param({ name, "string", "Required. " + description, {}, true, {} });
        paramValues.emplace_back(
            name, Val::raw("readEnvironmentVariable(" + bicepString(envVarName(name)) + ")"));
    }
    const std::string p
        = m.file.param({ name, "string", "Required. " + description, {}, true, {} });
    m.inputs.emplace_back(p, name);
    return p;
}

std::string Deployment::input(ModuleFile &m, const std::string &name, const std::string &type,
    const std::string &description, const Val &value)
{
    if (m_mainInputs.insert(name).second) {
        main.param({ name, type, "Required. " + description, {}, false, {} });
        paramValues.emplace_back(name, value);
    }
    const std::string p = m.file.param({ name, type, "Required. " + description, {}, false, {} });
    m.inputs.emplace_back(p, name);
    return p;
}

std::string Deployment::envInput(
    ModuleFile &m, const std::string &name, const std::string &description)
{
    return input(m, name, "string", description,
        Val::raw("readEnvironmentVariable(" + bicepString(envVarName(name)) + ")"));
}

void Deployment::expose(ModuleFile &m, const std::string &name, const std::string &type,
    const Val &value, const std::string &description)
{
    const std::string out
        = m.file.hasOutput(name) ? name : m.file.output({ name, type, description, value });
    main.output({ name, type, description, Val::raw(m.symbol + ".outputs." + out) });
}

void Deployment::place(
    const std::string &serviceId, const std::string &module, const std::string &symbol)
{
    m_placed[serviceId] = { module, symbol };
}

const Placed *Deployment::placed(const std::string &serviceId) const
{
    auto it = m_placed.find(serviceId);
    return it == m_placed.end() ? nullptr : &it->second;
}

const Network *Deployment::networkOf(const Service &s) const
{
    const ElementRef *ref = topo.index().find(s.id);
    return ref && ref->service == &s ? ref->network : nullptr;
}

std::string Deployment::regionOf(const Service &s) const
{
    if (const Network *n = networkOf(s); n && !n->region.empty())
        return n->region;
    return s.region.empty() ? region : s.region;
}

const Subnet *Deployment::subnet(const std::string &id) const
{
    const ElementRef *ref = topo.index().find(id);
    if (!ref || ref->type != ElementType::Subnet || ref->account != &account)
        return nullptr;
    return ref->subnet;
}

std::string Deployment::subnetId(ModuleFile &consumer, const Subnet &sn)
{
    const ElementRef *ref = topo.index().find(sn.id);
    const Network *net = ref ? ref->network : nullptr;
    if (!net || !vnetSymbols.count(net->id))
        return "''";
    const std::string vnet = vnetSymbols[net->id];
    return use(consumer, "network", camelName(sn.id) + "SubnetId", "string",
        Val::raw("'${" + vnet + ".id}/subnets/" + lit(subnetName(sn)) + "'"),
        "Resource id of the subnet " + sn.id + ".");
}

std::string Deployment::vnetId(ModuleFile &consumer, const Network &net)
{
    if (!vnetSymbols.count(net.id))
        return "''";
    return use(consumer, "network", camelName(net.id) + "Id", "string",
        Val::raw(vnetSymbols[net.id] + ".id"),
        "Resource id of the virtual network " + net.id + ".");
}

std::string Deployment::serviceId(ModuleFile &consumer, const std::string &id)
{
    const Placed *p = placed(id);
    if (!p)
        return "''";
    return use(consumer, p->module, camelName(id) + "Id", "string", Val::raw(p->symbol + ".id"),
        "Resource id of " + id + ".");
}

std::string Deployment::serviceValue(ModuleFile &consumer, const std::string &id,
    const std::string &suffix, const std::string &type, const std::string &expression,
    const std::string &description)
{
    const Placed *p = placed(id);
    if (!p)
        return "''";
    return use(consumer, p->module, camelName(id) + suffix, type, Val::raw(p->symbol + expression),
        description);
}

std::string Deployment::freeBlock(const std::vector<std::string> &candidates) const
{
    std::vector<net::Cidr> used;
    for (const auto &a : model.accounts)
        for (const auto &n : a.networks)
            for (const auto &c : n.cidrs)
                if (auto p = net::Cidr::parse(c))
                    used.push_back(*p);
    for (const auto &e : model.externals)
        for (const auto &c : e.cidrs)
            if (auto p = net::Cidr::parse(c))
                used.push_back(*p);
    for (const auto &candidate : candidates) {
        const auto c = net::Cidr::parse(candidate);
        bool clash = false;
        for (const auto &u : used)
            clash = clash || (u.family() == c->family() && u.overlaps(*c));
        if (!clash)
            return candidate;
    }
    return candidates.back();
}

std::string Deployment::azName(std::string_view id, std::size_t max)
{
    std::string out;
    for (char c : id) {
        const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9'))
            out.push_back(l);
        else if (!out.empty() && out.back() != '-')
            out.push_back('-');
    }
    if (out.size() > max)
        out.resize(max);
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? std::string("unnamed") : out;
}

std::string Deployment::alnum(std::string_view id, std::size_t max)
{
    std::string out;
    for (char c : id) {
        const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) && out.size() < max)
            out.push_back(l);
    }
    return out.empty() ? std::string("x") : out;
}

} // namespace cw::exporters::bicep
