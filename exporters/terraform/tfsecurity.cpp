// SPDX-License-Identifier: MIT
// Certificates, keys, secrets, threat detection and user pools.
#include "terraform/tfmodule.h"

namespace cw::exporters::tf {

namespace {

bool domainMatches(const std::string &pattern, const std::string &domain)
{
    if (pattern == domain)
        return true;
    if (pattern.rfind("*.", 0) == 0) {
        const auto dot = domain.find('.');
        return dot != std::string::npos && domain.substr(dot) == pattern.substr(1);
    }
    return false;
}

} // namespace

const Service *zoneFor(const Module &m, const std::string &domain)
{
    const Service *best = nullptr;
    std::size_t bestLen = 0;
    std::string d = domain.rfind("*.", 0) == 0 ? domain.substr(2) : domain;
    for (const Service *s : m.services()) {
        if (s->kind != "aws.route53")
            continue;
        const Props p(*s, m.catalog);
        const std::string zone = p.s("zone_name");
        if (p.b("private_zone") || zone.empty())
            continue;
        const bool inside = d == zone || (d.size() > zone.size() && d.ends_with("." + zone));
        if (inside && zone.size() > bestLen) {
            best = s;
            bestLen = zone.size();
        }
    }
    return best;
}

namespace {

/// Emits a certificate; returns the ARN to use (the validated one when validation is emitted).
std::string certificate(Module &m, const std::string &id, const std::string &domain,
    const std::vector<std::string> &sans, const std::string &method,
    const std::string &keyAlgorithm, const Tags &tags, const std::string &name,
    const std::string &region, bool usEast1)
{
    const std::string label = m.label("aws_acm_certificate", id);
    Body &b = m.resource(kSecurityTf, "aws_acm_certificate", label);
    if (usEast1)
        b.attr("provider", Expr::raw(m.usEast1())).blank();
    else
        m.regionArg(b, region);
    if (domain.empty()) {
        const std::string var = snakeName(id) + "_domain_name";
        m.variable({ var, "string",
            "Domain name of the certificate `" + id + "`, e.g. example.com or *.example.com.", {},
            false,
            { { "can(regex(\"^(\\\\*\\\\.)?([a-z0-9-]+\\\\.)+[a-z]{2,}$\", var." + var + "))",
                "Must be a domain name such as example.com or *.example.com." } } });
        b.attr("domain_name", Expr::raw("var." + var));
    } else {
        b.attr("domain_name", Expr::str(domain));
    }
    if (!sans.empty())
        b.attr("subject_alternative_names", Expr::strList(sans));
    b.attr("validation_method", Expr::str(method));
    b.attr("key_algorithm", Expr::str(keyAlgorithm));
    b.blank().attr("tags", m.tags(name, tags));
    b.block("lifecycle").attr("create_before_destroy", Expr::boolean(true));

    const std::string cert = "aws_acm_certificate." + label;
    const Service *zone = method == "DNS" && !domain.empty() ? zoneFor(m, domain) : nullptr;
    if (!zone) {
        if (method == "DNS")
            m.note("Certificate `" + id + "`: no public Route 53 zone of the model holds "
                + (domain.empty() ? std::string("its domain") : "`" + domain + "`")
                + "; create the DNS validation records where the domain is hosted.");
        return cert + ".arn";
    }
    const std::string rec = m.label("aws_route53_record", id, "validation");
    Body &r = m.resource(kSecurityTf, "aws_route53_record", rec);
    r.attr("for_each",
        Expr::raw(
            "{ for dvo in " + cert + ".domain_validation_options : dvo.domain_name => dvo }"));
    r.blank();
    r.attr("allow_overwrite", Expr::boolean(true));
    r.attr("name", Expr::raw("each.value.resource_record_name"));
    r.attr("records", Expr::list({ Expr::raw("each.value.resource_record_value") }));
    r.attr("ttl", Expr::num(std::int64_t { 60 }));
    r.attr("type", Expr::raw("each.value.resource_record_type"));
    r.attr("zone_id", Expr::raw(m.ref("aws_route53_zone", zone->id) + ".zone_id"));

    const std::string val = m.label("aws_acm_certificate_validation", id);
    Body &v = m.resource(kSecurityTf, "aws_acm_certificate_validation", val);
    if (usEast1)
        v.attr("provider", Expr::raw(m.usEast1())).blank();
    else
        m.regionArg(v, region);
    v.attr("certificate_arn", Expr::raw(cert + ".arn"));
    v.attr("validation_record_fqdns",
        Expr::raw("[for record in aws_route53_record." + rec + " : record.fqdn]"));
    return "aws_acm_certificate_validation." + val + ".certificate_arn";
}

void acmService(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string domain = p.s("domain_name");
    const bool usEast1 = m.regionOf(s) == "us-east-1" && m.region != "us-east-1";
    certificate(m, s.id, domain, p.list("subject_alternative_names"), p.s("validation_method"),
        p.s("key_algorithm"), s.tags, Module::displayName(s), m.regionOf(s), usEast1);
}

std::string kmsKey(Module &m, const std::string &id, const std::string &description,
    const Tags &tags, const std::string &name, const std::string &region, const Props *p)
{
    const std::string label = m.label("aws_kms_key", id);
    Body &b = m.resource(kSecurityTf, "aws_kms_key", label);
    m.regionArg(b, region);
    b.attr("description", Expr::str(description));
    const bool symmetric = !p || p->s("key_spec") == "SYMMETRIC_DEFAULT";
    if (p) {
        b.attr("key_usage", Expr::str(p->s("key_usage")));
        b.attr("customer_master_key_spec", Expr::str(p->s("key_spec")));
    }
    const bool rotation = p ? p->b("rotation") && symmetric : true;
    b.attr("enable_key_rotation", Expr::boolean(rotation));
    if (rotation && p)
        b.attr("rotation_period_in_days", Expr::num(p->i("rotation_period_days")));
    if (p)
        b.attr("multi_region", Expr::boolean(p->b("multi_region")));
    b.attr("deletion_window_in_days",
        Expr::num(p ? p->i("deletion_window_days") : std::int64_t { 30 }));
    b.blank().attr("tags", m.tags(name, tags));
    return "aws_kms_key." + label;
}

void kmsService(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string key
        = kmsKey(m, s.id, s.description.empty() ? Module::displayName(s) : s.description, s.tags,
            Module::displayName(s), m.regionOf(s), &p);
    Body &a = m.resource(kSecurityTf, "aws_kms_alias", m.label("aws_kms_alias", s.id));
    m.regionArg(a, m.regionOf(s));
    a.attr("name", Expr::str("alias/" + awsName(s.id, 200)));
    a.attr("target_key_id", Expr::raw(key + ".key_id"));
    m.output({ snakeName(s.id) + "_key_arn", "ARN of the KMS key " + s.id + ".",
        Expr::raw(key + ".arn") });
}

void secret(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string region = m.regionOf(s);
    std::string key;
    if (p.s("kms_key") == "customer-managed")
        key = kmsKey(m, s.id, "Encrypts the secret " + awsName(s.id), s.tags,
            Module::displayName(s), region, nullptr);
    const std::string label = m.label("aws_secretsmanager_secret", s.id);
    Body &b = m.resource(kSecurityTf, "aws_secretsmanager_secret", label);
    m.regionArg(b, region);
    b.attr("name", Expr::str(awsName(s.id, 512)));
    b.attr(
        "description", Expr::str(s.description.empty() ? Module::displayName(s) : s.description));
    if (!key.empty())
        b.attr("kms_key_id", Expr::raw(key + ".arn"));
    b.attr("recovery_window_in_days", Expr::num(p.i("recovery_window_days")));
    for (const auto &r : p.list("replica_regions"))
        b.block("replica").attr("region", Expr::str(r));
    b.blank().attr("tags", m.serviceTags(s));
    if (p.b("rotation")) {
        const std::string var = snakeName(s.id) + "_rotation_lambda_arn";
        m.variable({ var, "string",
            "ARN of the Lambda function that rotates the secret `" + s.id + "`.", {}, false,
            { { "can(regex(\"^arn:aws[a-z-]*:lambda:\", var." + var + "))",
                "Must be a Lambda function ARN." } } });
        Body &r = m.resource(kSecurityTf, "aws_secretsmanager_secret_rotation",
            m.label("aws_secretsmanager_secret_rotation", s.id));
        m.regionArg(r, region);
        r.attr("secret_id", Expr::raw("aws_secretsmanager_secret." + label + ".id"));
        r.attr("rotation_lambda_arn", Expr::raw("var." + var));
        r.block("rotation_rules").attr("automatically_after_days", Expr::num(p.i("rotation_days")));
    }
    m.output({ snakeName(s.id) + "_secret_arn",
        "ARN of the secret " + s.id + " (its value is set outside Terraform).",
        Expr::raw("aws_secretsmanager_secret." + label + ".arn") });
}

void guardDuty(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string label = m.label("aws_guardduty_detector", s.id);
    Body &b = m.resource(kSecurityTf, "aws_guardduty_detector", label);
    m.regionArg(b, m.regionOf(s));
    b.attr("enable", Expr::boolean(true));
    b.attr("finding_publishing_frequency", Expr::str(p.s("finding_publishing_frequency")));
    b.blank().attr("tags", m.serviceTags(s));
    const std::pair<const char *, const char *> features[]
        = { { "s3_protection", "S3_DATA_EVENTS" }, { "eks_protection", "EKS_AUDIT_LOGS" },
              { "runtime_monitoring", "RUNTIME_MONITORING" },
              { "malware_protection", "EBS_MALWARE_PROTECTION" },
              { "rds_protection", "RDS_LOGIN_EVENTS" } };
    for (const auto &[prop, feature] : features) {
        Body &f = m.resource(kSecurityTf, "aws_guardduty_detector_feature",
            m.label("aws_guardduty_detector_feature", s.id, lower(feature)));
        m.regionArg(f, m.regionOf(s));
        f.attr("detector_id", Expr::raw("aws_guardduty_detector." + label + ".id"));
        f.attr("name", Expr::str(feature));
        f.attr("status", Expr::str(p.b(prop) ? "ENABLED" : "DISABLED"));
    }
}

void cognito(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string label = m.label("aws_cognito_user_pool", s.id);
    Body &b = m.resource(kSecurityTf, "aws_cognito_user_pool", label);
    m.regionArg(b, m.regionOf(s));
    b.attr("name", Expr::str(awsName(s.id, 128)));
    b.attr("mfa_configuration", Expr::str(p.s("mfa")));
    b.attr("deletion_protection", Expr::str(p.b("deletion_protection") ? "ACTIVE" : "INACTIVE"));
    b.attr("auto_verified_attributes", Expr::strList({ "email" }));
    b.block("password_policy").attr("minimum_length", Expr::num(p.i("password_min_length")));
    if (p.s("mfa") != "OFF")
        b.block("software_token_mfa_configuration").attr("enabled", Expr::boolean(true));
    b.blank().attr("tags", m.serviceTags(s));
    m.output({ snakeName(s.id) + "_user_pool_id", "Id of the Cognito user pool " + s.id + ".",
        Expr::raw("aws_cognito_user_pool." + label + ".id") });
}

} // namespace

std::string certificateArn(Module &m, const Service &owner, const std::string &domain,
    const std::vector<std::string> &alternativeNames, bool forCloudFront)
{
    const std::string region = forCloudFront ? std::string("us-east-1") : m.regionOf(owner);
    const Service *match = nullptr;
    int candidates = 0;
    for (const Service *s : m.services()) {
        if (s->kind != "aws.acm" || m.regionOf(*s) != region)
            continue;
        const Props p = m.props(*s);
        ++candidates;
        bool hit = domain.empty() || domainMatches(p.s("domain_name"), domain);
        for (const auto &san : p.list("subject_alternative_names"))
            hit = hit || domainMatches(san, domain);
        if (hit && !match)
            match = s;
    }
    if (match && (!domain.empty() || candidates == 1)) {
        const std::string val = "aws_acm_certificate_validation."
            + m.label("aws_acm_certificate_validation", match->id);
        const Props p = m.props(*match);
        const bool validated = p.s("validation_method") == "DNS" && zoneFor(m, p.s("domain_name"));
        return validated ? val + ".certificate_arn"
                         : m.ref("aws_acm_certificate", match->id) + ".arn";
    }
    if (!domain.empty()) {
        return certificate(m, owner.id, domain, alternativeNames, "DNS", "RSA_2048", owner.tags,
            Module::displayName(owner), region, forCloudFront && m.region != "us-east-1");
    }
    const std::string var = snakeName(owner.id) + "_certificate_arn";
    m.variable({ var, "string",
        "ARN of the ACM certificate `" + owner.id + "` serves"
            + (forCloudFront ? " (in us-east-1)." : "."),
        {}, false,
        { { "can(regex(\"^arn:aws[a-z-]*:acm:\", var." + var + "))",
            "Must be an ACM certificate ARN." } } });
    return "var." + var;
}

void emitSecurityServices(Module &m)
{
    for (const Service *s : m.services()) {
        if (s->kind == "aws.acm")
            acmService(m, *s);
        else if (s->kind == "aws.kms")
            kmsService(m, *s);
        else if (s->kind == "aws.secrets-manager")
            secret(m, *s);
        else if (s->kind == "aws.guardduty")
            guardDuty(m, *s);
        else if (s->kind == "aws.cognito")
            cognito(m, *s);
    }
}

} // namespace cw::exporters::tf
