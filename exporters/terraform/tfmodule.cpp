// SPDX-License-Identifier: MIT
#include "terraform/tfmodule.h"

namespace cw::exporters::tf {

std::vector<std::string> RouteTables::all() const
{
    std::vector<std::string> out;
    if (!publicTable.empty())
        out.push_back(publicTable);
    for (const auto &[zone, label] : privateByZone)
        out.push_back(label);
    if (!isolatedTable.empty())
        out.push_back(isolatedTable);
    return out;
}

std::vector<std::string> RouteTables::inner() const
{
    std::vector<std::string> out;
    for (const auto &[zone, label] : privateByZone)
        out.push_back(label);
    if (!isolatedTable.empty())
        out.push_back(isolatedTable);
    return out;
}

Module::Module(
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
        region = "us-east-1";
    m_services = allServices(account);
    for (const Service *s : m_services)
        if (s->kind == "aws.cloudwatch") {
            m_retention = Props(*s, catalog).i("log_retention_days");
            break;
        }
}

Body &Module::resource(const char *file, const std::string &type, const std::string &label)
{
    ++resourceCounts[type];
    return files[file].block("resource", { type, label });
}

Body &Module::data(const char *file, const std::string &type, const std::string &label)
{
    return files[file].block("data", { type, label });
}

std::string Module::sharedData(const char *file, const std::string &type, const std::string &label,
    const std::function<void(Body &)> &fill)
{
    const std::string address = "data." + type + "." + label;
    if (m_shared.insert(address).second) {
        Body &b = data(file, type, label);
        if (fill)
            fill(b);
    }
    return address;
}

std::string Module::label(const std::string &type, const std::string &id, const std::string &role)
{
    std::string desired = snakeName(id);
    if (!role.empty())
        desired += "_" + role;
    return m_names[type].get(id + '\x1f' + role, desired);
}

std::string Module::ref(const std::string &type, const std::string &id, const std::string &role)
{
    return type + "." + label(type, id, role);
}

void Module::regionArg(Body &body, const std::string &r) const
{
    if (!r.empty() && r != region)
        body.attr("region", Expr::str(r)).blank();
}

const Network *Module::networkOf(const Service &s) const
{
    const ElementRef *ref = topo.index().find(s.id);
    return ref && ref->service == &s ? ref->network : nullptr;
}

std::string Module::regionOf(const Service &s) const
{
    if (const Network *n = networkOf(s); n && !n->region.empty())
        return n->region;
    return s.region.empty() ? region : s.region;
}

Expr Module::tags(const std::string &name, const Tags &extra, const Tags &more) const
{
    Tags merged = extra;
    for (const auto &[k, v] : more)
        merged[k] = v;
    Expr e = Expr::object();
    auto it = merged.find("Name");
    e.set("Name", Expr::str(it == merged.end() ? name : it->second));
    for (const auto &[k, v] : merged)
        if (k != "Name")
            e.set(k, Expr::str(v));
    return e;
}

Expr Module::serviceTags(const Service &s, const std::string &suffix) const
{
    return tags(displayName(s) + suffix, s.tags);
}

void Module::variable(Variable v)
{
    if (!hasVariable(v.name))
        variables.push_back(std::move(v));
}

bool Module::hasVariable(const std::string &name) const
{
    for (const auto &v : variables)
        if (v.name == name)
            return true;
    return false;
}

void Module::output(Output o)
{
    outputs.push_back(std::move(o));
}

void Module::note(std::string text)
{
    notes.push_back(std::move(text));
}

std::string Module::securityGroup(const Service &s) const
{
    auto it = m_securityGroups.find(s.id);
    return it == m_securityGroups.end() ? std::string() : it->second;
}

void Module::setSecurityGroup(const std::string &serviceId, std::string idExpr)
{
    m_securityGroups[serviceId] = std::move(idExpr);
}

const Subnet *Module::subnet(const std::string &id) const
{
    const ElementRef *ref = topo.index().find(id);
    if (!ref || ref->type != ElementType::Subnet || ref->account != &account)
        return nullptr;
    return ref->subnet;
}

std::vector<std::string> Module::subnetRefs(const Service &s)
{
    std::vector<std::string> out;
    for (const auto &id : s.subnets)
        if (const Subnet *sn = subnet(id))
            out.push_back(ref("aws_subnet", sn->id) + ".id");
    return out;
}

Expr Module::subnetList(const Service &s)
{
    Expr e = Expr::list();
    for (auto &r : subnetRefs(s))
        e.add(Expr::raw(r));
    return e;
}

Expr Module::subnetPerZone(const Service &s)
{
    Expr e = Expr::list();
    std::set<std::string> zones;
    for (const auto &id : s.subnets)
        if (const Subnet *sn = subnet(id); sn && zones.insert(sn->zone).second)
            e.add(Expr::raw(ref("aws_subnet", sn->id) + ".id"));
    return e;
}

std::string Module::usEast1()
{
    m_usEast1 = true;
    return "aws.us_east_1";
}

void Module::grant(const std::string &serviceId, const std::string &roleLabel,
    std::vector<std::string> actions, std::vector<std::string> resources)
{
    auto [it, fresh] = m_grants.try_emplace(serviceId);
    if (fresh) {
        it->second.roleLabel = roleLabel;
        m_grantOrder.push_back(serviceId);
    }
    if (!actions.empty())
        it->second.statements.emplace_back(std::move(actions), std::move(resources));
}

std::string Module::runtimeRole(const std::string &serviceId) const
{
    auto it = m_grants.find(serviceId);
    return it == m_grants.end() ? std::string() : it->second.roleLabel;
}

std::vector<const Service *> allServices(const Account &account)
{
    std::vector<const Service *> out;
    for (const auto &n : account.networks)
        for (const auto &s : n.services)
            out.push_back(&s);
    for (const auto &s : account.services)
        out.push_back(&s);
    return out;
}

std::string awsName(std::string_view id, std::size_t max)
{
    std::string out;
    for (char c : id) {
        const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        const bool keep = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
        if (keep)
            out.push_back(l);
        else if (!out.empty() && out.back() != '-')
            out.push_back('-');
    }
    if (out.size() > max)
        out.resize(max);
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    if (out.empty())
        out = "unnamed";
    if (out.front() >= '0' && out.front() <= '9')
        out = ("x-" + out).substr(0, max);
    return out;
}

std::string iamRole(Module &m, const std::string &id, const std::string &role,
    const std::vector<std::string> &principals, const std::vector<std::string> &managedPolicies)
{
    const std::string label = m.label("aws_iam_role", id, role);
    const char *file = kSecurityTf;
    const std::string doc = m.label("aws_iam_policy_document", id, role + "_assume");
    {
        Body &d = m.data(file, "aws_iam_policy_document", doc);
        Body &st = d.block("statement");
        st.attr("effect", Expr::str("Allow")).attr("actions", Expr::strList({ "sts:AssumeRole" }));
        Body &p = st.block("principals");
        p.attr("type", Expr::str("Service")).attr("identifiers", Expr::strList(principals));
    }
    {
        Body &r = m.resource(file, "aws_iam_role", label);
        r.attr("name", Expr::str(awsName(id, 40) + "-" + awsName(role, 23)));
        r.attr("assume_role_policy", Expr::raw("data.aws_iam_policy_document." + doc + ".json"));
        r.blank().attr("tags", m.tags(id + "-" + role));
    }
    const std::string partition = m.sharedData(kSecurityTf, "aws_partition", "current");
    for (const auto &policy : managedPolicies) {
        Body &a = m.resource(file, "aws_iam_role_policy_attachment",
            m.label("aws_iam_role_policy_attachment", id,
                role + "_" + snakeName(policy.substr(policy.rfind('/') + 1))));
        a.attr("role", Expr::raw("aws_iam_role." + label + ".name"));
        a.attr("policy_arn",
            hcl::interp("arn:", partition + ".partition", ":iam::aws:policy/" + policy));
    }
    return label;
}

} // namespace cw::exporters::tf
