// SPDX-License-Identifier: MIT
// security.bicep (Key Vault) and data.bicep: PostgreSQL flexible servers, Redis caches, storage
// accounts and Recovery Services vaults.
#include "bicep/deployment.h"

namespace cw::exporters::bicep {

namespace {

const char *onOff(bool v)
{
    return v ? "Enabled" : "Disabled";
}

void keyVault(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b = m.file.resource(symbol, std::string("Microsoft.KeyVault/vaults@") + api::kKeyVault);
    // Vault names are global: 3-24 characters, so a short stem plus uniqueString().
    b.set("name",
        Val::raw("'kv" + Deployment::alnum(s.id, 9) + "${uniqueString(resourceGroup().id)}'"));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    Val sku = Val::object();
    sku.set("family", Val::str("A"));
    sku.set("name", Val::str(p.s("sku")));
    Val acl = Val::object();
    acl.set("defaultAction", Val::str(p.s("network_default_action")));
    acl.set("bypass", Val::str("AzureServices"));
    Val props = Val::object();
    props.set("tenantId", Val::raw("subscription().tenantId"));
    props.set("sku", std::move(sku));
    props.set("enableRbacAuthorization", Val::boolean(p.b("rbac_authorization")));
    if (!p.b("rbac_authorization"))
        props.set("accessPolicies", Val::array());
    props.set("enableSoftDelete", Val::boolean(true));
    props.set("softDeleteRetentionInDays", Val::num(p.i("soft_delete_retention_days")));
    // Purge protection can be turned on but never off, and the API rejects an explicit false.
    if (p.b("purge_protection"))
        props.set("enablePurgeProtection", Val::boolean(true));
    props.set("publicNetworkAccess", Val::str(onOff(p.b("public_network_access"))));
    props.set("networkAcls", std::move(acl));
    b.set("properties", std::move(props));
    d.place(s.id, "security", symbol);
    d.expose(m, camelName(s.id) + "Uri", "string", Val::raw(symbol + ".properties.vaultUri"),
        "URI of the key vault " + s.id + ".");
}

void postgres(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string base = camelName(s.id);
    const std::string symbol = m.file.symbol(s.id, base);
    const bool password = p.b("password_auth");
    std::string login, secret;
    if (password) {
        login = d.input(m, base + "AdministratorLogin", "string",
            "Administrator login of the PostgreSQL server " + s.id + ".", Val::str("pgadmin"));
        secret = d.secret(m, base + "AdministratorPassword",
            "Administrator password of the PostgreSQL server " + s.id + ".");
    }
    std::string subnet, zone;
    if (!s.subnets.empty()) {
        if (const Subnet *sn = d.subnet(s.subnets.front()))
            subnet = d.subnetId(m, *sn);
        zone = d.use(m, "network", base + "DnsZoneId", "string", Val::raw("''"),
            "Resource id of the private DNS zone of " + s.id + ".");
    }
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.DBforPostgreSQL/flexibleServers@") + api::kPostgres);
    b.set("name",
        Val::raw("'psql-" + lit(Deployment::azName(s.id, 30))
            + "-${uniqueString(resourceGroup().id)}'"));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    Val sku = Val::object();
    sku.set("name", Val::str(p.s("sku_name")));
    sku.set("tier", Val::str(p.s("tier")));
    b.set("sku", std::move(sku));
    Val props = Val::object();
    props.set("version", Val::str(p.s("version")));
    if (password) {
        props.set("administratorLogin", Val::raw(login));
        props.set("administratorLoginPassword", Val::raw(secret));
    }
    Val auth = Val::object();
    auth.set("activeDirectoryAuth", Val::str(onOff(p.b("entra_auth"))));
    auth.set("passwordAuth", Val::str(onOff(password)));
    if (p.b("entra_auth"))
        auth.set("tenantId", Val::raw("subscription().tenantId"));
    props.set("authConfig", std::move(auth));
    Val storage = Val::object();
    storage.set("storageSizeGB", Val::num(p.i("storage_gb")));
    storage.set("autoGrow", Val::str(onOff(p.b("storage_autogrow"))));
    props.set("storage", std::move(storage));
    Val backup = Val::object();
    backup.set("backupRetentionDays", Val::num(p.i("backup_retention_days")));
    backup.set("geoRedundantBackup", Val::str(onOff(p.b("geo_redundant_backup"))));
    props.set("backup", std::move(backup));
    Val ha = Val::object();
    ha.set("mode", Val::str(p.s("ha_mode")));
    props.set("highAvailability", std::move(ha));
    Val network = Val::object();
    if (!subnet.empty()) {
        network.set("delegatedSubnetResourceId", Val::raw(subnet));
        network.set("privateDnsZoneArmResourceId", Val::raw(zone));
        network.set("publicNetworkAccess", Val::str("Disabled"));
    } else {
        network.set("publicNetworkAccess", Val::str(onOff(p.b("public_network_access"))));
    }
    props.set("network", std::move(network));
    b.set("properties", std::move(props));
    d.place(s.id, "data", symbol);
    d.expose(m, base + "Fqdn", "string", Val::raw(symbol + ".properties.fullyQualifiedDomainName"),
        "Host name of the PostgreSQL server " + s.id + ".");
}

void redis(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    const bool premium = p.s("sku") == "Premium";
    Val &b = m.file.resource(symbol, std::string("Microsoft.Cache/redis@") + api::kRedis);
    b.set("name",
        Val::raw("'redis-" + lit(Deployment::azName(s.id, 40))
            + "-${uniqueString(resourceGroup().id)}'"));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    if (premium && p.b("zone_redundant"))
        b.set("zones", Val::strArray({ "1", "2", "3" }));
    Val sku = Val::object();
    sku.set("name", Val::str(p.s("sku")));
    sku.set("family", Val::str(premium ? "P" : p.s("family")));
    sku.set("capacity",
        Val::num(premium ? std::max<std::int64_t>(1, p.i("capacity")) : p.i("capacity")));
    Val props = Val::object();
    props.set("sku", std::move(sku));
    props.set("enableNonSslPort", Val::boolean(p.b("non_ssl_port")));
    props.set("minimumTlsVersion", Val::str(p.s("min_tls")));
    if (premium && !s.subnets.empty()) {
        if (const Subnet *sn = d.subnet(s.subnets.front()))
            props.set("subnetId", Val::raw(d.subnetId(m, *sn)));
    } else {
        props.set("publicNetworkAccess", Val::str(onOff(p.b("public_network_access"))));
        if (!s.subnets.empty())
            d.note("Cache `" + s.id
                + "`: only Premium caches can be injected into a subnet; use a private endpoint "
                  "instead.");
    }
    b.set("properties", std::move(props));
    d.place(s.id, "data", symbol);
}

void storage(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.Storage/storageAccounts@") + api::kStorage);
    // Storage account names are global, 3-24 lower-case letters and digits.
    b.set("name",
        Val::raw("'st" + Deployment::alnum(s.id, 9) + "${uniqueString(resourceGroup().id)}'"));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    b.set("kind", Val::str(p.s("kind")));
    Val sku = Val::object();
    sku.set("name", Val::str(p.s("replication")));
    b.set("sku", std::move(sku));
    Val acl = Val::object();
    acl.set("defaultAction", Val::str(p.s("network_default_action")));
    acl.set("bypass", Val::str("AzureServices"));
    Val props = Val::object();
    props.set("accessTier", Val::str(p.s("access_tier")));
    props.set("allowBlobPublicAccess", Val::boolean(p.b("allow_blob_public_access")));
    props.set("supportsHttpsTrafficOnly", Val::boolean(p.b("https_only")));
    props.set("minimumTlsVersion", Val::str(p.s("min_tls")));
    props.set("allowSharedKeyAccess", Val::boolean(p.b("shared_key_access")));
    props.set("publicNetworkAccess", Val::str(onOff(p.b("public_network_access"))));
    props.set("isHnsEnabled", Val::boolean(p.b("hierarchical_namespace")));
    props.set("networkAcls", std::move(acl));
    b.set("properties", std::move(props));

    const std::string blob = m.file.symbol(s.id + "#blob", camelName(s.id) + "Blob");
    Val &bs = m.file.resource(
        blob, std::string("Microsoft.Storage/storageAccounts/blobServices@") + api::kStorage);
    bs.set("parent", Val::raw(symbol));
    bs.set("name", Val::str("default"));
    Val retention = Val::object();
    retention.set("enabled", Val::boolean(p.i("blob_soft_delete_days") > 0));
    if (p.i("blob_soft_delete_days") > 0)
        retention.set("days", Val::num(p.i("blob_soft_delete_days")));
    Val bp = Val::object();
    bp.set("isVersioningEnabled", Val::boolean(p.b("blob_versioning")));
    bp.set("deleteRetentionPolicy", std::move(retention));
    bs.set("properties", std::move(bp));
    if (p.b("static_website"))
        d.note("Storage account `" + s.id
            + "`: the static website is switched on through the data plane (az storage blob "
              "service-properties update); not in Bicep.");
    d.place(s.id, "data", symbol);
}

void recoveryVault(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.RecoveryServices/vaults@") + api::kRecovery);
    b.set("name", Val::str("rsv-" + Deployment::azName(s.id, 45)));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    Val sku = Val::object();
    sku.set("name", Val::str("RS0"));
    sku.set("tier", Val::str("Standard"));
    b.set("sku", std::move(sku));
    Val soft = Val::object();
    soft.set("softDeleteState", Val::str(p.b("soft_delete") ? "Enabled" : "Disabled"));
    Val immut = Val::object();
    immut.set("state", Val::str(p.s("immutability")));
    Val security = Val::object();
    security.set("softDeleteSettings", std::move(soft));
    security.set("immutabilitySettings", std::move(immut));
    Val redundancy = Val::object();
    redundancy.set("standardTierStorageRedundancy", Val::str(p.s("storage_redundancy")));
    redundancy.set("crossRegionRestore", Val::str(onOff(p.b("cross_region_restore"))));
    Val props = Val::object();
    props.set("publicNetworkAccess", Val::str("Enabled"));
    props.set("securitySettings", std::move(security));
    props.set("redundancySettings", std::move(redundancy));
    b.set("properties", std::move(props));
    d.place(s.id, "data", symbol);
}

} // namespace

void emitSecurity(Deployment &d)
{
    for (const Service *s : d.services())
        if (s->kind == "azure.key-vault")
            keyVault(d, d.mod("security"), *s);
    if (ModuleFile *m = d.findModule("security"))
        m->file.metadata("Security",
            "Key vaults with RBAC authorization, soft delete and purge protection as designed.");
}

void emitData(Deployment &d)
{
    for (const Service *s : d.services()) {
        if (s->kind == "azure.postgresql-flexible")
            postgres(d, d.mod("data"), *s);
        else if (s->kind == "azure.redis-cache")
            redis(d, d.mod("data"), *s);
        else if (s->kind == "azure.storage-account")
            storage(d, d.mod("data"), *s);
        else if (s->kind == "azure.recovery-services-vault")
            recoveryVault(d, d.mod("data"), *s);
    }
    if (ModuleFile *m = d.findModule("data"))
        m->file.metadata(
            "Data", "PostgreSQL flexible servers, caches, storage accounts and backup vaults.");
}

} // namespace cw::exporters::bicep
