// SPDX-License-Identifier: MIT
// observability.bicep: Log Analytics, workspace-based Application Insights, action groups and
// Automation accounts.
#include "bicep/deployment.h"

namespace cw::exporters::bicep {

namespace {

std::string workspaceFor(Deployment &d, const Service &s)
{
    for (const Service *w : d.topo.linked(s.id, "azure.log-analytics"))
        if (d.here(w))
            return w->id;
    for (const Service *w : d.services())
        if (w->kind == "azure.log-analytics")
            return w->id;
    return {};
}

void workspace(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.OperationalInsights/workspaces@") + api::kWorkspace);
    b.set("name", Val::str("log-" + Deployment::azName(s.id, 55)));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    Val sku = Val::object();
    sku.set("name", Val::str(p.s("sku")));
    Val props = Val::object();
    props.set("sku", std::move(sku));
    props.set("retentionInDays", Val::num(p.i("retention_days")));
    if (p.d("daily_quota_gb") >= 0) {
        Val cap = Val::object();
        cap.set("dailyQuotaGb", Val::num(p.d("daily_quota_gb")));
        props.set("workspaceCapping", std::move(cap));
    }
    b.set("properties", std::move(props));
    d.place(s.id, "observability", symbol);
}

void appInsights(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    std::string ws = workspaceFor(d, s);
    std::string wsSymbol;
    if (ws.empty()) {
        // Classic (workspace-less) Application Insights is retired: give it a workspace.
        wsSymbol = m.file.symbol(s.id + "#workspace", camelName(s.id) + "Workspace");
        Val &w = m.file.resource(
            wsSymbol, std::string("Microsoft.OperationalInsights/workspaces@") + api::kWorkspace);
        w.set("name", Val::str("log-" + Deployment::azName(s.id, 55)));
        w.set("location", Val::raw(d.location(m, d.regionOf(s))));
        w.set("tags", d.tags(m, s.tags));
        Val sku = Val::object();
        sku.set("name", Val::str("PerGB2018"));
        Val props = Val::object();
        props.set("sku", std::move(sku));
        props.set("retentionInDays", Val::num(std::int64_t { 30 }));
        w.set("properties", std::move(props));
    } else {
        wsSymbol = d.placed(ws)->symbol;
    }
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.Insights/components@") + api::kAppInsights);
    b.set("name", Val::str("appi-" + Deployment::azName(s.id, 55)));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    b.set("kind", Val::str(p.s("application_type") == "web" ? "web" : "other"));
    Val props = Val::object();
    props.set("Application_Type", Val::str(p.s("application_type")));
    props.set("WorkspaceResourceId", Val::raw(wsSymbol + ".id"));
    props.set("RetentionInDays", Val::num(p.i("retention_days")));
    props.set("SamplingPercentage", Val::num(p.d("sampling_percentage")));
    props.set("DisableLocalAuth", Val::boolean(!p.b("local_auth")));
    b.set("properties", std::move(props));
    d.place(s.id, "observability", symbol);
}

void actionGroup(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    const std::string base = camelName(s.id);
    Val email = Val::array(), webhooks = Val::array();
    for (const auto &r : p.list("receivers")) {
        if (r == "email") {
            Val e = Val::object();
            e.set("name", Val::str("email"));
            e.set("emailAddress",
                Val::raw(d.envInput(m, base + "EmailAddress",
                    "E-mail address the action group " + s.id + " notifies.")));
            e.set("useCommonAlertSchema", Val::boolean(true));
            email.add(std::move(e));
        } else if (r == "webhook") {
            Val w = Val::object();
            w.set("name", Val::str("webhook"));
            w.set("serviceUri",
                Val::raw(d.secret(m, base + "WebhookUri",
                    "Webhook URL the action group " + s.id + " calls (it may hold a token).")));
            w.set("useCommonAlertSchema", Val::boolean(true));
            webhooks.add(std::move(w));
        } else {
            d.note("Action group `" + s.id + "`: " + r
                + " receivers need their target details; add them after deployment.");
        }
    }
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.Insights/actionGroups@") + api::kActionGroup);
    b.set("name", Val::str("ag-" + Deployment::azName(s.id, 60)));
    b.set("location", Val::str("global"));
    b.set("tags", d.tags(m, s.tags));
    Val props = Val::object();
    props.set("groupShortName", Val::str(Deployment::alnum(s.id, 12)));
    props.set("enabled", Val::boolean(true));
    props.set("emailReceivers", std::move(email));
    props.set("webhookReceivers", std::move(webhooks));
    b.set("properties", std::move(props));
    d.place(s.id, "observability", symbol);
}

void automation(Deployment &d, ModuleFile &m, const Service &s)
{
    const Props p = d.props(s);
    const std::string symbol = m.file.symbol(s.id, camelName(s.id));
    Val &b = m.file.resource(
        symbol, std::string("Microsoft.Automation/automationAccounts@") + api::kAutomation);
    b.set("name", Val::str("aa-" + Deployment::azName(s.id, 45)));
    b.set("location", Val::raw(d.location(m, d.regionOf(s))));
    b.set("tags", d.tags(m, s.tags));
    Val identity = Val::object();
    identity.set("type", Val::str("SystemAssigned"));
    b.set("identity", std::move(identity));
    Val sku = Val::object();
    sku.set("name", Val::str("Basic"));
    Val props = Val::object();
    props.set("sku", std::move(sku));
    props.set("publicNetworkAccess", Val::boolean(p.b("public_network_access")));
    props.set("disableLocalAuth", Val::boolean(!p.b("local_auth")));
    b.set("properties", std::move(props));
    d.place(s.id, "observability", symbol);
}

} // namespace

void emitObservability(Deployment &d)
{
    // Workspaces first: Application Insights and diagnostics refer to them.
    for (const Service *s : d.services())
        if (s->kind == "azure.log-analytics")
            workspace(d, d.mod("observability"), *s);
    for (const Service *s : d.services()) {
        if (s->kind == "azure.app-insights")
            appInsights(d, d.mod("observability"), *s);
        else if (s->kind == "azure.action-group")
            actionGroup(d, d.mod("observability"), *s);
        else if (s->kind == "azure.automation-account")
            automation(d, d.mod("observability"), *s);
    }
    if (ModuleFile *m = d.findModule("observability"))
        m->file.metadata("Observability",
            "Log Analytics workspaces, Application Insights, action groups and automation.");
}

} // namespace cw::exporters::bicep
