metadata name = 'Observability'
metadata description = 'Log Analytics workspaces, Application Insights, action groups and automation.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. E-mail address the action group oncall-group notifies.')
param oncallGroupEmailAddress string

@description('Required. Webhook URL the action group oncall-group calls (it may hold a token).')
@secure()
param oncallGroupWebhookUri string

resource centralLogs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-central-logs'
  location: location
  tags: union(tags, {
    k: 'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}'
  })
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 90
  }
}

resource apiInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-api-insights'
  location: location
  tags: union(tags, {
    k: 'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}'
  })
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: centralLogs.id
    RetentionInDays: 90
    SamplingPercentage: 100
    DisableLocalAuth: true
  }
}

resource oncallGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-oncall-group'
  location: 'global'
  tags: union(tags, {
    k: 'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}'
  })
  properties: {
    groupShortName: 'oncallgroup'
    enabled: true
    emailReceivers: [
      {
        name: 'email'
        emailAddress: oncallGroupEmailAddress
        useCommonAlertSchema: true
      }
    ]
    webhookReceivers: [
      {
        name: 'webhook'
        serviceUri: oncallGroupWebhookUri
        useCommonAlertSchema: true
      }
    ]
  }
}

resource opsRunbooks 'Microsoft.Automation/automationAccounts@2023-11-01' = {
  name: 'aa-ops-runbooks'
  location: location
  tags: union(tags, {
    k: 'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}'
  })
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    sku: {
      name: 'Basic'
    }
    publicNetworkAccess: false
    disableLocalAuth: false
  }
}

@description('Connection string of the Application Insights api-insights.')
output apiInsightsConnectionString string = apiInsights.properties.ConnectionString

@description('Resource id of central-logs.')
output centralLogsId string = centralLogs.id
