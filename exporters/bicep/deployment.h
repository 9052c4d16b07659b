// SPDX-License-Identifier: MIT
#pragma once

#include "bicep/bicepwriter.h"
#include "catalog/catalog.h"
#include "common/props.h"
#include "common/topology.h"

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

/// The state shared while one Azure subscription becomes main.bicep, its modules and its
/// parameter file.
namespace cw::exporters::bicep {

/// API versions: the GA versions of conventions.md section 2.2 (2024 set where it lists one),
/// and recent GA versions for the types it does not list.
namespace api {
inline constexpr const char *kNetwork = "2024-05-01";
inline constexpr const char *kPrivateDns = "2024-06-01";
inline constexpr const char *kPostgres = "2024-08-01";
inline constexpr const char *kWeb = "2024-04-01";
inline constexpr const char *kKeyVault = "2024-11-01";
inline constexpr const char *kAks = "2025-05-01";
inline constexpr const char *kStorage = "2024-01-01";
inline constexpr const char *kRegistry = "2023-07-01";
inline constexpr const char *kRedis = "2024-03-01";
inline constexpr const char *kRecovery = "2024-04-01";
inline constexpr const char *kWorkspace = "2023-09-01";
inline constexpr const char *kAppInsights = "2020-02-02";
inline constexpr const char *kActionGroup = "2023-01-01";
inline constexpr const char *kAutoscale = "2022-10-01";
inline constexpr const char *kAutomation = "2023-11-01";
inline constexpr const char *kLogic = "2019-05-01";
inline constexpr const char *kCdn = "2024-02-01";
inline constexpr const char *kFrontDoorWaf = "2024-02-01";
inline constexpr const char *kRoleAssignment = "2022-04-01";
inline constexpr const char *kIdentity = "2023-01-31";
} // namespace api

/// One modules/<name>.bicep and how main.bicep calls it.
struct ModuleFile
{
    std::string name; ///< "network"
    std::string symbol; ///< its symbol in main.bicep
    std::string scope; ///< main.bicep scope expression, empty = the deployment's resource group
    BicepFile file;
    std::vector<std::pair<std::string, std::string>> inputs; ///< param -> expression in main
    std::set<std::string> declared; ///< keys of declarations made once per module
};

/// Where a service's main resource lives, for references from other modules.
struct Placed
{
    std::string module;
    std::string symbol;
};

/// One subscription under construction.
class Deployment
{
public:
    Deployment(
        const Model &model, const Account &account, const Topology &topo, const Catalog &catalog);

    const Model &model;
    const Account &account;
    const Topology &topo;
    const Catalog &catalog;
    std::string region; ///< the primary region: the first network's, else the first service's

    /// The module of that name, created on first use.
    ModuleFile &mod(const std::string &name);
    const std::vector<std::string> &moduleOrder() const { return m_order; }
    ModuleFile *findModule(const std::string &name);

    /// The location parameter to use in module m for region r (declared on first use).
    std::string location(ModuleFile &m, const std::string &r);
    /// The tags parameter of module m; with extra tags, union(tags, {...}).
    Val tags(ModuleFile &m, const Tags &extra = {});
    /// An output of producer that consumer needs: declares the output once, a parameter in
    /// consumer and the wiring in main; returns the parameter's name in consumer. Within one
    /// module, returns the value expression itself.
    std::string use(ModuleFile &consumer, const std::string &producer, const std::string &name,
        const std::string &type, const Val &value, const std::string &description);
    /// A secret input: @secure() in main and in m, read from an environment variable by the
    /// parameter file. Returns the parameter's name in m.
    std::string secret(ModuleFile &m, const std::string &name, const std::string &description);
    /// A plain input set in the parameter file (value) and passed to m. Returns its name in m.
    std::string input(ModuleFile &m, const std::string &name, const std::string &type,
        const std::string &description, const Val &value);
    /// A plain input the parameter file reads from an environment variable. Returns its name in m.
    std::string envInput(ModuleFile &m, const std::string &name, const std::string &description);
    /// Re-exports a module output from main.bicep.
    void expose(ModuleFile &m, const std::string &name, const std::string &type, const Val &value,
        const std::string &description);

    void place(const std::string &serviceId, const std::string &module, const std::string &symbol);
    const Placed *placed(const std::string &serviceId) const;

    Props props(const Service &s) const { return Props(s, catalog); }
    std::string regionOf(const Service &s) const;
    const Network *networkOf(const Service &s) const;
    const Subnet *subnet(const std::string &id) const;
    /// Services of this subscription, network ones first, in document order.
    const std::vector<const Service *> &services() const { return m_services; }
    bool here(const Service *s) const { return s && topo.accountOf(s->id) == &account; }
    /// A name for an Azure resource: lower-case [a-z0-9-] from id, cut to max.
    static std::string azName(std::string_view id, std::size_t max = 60);
    /// Only letters and digits, lower case, cut to max.
    static std::string alnum(std::string_view id, std::size_t max);

    void note(std::string text) { notes.push_back(std::move(text)); }

    /// The id of a subnet / VNet / placed service as seen from consumer (a parameter fed from the
    /// producing module's output, or the expression itself inside that module).
    std::string subnetId(ModuleFile &consumer, const Subnet &subnet);
    std::string vnetId(ModuleFile &consumer, const Network &network);
    std::string serviceId(ModuleFile &consumer, const std::string &serviceId);
    /// A value of a placed service's main resource (symbol + expression, e.g.
    /// ".properties.defaultHostName") as seen from consumer.
    std::string serviceValue(ModuleFile &consumer, const std::string &serviceId,
        const std::string &suffix, const std::string &type, const std::string &expression,
        const std::string &description);
    /// The Azure name of a subnet: its provider name, else its id.
    static std::string subnetName(const Subnet &s) { return s.name.empty() ? s.id : s.name; }
    /// An IPv4 block from candidates that overlaps no address block of the model.
    std::string freeBlock(const std::vector<std::string> &candidates) const;

    std::map<std::string, std::string> vnetSymbols; ///< network id -> symbol in network.bicep

    BicepFile main;
    std::vector<std::pair<std::string, Val>> paramValues; ///< main.<env>.bicepparam
    std::vector<std::string> notes;

private:
    std::map<std::string, ModuleFile> m_modules;
    std::vector<std::string> m_order;
    std::map<std::string, std::string> m_locationParams; ///< region -> main param
    std::map<std::string, Placed> m_placed;
    std::set<std::string> m_mainInputs;
    std::vector<const Service *> m_services;
};

/// The emitters, one per concern, in the order they run.
void emitObservability(Deployment &d);
void emitNetwork(Deployment &d);
void emitSecurity(Deployment &d);
void emitData(Deployment &d);
void emitCompute(Deployment &d);
void emitConnectivity(Deployment &d);
void emitEdge(Deployment &d);
void emitPrivateLink(Deployment &d);
void emitNsgRules(Deployment &d);

/// The module names, in the order main.bicep calls them.
const std::vector<std::string> &moduleNames();

/// main.bicep, the parameter file and README.md of a finished deployment.
std::string renderMain(Deployment &d);
std::string renderParams(const Deployment &d);
std::string renderReadme(
    const Deployment &d, const std::vector<std::string> &files, const std::string &paramFile);

} // namespace cw::exporters::bicep
