metadata name = 'Data'
metadata description = 'PostgreSQL flexible servers, caches, storage accounts and backup vaults.'

@description('Required. Administrator login of the PostgreSQL server orders-db.')
param ordersDbAdministratorLogin string

@description('Required. Administrator password of the PostgreSQL server orders-db.')
@secure()
param ordersDbAdministratorPassword string

@description('Required. Resource id of the subnet snet-db.')
param snetDbSubnetId string

@description('Required. Resource id of the private DNS zone of orders-db.')
param ordersDbDnsZoneId string

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. Resource id of the subnet snet-redis.')
param snetRedisSubnetId string

@description('Required. Administrator login of the PostgreSQL server public-db.')
param publicDbAdministratorLogin string

@description('Required. Administrator password of the PostgreSQL server public-db.')
@secure()
param publicDbAdministratorPassword string

resource ordersDb 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-orders-db-${uniqueString(resourceGroup().id)}'
  location: location
  tags: union(tags, {
    'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}': '$\${already} %%{escaped} $$\${triple}'
  })
  sku: {
    name: 'Standard_D2ds_v5'
    tier: 'GeneralPurpose'
  }
  properties: {
    version: '16'
    administratorLogin: ordersDbAdministratorLogin
    administratorLoginPassword: ordersDbAdministratorPassword
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Enabled'
      tenantId: subscription().tenantId
    }
    storage: {
      storageSizeGB: 128
      autoGrow: 'Disabled'
    }
    backup: {
      backupRetentionDays: 35
      geoRedundantBackup: 'Enabled'
    }
    highAvailability: {
      mode: 'ZoneRedundant'
    }
    network: {
      delegatedSubnetResourceId: snetDbSubnetId
      privateDnsZoneArmResourceId: ordersDbDnsZoneId
      publicNetworkAccess: 'Disabled'
    }
  }
}

resource sessionCache 'Microsoft.Cache/redis@2024-03-01' = {
  name: 'redis-session-cache-${uniqueString(resourceGroup().id)}'
  location: location
  tags: union(tags, {
    'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}': '$\${already} %%{escaped} $$\${triple}'
  })
  properties: {
    sku: {
      name: 'Premium'
      family: 'P'
      capacity: 1
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    subnetId: snetRedisSubnetId
  }
}

resource datastore 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: 'stdatastore${uniqueString(resourceGroup().id)}'
  location: location
  tags: union(tags, {
    k: 'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}'
  })
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowSharedKeyAccess: false
    publicNetworkAccess: 'Enabled'
    isHnsEnabled: false
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource datastoreBlob 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: datastore
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource backupVault 'Microsoft.RecoveryServices/vaults@2024-04-01' = {
  name: 'rsv-backup-vault'
  location: location
  tags: union(tags, {
    k: 'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}'
  })
  sku: {
    name: 'RS0'
    tier: 'Standard'
  }
  properties: {
    publicNetworkAccess: 'Enabled'
    securitySettings: {
      softDeleteSettings: {
        softDeleteState: 'Enabled'
      }
      immutabilitySettings: {
        state: 'Disabled'
      }
    }
    redundancySettings: {
      standardTierStorageRedundancy: 'ZoneRedundant'
      crossRegionRestore: 'Disabled'
    }
  }
}

resource publicDb 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-public-db-${uniqueString(resourceGroup().id)}'
  location: location
  tags: union(tags, {
    k: 'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}'
  })
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: publicDbAdministratorLogin
    administratorLoginPassword: publicDbAdministratorPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: 128
      autoGrow: 'Disabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

@description('Host name of the PostgreSQL server orders-db.')
output ordersDbFqdn string = ordersDb.properties.fullyQualifiedDomainName

@description('Host name of the PostgreSQL server public-db.')
output publicDbFqdn string = publicDb.properties.fullyQualifiedDomainName

@description('Name of datastore.')
output datastoreName string = datastore.name

@description('Resource id of datastore.')
output datastoreId string = datastore.id
