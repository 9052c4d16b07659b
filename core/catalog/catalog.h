// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

/// The service catalog: every service kind Cloudwright knows, as data (catalog.yaml, embedded).
namespace cw {

enum class PropertyType { String, Int, Number, Bool, Enum, List };

/// One property of a kind: type, default, allowed values and a one-line doc.
struct PropertySpec
{
    std::string name;
    PropertyType type = PropertyType::String;
    std::optional<Value> defaultValue;
    std::vector<std::string> allowed; ///< Enum: its values; Int/List: allowed values/items
    std::optional<double> min; ///< Int / Number only
    std::optional<double> max;
    std::string doc;
};

/// Where a kind may be placed.
enum class Placement { PublicSubnet, PrivateSubnet, IsolatedSubnet, Network, Region, Global };

/// One service kind, e.g. aws.alb.
struct KindSpec
{
    std::string kind; ///< "aws.alb"
    Provider provider = Provider::Aws;
    std::string category; ///< networking, compute, containers, database, storage, integration,
                          ///< security, edge, observability, management
    std::string label; ///< "Application Load Balancer"
    std::string icon; ///< icon file stem, e.g. "aws-alb"
    std::string doc; ///< one line
    std::vector<Placement> placements;
    int minZones = 0; ///< zones the kind must span when placed in subnets (ALB: 2)
    bool dataStore = false; ///< holds data (databases, buckets, queues) for security rules
    bool entryPoint = false; ///< can face the internet (LB, CDN, gateway)
    bool zoneRedundant = false; ///< survives a zone loss by itself (managed regional services)
    std::string subnetName; ///< Azure: its subnet must have this exact name, e.g. "GatewaySubnet"
    std::string delegation; ///< Azure: its subnet must be delegated to this service
    bool dedicatedSubnet = false; ///< subnets hold only this kind or same-subnetName kinds
    int maxSubnetPrefix = 0; ///< its subnets must be this large or larger (26 = /26); 0 = any
    std::vector<PropertySpec> properties;

    const PropertySpec *property(std::string_view name) const;
};

class Catalog
{
public:
    /// The built-in catalog, parsed once from the embedded catalog.yaml.
    static const Catalog &builtin();

    /// Parses a catalog document; throws std::runtime_error with line:column on bad data.
    static Catalog fromYaml(std::string_view text);

    const KindSpec *find(std::string_view kind) const;
    const std::vector<KindSpec> &kinds() const { return m_kinds; }

private:
    /// Hashes std::string and std::string_view alike, so find() needs no temporary string.
    struct TextHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view> {}(s);
        }
    };

    std::vector<KindSpec> m_kinds; ///< sorted by kind
    /// kind -> position in m_kinds: rules look kinds up for every service they visit, and a
    /// binary search cost seven string comparisons each time.
    std::unordered_map<std::string, std::size_t, TextHash, std::equal_to<>> m_byKind;
};

std::string_view toString(PropertyType);
std::string_view toString(Placement);

/// Checks v against spec; returns an empty string when it fits, else the reason.
std::string checkValue(const PropertySpec &spec, const Value &v);

} // namespace cw
