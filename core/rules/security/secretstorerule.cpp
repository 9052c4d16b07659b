// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"
#include "rules/views/topology.h"

/// SEC-011: credentials live in a secret store. A workload that connects to a database with
/// password authentication also connects to Secrets Manager or Key Vault (a database reached with
/// IAM or Entra ID authentication only needs none); Secrets Manager secrets rotate.
namespace cw::rules {
namespace {

/// True when clients of db authenticate with a password (so they must hold a secret).
bool needsPassword(const RuleContext &ctx, const Service &db)
{
    if (db.kind == "aws.rds-postgresql" || db.kind == "aws.aurora-postgresql")
        return !boolProp(ctx.catalog, db, "iam_auth");
    if (db.kind == "azure.postgresql-flexible")
        return boolProp(ctx.catalog, db, "password_auth", true);
    return true; // caches: access keys
}

class SecretStoreRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-011",
            .title = "Database credentials come from a secret store and rotate",
            .pillar = Pillar::Security,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Passwords in configuration files, environment variables or images leak "
                         "through repositories and logs and are never changed; a secret store "
                         "with rotation limits both.",
            .remediation = "Connect each database client to a Secrets Manager secret or Key Vault "
                           "(or use IAM / Entra ID database authentication) and turn on rotation.",
            .references = { "WA SEC02-BP03", "checkov CKV2_AWS_57", "checkov CKV_AWS_304",
                "cdk-nag AwsSolutions-SMG4", "cfn-guard secretsmanager_rotation_enabled_check" },
            .options = { { "max_rotation_days", 90,
                "Longest accepted interval between Secrets Manager rotations, in days" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::optional<Topology> ownTopology;
        const Topology &topo = topologyOf(ctx, ownTopology);
        const auto maxDays = static_cast<std::int64_t>(ctx.option(meta(), "max_rotation_days"));
        for (TopologyVertex v = 0; v < topo.vertexCount(); ++v) {
            const Service *svc = topo.service(v);
            if (!svc)
                continue;
            if (svc->kind == "aws.secrets-manager") {
                if (!boolProp(ctx.catalog, *svc, "rotation"))
                    sink.report(svc->id, svc->loc,
                        describe(ctx, *svc)
                            + " has rotation off: its credentials never "
                              "change",
                        "Set rotation: true (with rotation_days of at most "
                            + std::to_string(maxDays) + ").");
                else if (intProp(ctx.catalog, *svc, "rotation_days", 30) > maxDays)
                    sink.report(svc->id, svc->loc,
                        describe(ctx, *svc) + " rotates every "
                            + std::to_string(intProp(ctx.catalog, *svc, "rotation_days", 30))
                            + " days; at most " + std::to_string(maxDays) + " is expected",
                        "Set rotation_days to " + std::to_string(maxDays) + " or less.");
                continue;
            }
            if (!isWorkload(topo.spec(v)))
                continue;
            std::vector<std::string> databases;
            bool hasStore = false;
            topo.forEachOutgoing(v, [&](const Connection &, TopologyVertex peer) {
                const Service *to = topo.service(peer);
                if (!to)
                    return;
                if (isSecretStore(to->kind))
                    hasStore = true;
                else if (isDatabase(topo.spec(peer)) && needsPassword(ctx, *to))
                    databases.push_back(to->id);
            });
            if (hasStore || databases.empty())
                continue;
            sink.report(svc->id, svc->loc,
                    describe(ctx, *svc) + " connects to " + quotedList(databases)
                        + " with password authentication but to no secret store (Secrets "
                          "Manager or Key Vault)",
                    "Connect '" + svc->id
                        + "' to the secret holding the database credentials, or switch the "
                          "database to IAM / Entra ID authentication.")
                .related
                = databases;
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeSecretStoreRule()
{
    return std::make_unique<SecretStoreRule>();
}

} // namespace cw::rules
