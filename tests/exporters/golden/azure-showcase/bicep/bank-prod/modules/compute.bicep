metadata name = 'Compute'
metadata description = 'App Service, Static Web Apps, Logic Apps, AKS and container registries.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. Location of the resources in northeurope.')
param locationNortheurope string

@description('Required. Resource id of the subnet snet-app.')
param snetAppSubnetId string

@description('Required. Connection string of the Application Insights api-insights.')
param apiInsightsConnectionString string

@description('Required. Name of secrets-kv.')
param secretsKvName string

@description('Required. Name of datastore.')
param datastoreName string

@description('Required. Resource id of the subnet snet-aks.')
param snetAksSubnetId string

@description('Required. Resource id of central-logs.')
param centralLogsId string

resource imagesacr 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crimagesacr${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  sku: {
    name: 'Premium'
  }
  properties: {
    adminUserEnabled: false
    publicNetworkAccess: 'Disabled'
    anonymousPullEnabled: false
    zoneRedundancy: 'Enabled'
    policies: {
      retentionPolicy: {
        days: 0
        status: 'disabled'
      }
    }
  }
}

resource imagesacrReplicaNortheurope 'Microsoft.ContainerRegistry/registries/replications@2023-07-01' = {
  parent: imagesacr
  name: 'northeurope'
  location: locationNortheurope
  tags: tags
  properties: {}
}

resource apiAppPlan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'asp-api-app'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: 'P0v3'
    capacity: 3
  }
  properties: {
    reserved: true
    zoneRedundant: true
  }
}

resource apiApp 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-api-app-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: apiAppPlan.id
    httpsOnly: true
    clientAffinityEnabled: true
    publicNetworkAccess: 'Enabled'
    virtualNetworkSubnetId: snetAppSubnetId
    vnetRouteAllEnabled: true
    siteConfig: {
      linuxFxVersion: 'PYTHON|3.12'
      alwaysOn: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      healthCheckPath: '/health'
      appSettings: [
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: apiInsightsConnectionString
        }
      ]
    }
  }
}

resource secretsKvRef 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: secretsKvName
}

// Key Vault Secrets User for api-app on secrets-kv
resource apiAppToSecretsKv 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(secretsKvRef.id, apiApp.id, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: secretsKvRef
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: apiApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource datastoreRef 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: datastoreName
}

// Storage Blob Data Contributor for api-app on datastore
resource apiAppToDatastore 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(datastoreRef.id, apiApp.id, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: datastoreRef
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
    principalId: apiApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource apiAppAutoscale 'Microsoft.Insights/autoscalesettings@2022-10-01' = {
  name: 'autoscale-api-app'
  location: location
  tags: tags
  properties: {
    enabled: true
    targetResourceUri: apiAppPlan.id
    profiles: [
      {
        name: 'cpu'
        capacity: {
          minimum: '3'
          maximum: '6'
          default: '3'
        }
        rules: [
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricResourceUri: apiAppPlan.id
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
              metricResourceUri: apiAppPlan.id
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

resource appsAks 'Microsoft.ContainerService/managedClusters@2025-05-01' = {
  name: 'aks-apps-aks'
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  sku: {
    name: 'Base'
    tier: 'Standard'
  }
  properties: {
    kubernetesVersion: '1.32'
    dnsPrefix: 'apps-aks'
    enableRBAC: true
    disableLocalAccounts: true
    aadProfile: {
      managed: true
      enableAzureRBAC: true
    }
    agentPoolProfiles: [
      {
        name: 'system'
        mode: 'System'
        vmSize: 'Standard_D4ds_v5'
        osType: 'Linux'
        type: 'VirtualMachineScaleSets'
        count: 3
        vnetSubnetID: snetAksSubnetId
        availabilityZones: [
          '1'
          '2'
          '3'
        ]
        enableAutoScaling: true
        minCount: 1
        maxCount: 5
      }
    ]
    networkProfile: {
      networkPlugin: 'azure'
      serviceCidr: '172.30.0.0/16'
      dnsServiceIP: '172.30.0.10'
      loadBalancerSku: 'standard'
    }
    apiServerAccessProfile: {
      enablePrivateCluster: true
    }
    oidcIssuerProfile: {
      enabled: true
    }
    securityProfile: {
      workloadIdentity: {
        enabled: true
      }
    }
    addonProfiles: {
      omsagent: {
        enabled: true
        config: {
          logAnalyticsWorkspaceResourceID: centralLogsId
        }
      }
    }
  }
}

// AcrPull for apps-aks on imagesacr
resource appsAksToImagesacr 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(imagesacr.id, appsAks.id, '7f951dda-4ed3-4680-a7ca-43fe172d538d')
  scope: imagesacr
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
    principalId: appsAks.properties.identityProfile.kubeletidentity.objectId
    principalType: 'ServicePrincipal'
  }
}

resource webSpa 'Microsoft.Web/staticSites@2024-04-01' = {
  name: 'stapp-web-spa'
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

resource webSpaDomain 'Microsoft.Web/staticSites/customDomains@2024-04-01' = {
  parent: webSpa
  name: 'www.example.org'
  properties: {}
}

resource alertFlows 'Microsoft.Logic/workflows@2019-05-01' = {
  name: 'logic-alert-flows'
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
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

@description('Login server of the registry imagesacr.')
output imagesacrLoginServer string = imagesacr.properties.loginServer

@description('Default host name of the app api-app.')
output apiAppHostName string = apiApp.properties.defaultHostName

@description('Name of the AKS cluster apps-aks.')
output appsAksClusterName string = appsAks.name

@description('Default host name of the static web app web-spa.')
output webSpaHostName string = webSpa.properties.defaultHostname
