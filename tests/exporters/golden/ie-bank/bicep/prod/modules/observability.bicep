metadata name = 'Observability'
metadata description = 'Log Analytics workspaces, Application Insights, action groups and automation.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource prodLog 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-prod-log'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource prodAppi 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-prod-appi'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: prodLog.id
    RetentionInDays: 90
    SamplingPercentage: 100
    DisableLocalAuth: false
  }
}

resource prodAlerts 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-prod-alerts'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'prodalerts'
    enabled: true
    emailReceivers: []
    webhookReceivers: []
  }
}

resource prodAutomation 'Microsoft.Automation/automationAccounts@2023-11-01' = {
  name: 'aa-prod-automation'
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    sku: {
      name: 'Basic'
    }
    publicNetworkAccess: true
    disableLocalAuth: false
  }
}

@description('Connection string of the Application Insights prod-appi.')
output prodAppiConnectionString string = prodAppi.properties.ConnectionString
