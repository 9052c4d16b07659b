metadata name = 'Security'
metadata description = 'Key vaults with RBAC authorization, soft delete and purge protection as designed.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource devKv 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kvdevkv${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

@description('URI of the key vault dev-kv.')
output devKvUri string = devKv.properties.vaultUri

@description('Name of dev-kv.')
output devKvName string = devKv.name
