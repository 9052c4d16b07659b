// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "common/props.h"
#include "common/text.h"
#include "common/topology.h"
#include "terraform/hcl.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

/// The state shared while one AWS account becomes one Terraform root module.
namespace cw::exporters::tf {

using hcl::Body;
using hcl::Expr;

/// The .tf files a module may have, in the order they are written.
inline constexpr const char *kNetworkTf = "network.tf";
inline constexpr const char *kEdgeTf = "edge.tf";
inline constexpr const char *kComputeTf = "compute.tf";
inline constexpr const char *kDataTf = "data.tf";
inline constexpr const char *kSecurityTf = "security.tf";
inline constexpr const char *kObservabilityTf = "observability.tf";
inline constexpr const char *kManagementTf = "management.tf";

/// An input variable of the module.
struct Variable
{
    std::string name;
    std::string type; ///< HCL type expression: string, number, bool, list(string)
    std::string description;
    std::optional<Expr> defaultValue; ///< none = required input
    bool sensitive = false;
    std::vector<std::pair<std::string, std::string>> validations; ///< condition, message
};

/// An output of the module.
struct Output
{
    std::string name;
    std::string description;
    Expr value;
    bool sensitive = false;
};

/// Route tables of one VPC, for routes added by other parts (peering, endpoints, VPN).
struct RouteTables
{
    std::string publicTable; ///< label, empty when no public subnet
    std::map<std::string, std::string> privateByZone; ///< zone -> label
    std::string isolatedTable;
    std::vector<std::string> all() const;
    std::vector<std::string> inner() const; ///< private and isolated
};

/// One root module under construction.
class Module
{
public:
    Module(
        const Model &model, const Account &account, const Topology &topo, const Catalog &catalog);

    const Model &model;
    const Account &account;
    const Topology &topo;
    const Catalog &catalog;
    std::string region; ///< the provider's region: the first network's, else the first service's

    /// A resource/data block in a file; label is used as given (call label() first).
    Body &resource(const char *file, const std::string &type, const std::string &label);
    Body &data(const char *file, const std::string &type, const std::string &label);
    /// A data source used by several parts, declared once; returns "data.<type>.<label>".
    std::string sharedData(const char *file, const std::string &type, const std::string &label,
        const std::function<void(Body &)> &fill = {});

    /// The collision-checked label of the resource of type for element id in role.
    std::string label(const std::string &type, const std::string &id, const std::string &role = {});
    /// "<type>.<label(type, id, role)>"
    std::string ref(const std::string &type, const std::string &id, const std::string &role = {});

    /// Adds "region = ..." as the resource's first argument when r differs from the provider's.
    void regionArg(Body &body, const std::string &r) const;
    /// The region a service lives in: its network's, its own, or the provider's.
    std::string regionOf(const Service &s) const;
    const Network *networkOf(const Service &s) const;

    /// tags = { Name = ..., <service tags> }
    Expr tags(const std::string &name, const Tags &extra = {}, const Tags &more = {}) const;
    Expr serviceTags(const Service &s, const std::string &suffix = {}) const;
    static std::string displayName(const Service &s) { return s.name.empty() ? s.id : s.name; }

    Props props(const Service &s) const { return Props(s, catalog); }

    void variable(Variable v);
    bool hasVariable(const std::string &name) const;
    void output(Output o);
    /// A line for the README's "Not exported" section.
    void note(std::string text);

    /// The security group of a service as an expression (its id), or "" when it has none.
    std::string securityGroup(const Service &s) const;
    /// Declares that the service has a security group created by this module.
    void setSecurityGroup(const std::string &serviceId, std::string idExpr);

    /// Grants an IAM statement (actions on resources, which are HCL expressions) to the role a
    /// service runs as (ECS task, Lambda, EC2 instance);
    /// emitIamAccess writes one inline policy per role.
    void grant(const std::string &serviceId, const std::string &roleLabel,
        std::vector<std::string> actions, std::vector<std::string> resources);
    struct Grants
    {
        std::string roleLabel;
        std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> statements;
    };
    /// The role label of a service that runs code, "" when none was created.
    std::string runtimeRole(const std::string &serviceId) const;
    const std::map<std::string, Grants> &grants() const { return m_grants; }
    std::vector<std::string> grantOrder() const { return m_grantOrder; }

    RouteTables &routeTables(const std::string &networkId) { return m_routeTables[networkId]; }
    /// Subnet ids of the service as expressions, in model order.
    std::vector<std::string> subnetRefs(const Service &s);
    Expr subnetList(const Service &s);
    /// One subnet per zone (the first listed), for resources that take one per zone.
    Expr subnetPerZone(const Service &s);
    const Subnet *subnet(const std::string &id) const;

    /// The us-east-1 provider alias, declared on first use.
    std::string usEast1();
    bool usesUsEast1() const { return m_usEast1; }
    /// The log retention the account's CloudWatch service sets (0 = never expire).
    std::int64_t logRetentionDays() const { return m_retention; }
    /// Every service of the account, network ones first, in document order.
    const std::vector<const Service *> &services() const { return m_services; }

    std::map<std::string, hcl::File> files;
    std::map<std::string, int> resourceCounts; ///< per resource type, for the README
    std::vector<Variable> variables;
    std::vector<Output> outputs;
    std::vector<std::string> notes;

private:
    std::map<std::string, NameTable> m_names; ///< per resource type
    std::set<std::string> m_shared;
    std::map<std::string, std::string> m_securityGroups;
    std::map<std::string, RouteTables> m_routeTables;
    std::map<std::string, Grants> m_grants;
    std::vector<std::string> m_grantOrder;
    bool m_usEast1 = false;
    std::vector<const Service *> m_services;
    std::int64_t m_retention = 0;
};

/// Every service of the account, network ones first in document order.
std::vector<const Service *> allServices(const Account &account);

/// A name for an AWS resource: the id, cut to max characters, lower-case [a-z0-9-].
std::string awsName(std::string_view id, std::size_t max = 63);

/// The emitters, one per concern; each reads the model and adds to the module.
void emitNetworks(Module &m);
void emitLinks(Module &m);
void emitSecurityGroups(Module &m);
void emitLoadBalancers(Module &m);
void emitCompute(Module &m);
void emitEks(Module &m);
void emitData(Module &m);
void emitEdge(Module &m);
void emitSecurityServices(Module &m);
void emitObservability(Module &m);
void emitManagement(Module &m);
void emitSecurityRules(Module &m);
void emitIamAccess(Module &m);

/// The ARN of a certificate for domain, for owner (a load balancer or distribution): the account's
/// aws.acm service for that domain, else a certificate created for owner (DNS-validated through a
/// Route 53 zone of the model when one matches), else an input variable when domain is empty.
/// forCloudFront puts a created certificate in us-east-1.
std::string certificateArn(Module &m, const Service &owner, const std::string &domain,
    const std::vector<std::string> &alternativeNames, bool forCloudFront);

/// A target group an ECS service registers with.
struct LbTarget
{
    std::string targetGroupArn;
    int port = 0;
    std::string listener; ///< the listener that must exist first
};
/// Target groups of the load balancers connected to an ECS service.
std::vector<LbTarget> ecsTargetGroups(Module &m, const Service &ecs);

/// A CloudWatch log group for a service (in observability.tf) with the account's retention;
/// returns its address.
std::string emitLogGroup(Module &m, const Service &s, const std::string &name);
void emitEcs(Module &m, const Service &s);

/// The dead-letter queue of an SQS service with dlq on: the SQS service of this account it is
/// connected to (the model's own DLQ), or null when the exporter creates "<queue>-dlq" itself.
const Service *modelledDeadLetterQueue(const Module &m, const Service &queue);

/// The public Route 53 zone of the model (this account) that holds domain, or null.
const Service *zoneFor(const Module &m, const std::string &domain);

/// WAF: the entry points a web ACL guards, the ACL ARN guarding a target ("" when none), and
/// the ACL itself.
std::vector<const Service *> wafTargets(const Module &m, const Service &waf);
std::string wafFor(Module &m, const Service &target);
void emitWaf(Module &m, const Service &s);

/// The module's files: versions, providers, variables, outputs, README.
std::string versionsTf(const Module &m);
std::string providersTf(const Module &m);
std::string variablesTf(const Module &m);
std::string outputsTf(const Module &m);
std::string readme(const Module &m, const std::vector<std::string> &fileNames);

/// An IAM role (in security.tf) with an assume-role policy document for service principals and
/// AWS managed policies ("service-role/..." paths allowed); returns the role's label.
std::string iamRole(Module &m, const std::string &id, const std::string &role,
    const std::vector<std::string> &principals, const std::vector<std::string> &managedPolicies);

} // namespace cw::exporters::tf
