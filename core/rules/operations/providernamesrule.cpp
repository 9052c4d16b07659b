// SPDX-License-Identifier: MIT
#include "rules/operations/operationsrules.h"
#include "rules/rulehelpers.h"

#include <cctype>

/// OPS-007: names the provider would refuse, found before export.
///
/// Model reading (how exporters name resources): Azure storage accounts and container registries
/// take the element id without its hyphens (they allow only lowercase letters and digits); Key
/// Vaults take the id; VNets and subnets take their name, else their id; S3 buckets take a prefix
/// made from the id (the Terraform exporter's bucket_prefix), so only reserved prefixes matter.
namespace cw::rules {
namespace {

std::string alnumOnly(std::string_view id)
{
    std::string out;
    for (char c : id)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out.push_back(c);
    return out;
}

/// Azure VNet/subnet names: start alphanumeric, end alphanumeric or '_', inside [A-Za-z0-9._-].
std::string azureNetworkNameProblem(std::string_view name, std::size_t minLen, std::size_t maxLen)
{
    if (name.size() < minLen || name.size() > maxLen)
        return "is " + std::to_string(name.size()) + " characters long (" + std::to_string(minLen)
            + "–" + std::to_string(maxLen) + " allowed)";
    auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (char c : name)
        if (!alnum(c) && c != '.' && c != '_' && c != '-')
            return std::string("contains '") + c + "' (only letters, digits, '.', '_' and '-')";
    if (!alnum(name.front()))
        return "must start with a letter or digit";
    if (!alnum(name.back()) && name.back() != '_')
        return "must end with a letter, digit or '_'";
    return {};
}

class ProviderNamesRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "OPS-007",
            .title = "Resource names follow the provider's naming rules",
            .pillar = Pillar::Operations,
            .severity = Severity::High,
            .kind = RuleKind::Constraint,
            .providers = {},
            .rationale = "The provider rejects the deployment of a resource whose name breaks its "
                         "rules (length, characters, reserved prefixes), half-way through.",
            .remediation = "Rename the element (its id, or its name for networks and subnets) "
                           "within the provider's limits.",
            .references = { "PSRule Azure.Storage.Name", "PSRule Azure.VNET.SubnetName",
                "PSRule Azure.VNET.Name", "PSRule Azure.KeyVault.Name", "PSRule Azure.ACR.Name",
                "checkov CKV_AZURE_43", "AWS S3 bucket naming rules" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Account &a : ctx.model.accounts) {
            if (a.provider != Provider::Azure)
                continue;
            for (const Network &n : a.networks) {
                const std::string_view name = n.name.empty() ? n.id : n.name;
                if (auto p = azureNetworkNameProblem(name, 2, 64); !p.empty())
                    sink.report(n.id, n.loc, "VNet name '" + std::string(name) + "' " + p,
                        "Give VNet '" + n.id + "' a valid name.");
                for (const Subnet &s : n.subnets) {
                    const std::string_view sname = s.name.empty() ? s.id : s.name;
                    if (auto p = azureNetworkNameProblem(sname, 1, 80); !p.empty())
                        sink.report(s.id, s.loc, "subnet name '" + std::string(sname) + "' " + p,
                            "Give subnet '" + s.id + "' a valid name.");
                }
            }
        }
        forEachServiceOf(ctx.services,
            { "azure.storage-account", "azure.container-registry", "azure.key-vault", "aws.s3" },
            [&](const Account &, const Network *, const Service &s) {
                std::string problem;
                if (s.kind == "azure.storage-account") {
                    const std::string name = alnumOnly(s.id);
                    if (name.size() < 3 || name.size() > 24)
                        problem = "gives the storage account name '" + name + "' ("
                            + std::to_string(name.size())
                            + " characters; 3–24 lowercase letters and "
                              "digits allowed)";
                } else if (s.kind == "azure.container-registry") {
                    const std::string name = alnumOnly(s.id);
                    if (name.size() < 5 || name.size() > 50)
                        problem = "gives the registry name '" + name + "' ("
                            + std::to_string(name.size())
                            + " characters; 5–50 letters and digits "
                              "allowed)";
                } else if (s.kind == "azure.key-vault") {
                    if (s.id.size() < 3 || s.id.size() > 24)
                        problem = "is " + std::to_string(s.id.size())
                            + " characters long; Key Vault names have 3–24";
                    else if (!std::isalpha(static_cast<unsigned char>(s.id.front())))
                        problem = "starts with a digit; Key Vault names start with a letter";
                    else if (s.id.find("--") != std::string::npos)
                        problem = "contains '--'; Key Vault names have no consecutive hyphens";
                } else if (s.kind == "aws.s3") {
                    for (std::string_view reserved : { "sthree-", "amzn-s3-demo-", "xn--" })
                        if (s.id.starts_with(reserved))
                            problem = "starts with '" + std::string(reserved)
                                + "', a prefix S3 reserves for bucket names";
                }
                if (!problem.empty())
                    sink.report(s.id, s.loc, "the id of " + describe(ctx, s) + " " + problem,
                        "Rename '" + s.id + "' so the provider accepts the name.");
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeProviderNamesRule()
{
    return std::make_unique<ProviderNamesRule>();
}

} // namespace cw::rules
