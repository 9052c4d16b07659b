metadata name = 'Observability'
metadata description = 'Log Analytics workspaces, Application Insights, action groups and automation.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource devLog 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-dev-log'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource devAppi 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-dev-appi'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: devLog.id
    RetentionInDays: 30
    SamplingPercentage: 100
    DisableLocalAuth: false
  }
}

resource devAlerts 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-dev-alerts'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'devalerts'
    enabled: true
    emailReceivers: []
    webhookReceivers: []
  }
}

@description('Connection string of the Application Insights dev-appi.')
output devAppiConnectionString string = devAppi.properties.ConnectionString
