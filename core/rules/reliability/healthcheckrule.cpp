// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

#include <algorithm>
#include <iterator>

/// REL-016: load balancers, gateways and apps that take unhealthy instances out of rotation have
/// a health check: every kind with a health_check_path or health_probe_path property (ALB target
/// groups, Application Gateway and Front Door probes, App Service health check) sets one.
namespace cw::rules {
namespace {

using namespace placement;

constexpr const char *kProbeProperties[] = { "health_check_path", "health_probe_path" };

class HealthCheckRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-016",
            .title = "Load balancers and apps have a health check",
            .pillar = Pillar::Reliability,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Without a health check a load balancer keeps sending requests to an "
                         "instance that is up but broken (hung, out of connections, failing its "
                         "dependencies), and App Service does not replace an unhealthy "
                         "instance. A probe on a path that exercises the application takes "
                         "such instances out of rotation.",
            .remediation = "Set a health check path that checks the application and its critical "
                           "dependencies, e.g. /healthz.",
            .references = { "WA REL11-BP01", "checkov CKV_AWS_261", "checkov CKV2_AWS_15",
                "cdk-nag AwsSolutions-AS2", "checkov CKV_AZURE_213",
                "PSRule Azure.AppService.WebProbe", "PSRule Azure.FrontDoor.Probe" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        auto probed = [](const KindSpec *kind) {
            return kind
                && std::any_of(std::begin(kProbeProperties), std::end(kProbeProperties),
                    [&](const char *name) { return kind->property(name) != nullptr; });
        };
        forEachServiceWhere(
            ctx.services, probed, [&](const Account &, const Network *, const Service &svc) {
                const KindSpec *kind = ctx.catalog.find(svc.kind);
                for (const char *name : kProbeProperties) {
                    if (!kind->property(name) || !textProp(ctx.catalog, svc, name).empty())
                        continue;
                    sink.report(svc.id, svc.loc,
                        describe(ctx, svc) + " has no health check (" + name + " is empty)",
                        "Set " + std::string(name) + " (e.g. /healthz) on '" + svc.id + "'.");
                }
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeHealthCheckRule()
{
    return std::make_unique<HealthCheckRule>();
}

} // namespace cw::rules
