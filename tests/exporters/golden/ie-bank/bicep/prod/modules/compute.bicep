metadata name = 'Compute'
metadata description = 'App Service, Static Web Apps, Logic Apps, AKS and container registries.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. Resource id of the subnet prod-snet-app.')
param prodSnetAppSubnetId string

@description('Required. Connection string of the Application Insights prod-appi.')
param prodAppiConnectionString string

@description('Required. Name of prod-kv.')
param prodKvName string

resource prodAcr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crprodacr${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    adminUserEnabled: false
    publicNetworkAccess: 'Enabled'
    anonymousPullEnabled: false
  }
}

resource prodApiPlan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'asp-prod-api'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: 'B1'
    capacity: 1
  }
  properties: {
    reserved: true
    zoneRedundant: false
  }
}

resource prodApi 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-prod-api-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: prodApiPlan.id
    httpsOnly: true
    clientAffinityEnabled: true
    publicNetworkAccess: 'Enabled'
    virtualNetworkSubnetId: prodSnetAppSubnetId
    vnetRouteAllEnabled: true
    siteConfig: {
      linuxFxVersion: 'DOCKER|ie-bank-backend'
      alwaysOn: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: prodAppiConnectionString
        }
      ]
    }
  }
}

resource prodKvRef 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: prodKvName
}

// Key Vault Secrets User for prod-api on prod-kv
resource prodApiToProdKv 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(prodKvRef.id, prodApi.id, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: prodKvRef
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: prodApi.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// AcrPull for prod-api on prod-acr
resource prodApiToProdAcr 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(prodAcr.id, prodApi.id, '7f951dda-4ed3-4680-a7ca-43fe172d538d')
  scope: prodAcr
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
    principalId: prodApi.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource prodApiAutoscale 'Microsoft.Insights/autoscalesettings@2022-10-01' = {
  name: 'autoscale-prod-api'
  location: location
  tags: tags
  properties: {
    enabled: true
    targetResourceUri: prodApiPlan.id
    profiles: [
      {
        name: 'cpu'
        capacity: {
          minimum: '1'
          maximum: '3'
          default: '1'
        }
        rules: [
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricResourceUri: prodApiPlan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT10M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: 70
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricResourceUri: prodApiPlan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT10M'
              timeAggregation: 'Average'
              operator: 'LessThan'
              threshold: 30
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT5M'
            }
          }
        ]
      }
    ]
  }
}

resource prodSwa 'Microsoft.Web/staticSites@2024-04-01' = {
  name: 'stapp-prod-swa'
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    stagingEnvironmentPolicy: 'Enabled'
    allowConfigFileUpdates: true
    enterpriseGradeCdnStatus: 'Disabled'
  }
}

resource prodLogic 'Microsoft.Logic/workflows@2019-05-01' = {
  name: 'logic-prod-logic'
  location: location
  tags: tags
  properties: {
    state: 'Enabled'
    definition: {
      '$schema': 'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#'
      contentVersion: '1.0.0.0'
      triggers: {
        manual: {
          type: 'Request'
          kind: 'Http'
          inputs: {
            schema: {}
          }
        }
      }
      actions: {}
      outputs: {}
    }
  }
}

@description('Login server of the registry prod-acr.')
output prodAcrLoginServer string = prodAcr.properties.loginServer

@description('Default host name of the app prod-api.')
output prodApiHostName string = prodApi.properties.defaultHostName

@description('Default host name of the static web app prod-swa.')
output prodSwaHostName string = prodSwa.properties.defaultHostname
