metadata name = 'Compute'
metadata description = 'App Service, Static Web Apps, Logic Apps, AKS and container registries.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. Resource id of the subnet uat-snet-app.')
param uatSnetAppSubnetId string

@description('Required. Connection string of the Application Insights uat-appi.')
param uatAppiConnectionString string

@description('Required. Name of uat-kv.')
param uatKvName string

resource uatAcr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'cruatacr${uniqueString(resourceGroup().id)}'
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

resource uatApiPlan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'asp-uat-api'
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

resource uatApi 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-uat-api-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: uatApiPlan.id
    httpsOnly: true
    clientAffinityEnabled: true
    publicNetworkAccess: 'Enabled'
    virtualNetworkSubnetId: uatSnetAppSubnetId
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
          value: uatAppiConnectionString
        }
      ]
    }
  }
}

resource uatKvRef 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: uatKvName
}

// Key Vault Secrets User for uat-api on uat-kv
resource uatApiToUatKv 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(uatKvRef.id, uatApi.id, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: uatKvRef
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: uatApi.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// AcrPull for uat-api on uat-acr
resource uatApiToUatAcr 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(uatAcr.id, uatApi.id, '7f951dda-4ed3-4680-a7ca-43fe172d538d')
  scope: uatAcr
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
    principalId: uatApi.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource uatSwa 'Microsoft.Web/staticSites@2024-04-01' = {
  name: 'stapp-uat-swa'
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

resource uatLogic 'Microsoft.Logic/workflows@2019-05-01' = {
  name: 'logic-uat-logic'
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

@description('Login server of the registry uat-acr.')
output uatAcrLoginServer string = uatAcr.properties.loginServer

@description('Default host name of the app uat-api.')
output uatApiHostName string = uatApi.properties.defaultHostName

@description('Default host name of the static web app uat-swa.')
output uatSwaHostName string = uatSwa.properties.defaultHostname
