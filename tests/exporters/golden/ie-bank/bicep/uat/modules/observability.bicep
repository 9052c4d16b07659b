metadata name = 'Observability'
metadata description = 'Log Analytics workspaces, Application Insights, action groups and automation.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource uatLog 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-uat-log'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource uatAppi 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-uat-appi'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: uatLog.id
    RetentionInDays: 30
    SamplingPercentage: 100
    DisableLocalAuth: false
  }
}

resource uatAlerts 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-uat-alerts'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'uatalerts'
    enabled: true
    emailReceivers: []
    webhookReceivers: []
  }
}

@description('Connection string of the Application Insights uat-appi.')
output uatAppiConnectionString string = uatAppi.properties.ConnectionString
