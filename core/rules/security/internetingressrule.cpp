// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"

#include <unordered_set>

/// SEC-004: what the internet may reach. A connection from an internet external becomes a
/// 0.0.0.0/0 ingress rule when exported, so: never to an administrative port (22, 3389, or all
/// ports) — critical; never to a non-entry-point element on a port other than 80/443 — reported
/// one level lower.
namespace cw::rules {
namespace {

/// The port a connection opens: its own, 443/80 for https/http, 0 = every port.
int effectivePort(const Connection &c)
{
    if (c.port != 0)
        return c.port;
    if (c.protocol == "https")
        return 443;
    if (c.protocol == "http")
        return 80;
    return 0;
}

bool restrictedCidrs(const std::vector<std::string> &cidrs)
{
    if (cidrs.empty())
        return false;
    for (const auto &c : cidrs)
        if (c == "0.0.0.0/0" || c == "::/0")
            return false;
    return true;
}

class InternetIngressRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-004",
            .title = "No administrative or non-web port is open to the internet",
            .pillar = Pillar::Security,
            .severity = Severity::Critical,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "SSH and RDP open to 0.0.0.0/0 are scanned and brute-forced within "
                         "minutes; any other port of a non-entry-point element widens the attack "
                         "surface beyond the load balancers meant to face the internet. Findings "
                         "on non-administrative ports are reported one level below the rule's "
                         "severity.",
            .remediation = "Reach instances through a bastion restricted to known CIDRs or "
                           "SSM/Azure Bastion, and expose applications only through load "
                           "balancers or gateways on 80/443.",
            .references
            = { "WA SEC05-BP02", "checkov CKV_AWS_24", "checkov CKV_AWS_25", "checkov CKV_AWS_260",
                "checkov CKV_AWS_277", "trivy AWS-0107", "cdk-nag AwsSolutions-EC23",
                "checkov CKV_AZURE_9", "checkov CKV_AZURE_10", "trivy AZU-0047", "trivy AZU-0048",
                "trivy AZU-0050", "PSRule Azure.NSG.AnyInboundSource" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const Severity lesser = lowerSeverity(ctx.config.severityOf(meta()));
        std::unordered_set<const Service *> reportedBastions;
        for (const ConnectionRow &row : ctx.connections.rows()) {
            const Connection &c = *row.connection;
            const ElementRef *from = row.from;
            const ElementRef *to = row.to;
            if (!from || !to || !from->external || from->external->kind != ExternalKind::Internet
                || c.protocol == "icmp")
                continue;
            const int port = effectivePort(c);
            const bool admin = port == 0 || port == 22 || port == 3389;
            const Service *svc = to->service;
            const KindSpec *spec = svc ? ctx.catalog.find(svc->kind) : nullptr;
            const std::string target = svc ? describe(ctx, *svc) : "'" + c.to + "'";
            const std::string what
                = port == 0 ? "every port (" + c.protocol + ")" : "port " + std::to_string(port);
            if (admin) {
                // A bastion whose SSH source ranges are restricted does not open 0.0.0.0/0.
                if (svc && svc->kind == "aws.bastion"
                    && restrictedCidrs(listProp(ctx.catalog, *svc, "allowed_cidrs")))
                    continue;
                if (svc && svc->kind == "aws.bastion")
                    reportedBastions.insert(svc);
                sink.report(c.to, to->loc,
                        target + " accepts " + what + " from the internet ('" + c.from
                            + "'): administrative access open to 0.0.0.0/0",
                        svc && svc->kind == "aws.bastion"
                            ? "Set allowed_cidrs on '" + c.to
                                + "' to the administrators' ranges, or use access_method: ssm "
                                  "and remove the connection."
                            : "Remove the connection from '" + c.from + "' and reach '" + c.to
                                + "' through a bastion or SSM Session Manager.")
                    .related
                    = { c.from };
            } else if ((!spec || !spec->entryPoint) && port != 80 && port != 443) {
                Finding &f = sink.report(c.to, to->loc,
                    target + " accepts " + what + " from the internet ('" + c.from
                        + "') but is not an entry point",
                    "Put a load balancer or gateway in front of '" + c.to
                        + "' and connect the internet to it on 80/443.");
                f.related = { c.from };
                f.severity = lesser;
            }
        }
        // A bastion whose SSH sources include 0.0.0.0/0 opens port 22 to the world even when no
        // internet connection is drawn.
        forEachServiceOf(ctx.services, { "aws.bastion" },
            [&](const Account &, const Network *, const Service &s) {
                if (reportedBastions.count(&s))
                    return;
                for (const auto &cidr : listProp(ctx.catalog, s, "allowed_cidrs"))
                    if (cidr == "0.0.0.0/0" || cidr == "::/0") {
                        sink.report(s.id, s.loc,
                            describe(ctx, s) + " allows SSH (port 22) from " + cidr,
                            "Limit allowed_cidrs to the administrators' ranges, or use "
                            "access_method: ssm.");
                        return;
                    }
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeInternetIngressRule()
{
    return std::make_unique<InternetIngressRule>();
}

} // namespace cw::rules
