metadata name = 'Compute'
metadata description = 'App Service, Static Web Apps, Logic Apps, AKS and container registries.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. Resource id of the subnet dev-snet-app.')
param devSnetAppSubnetId string

@description('Required. Connection string of the Application Insights dev-appi.')
param devAppiConnectionString string

@description('Required. Name of dev-kv.')
param devKvName string

resource devAcr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crdevacr${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
    publicNetworkAccess: 'Enabled'
    anonymousPullEnabled: false
  }
}

resource devApiPlan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'asp-dev-api'
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

resource devApi 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-dev-api-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: devApiPlan.id
    httpsOnly: true
    clientAffinityEnabled: true
    publicNetworkAccess: 'Enabled'
    virtualNetworkSubnetId: devSnetAppSubnetId
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
          value: devAppiConnectionString
        }
      ]
    }
  }
}

resource devKvRef 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: devKvName
}

// Key Vault Secrets User for dev-api on dev-kv
resource devApiToDevKv 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(devKvRef.id, devApi.id, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: devKvRef
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: devApi.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// AcrPull for dev-api on dev-acr
resource devApiToDevAcr 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(devAcr.id, devApi.id, '7f951dda-4ed3-4680-a7ca-43fe172d538d')
  scope: devAcr
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
    principalId: devApi.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource devSwa 'Microsoft.Web/staticSites@2024-04-01' = {
  name: 'stapp-dev-swa'
  location: location
  tags: tags
  sku: {
    name: 'Free'
    tier: 'Free'
  }
  properties: {
    stagingEnvironmentPolicy: 'Enabled'
    allowConfigFileUpdates: true
  }
}

resource devLogic 'Microsoft.Logic/workflows@2019-05-01' = {
  name: 'logic-dev-logic'
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

@description('Login server of the registry dev-acr.')
output devAcrLoginServer string = devAcr.properties.loginServer

@description('Default host name of the app dev-api.')
output devApiHostName string = devApi.properties.defaultHostName

@description('Default host name of the static web app dev-swa.')
output devSwaHostName string = devSwa.properties.defaultHostname
