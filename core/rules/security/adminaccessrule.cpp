// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"

/// SEC-013: administrative access goes through a bastion or SSM. No EC2 instance in a public
/// subnet takes an administrative port from the internet, and an Azure VNet with a GatewaySubnet
/// also has an AzureBastionSubnet. (A bastion open to 0.0.0.0/0 is SEC-004's finding.)
namespace cw::rules {
namespace {

bool adminPort(const Connection &c)
{
    return c.protocol != "icmp" && (c.port == 22 || c.port == 3389 || c.port == 0)
        && c.protocol != "http" && c.protocol != "https";
}

std::string_view subnetName(const Subnet &s)
{
    return s.name.empty() ? s.id : s.name;
}

class AdminAccessRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-013",
            .title = "Administrative access goes through a bastion or Session Manager",
            .pillar = Pillar::Security,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Instances that take SSH/RDP straight from the internet each become an "
                         "entry point with its own keys and patch level; a single hardened "
                         "bastion (or SSM / Azure Bastion with no open port) keeps administration "
                         "auditable.",
            .remediation = "Reach instances through a bastion restricted to known CIDRs or through "
                           "SSM Session Manager; give VNets with a gateway an AzureBastionSubnet.",
            .references = { "WA SEC06-BP03", "PSRule Azure.VNET.BastionSubnet",
                "cdk-nag EC2RestrictedSSH", "checkov CKV2_AZURE_39" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const ConnectionRow &row : ctx.connections.rows()) {
            const Connection &c = *row.connection;
            const ElementRef *from = row.from;
            const ElementRef *to = row.to;
            if (!from || !to || !to->service || !from->external
                || from->external->kind != ExternalKind::Internet || !adminPort(c)
                || to->service->kind != "aws.ec2")
                continue;
            std::vector<std::string> publics;
            for (const Subnet *s : subnetsOf(ctx, *to->service))
                if (s->tier == Tier::Public)
                    publics.push_back(s->id);
            if (publics.empty())
                continue;
            sink.report(c.to, to->loc,
                    describe(ctx, *to->service) + " in public subnet " + quotedList(publics)
                        + " is administered straight from the internet ('" + c.from + "', port "
                        + (c.port == 0 ? std::string("any") : std::to_string(c.port)) + ")",
                    "Move '" + c.to
                        + "' to a private subnet and reach it through a bastion "
                          "or SSM Session Manager.")
                .related
                = { c.from };
        }
        for (const Account &a : ctx.model.accounts) {
            if (a.provider != Provider::Azure)
                continue;
            for (const Network &n : a.networks) {
                const Subnet *gateway = nullptr;
                bool bastion = false;
                for (const Subnet &s : n.subnets) {
                    if (subnetName(s) == "GatewaySubnet" && !gateway)
                        gateway = &s;
                    bastion = bastion || subnetName(s) == "AzureBastionSubnet";
                }
                if (gateway && !bastion)
                    sink.report(n.id, n.loc,
                            "VNet '" + n.id + "' has a GatewaySubnet ('" + gateway->id
                                + "') but no AzureBastionSubnet: administrators of its VMs "
                                  "need another way in",
                            "Add an AzureBastionSubnet (/26 or larger) with an azure.bastion "
                            "to '"
                                + n.id + "'.")
                        .related
                        = { gateway->id };
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeAdminAccessRule()
{
    return std::make_unique<AdminAccessRule>();
}

} // namespace cw::rules
