// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"
#include "rules/views/topology.h"

/// SEC-010: object storage is not public. S3 Block Public Access stays on, Azure blob anonymous
/// access stays off, and a static-website bucket is read by CloudFront through origin access
/// control (OAC), never through public website hosting.
namespace cw::rules {
namespace {

class PublicObjectStoreRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-010",
            .title = "Object storage is not public",
            .pillar = Pillar::Security,
            .severity = Severity::Critical,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Public buckets and containers are the most common source of data "
                         "leaks; even a static site needs no public bucket when the CDN reads it "
                         "with origin access control.",
            .remediation = "Keep Block Public Access on (S3) and anonymous blob access off "
                           "(Azure); serve static sites through CloudFront with origin access "
                           "control.",
            .references = { "WA SEC08-BP04", "checkov CKV_AWS_53", "checkov CKV_AWS_54",
                "checkov CKV_AWS_55", "checkov CKV_AWS_56", "checkov CKV2_AWS_6",
                "cdk-nag AwsSolutions-S2", "trivy AWS-0086", "trivy AWS-0087", "trivy AWS-0091",
                "trivy AWS-0093", "trivy AWS-0094", "checkov CKV_AZURE_59", "checkov CKV_AZURE_190",
                "trivy AZU-0007", "PSRule Azure.Storage.BlobPublicAccess", "checkov CKV2_AWS_46",
                "cdk-nag AwsSolutions-CFR7" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const Catalog &c = ctx.catalog;
        std::optional<Topology> ownTopology;
        const Topology &topo = topologyOf(ctx, ownTopology);
        forEachServiceOf(ctx.services, { "aws.s3", "azure.storage-account" },
            [&](const Account &, const Network *, const Service &s) {
                std::vector<std::string> reasons;
                std::vector<std::string> fixes;
                std::vector<std::string> related;
                if (s.kind == "aws.s3") {
                    if (!boolProp(c, s, "block_public_access", true)) {
                        reasons.push_back("block_public_access is off");
                        fixes.push_back("set block_public_access: true");
                    }
                    if (boolProp(c, s, "website")) {
                        // Every CloudFront distribution reading the site must sign with OAC.
                        topo.forEachIncoming(
                            topo.vertexOf(s.id), [&](const Connection &, TopologyVertex peer) {
                                const Service *cdn = topo.service(peer);
                                if (cdn && cdn->kind == "aws.cloudfront"
                                    && !boolProp(c, *cdn, "origin_access_control", true))
                                    related.push_back(cdn->id);
                            });
                        if (!related.empty()) {
                            reasons.push_back("its website is read by " + quotedList(related)
                                + " without origin access control");
                            fixes.push_back(
                                "set origin_access_control: true on " + quotedList(related));
                        }
                    }
                } else if (s.kind == "azure.storage-account"
                    && boolProp(c, s, "allow_blob_public_access")) {
                    reasons.push_back("allow_blob_public_access is on");
                    fixes.push_back("set allow_blob_public_access: false");
                }
                if (!reasons.empty())
                    sink.report(s.id, s.loc,
                            describe(ctx, s) + " is public: " + joinReasons(reasons),
                            fixSentence(fixes))
                        .related
                        = related;
            });
    }
};

} // namespace

std::unique_ptr<Rule> makePublicObjectStoreRule()
{
    return std::make_unique<PublicObjectStoreRule>();
}

} // namespace cw::rules
