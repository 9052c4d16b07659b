metadata name = 'Security'
metadata description = 'Key vaults with RBAC authorization, soft delete and purge protection as designed.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource secretsKv 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: 'kvsecretskv${uniqueString(resourceGroup().id)}'
  location: location
  tags: union(tags, {
    k: 'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}'
  })
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }
}

@description('URI of the key vault secrets-kv.')
output secretsKvUri string = secretsKv.properties.vaultUri

@description('Name of secrets-kv.')
output secretsKvName string = secretsKv.name

@description('Resource id of secrets-kv.')
output secretsKvId string = secretsKv.id
