metadata name = 'Data'
metadata description = 'PostgreSQL flexible servers, caches, storage accounts and backup vaults.'

@description('Required. Administrator login of the PostgreSQL server prod-db.')
param prodDbAdministratorLogin string

@description('Required. Administrator password of the PostgreSQL server prod-db.')
@secure()
param prodDbAdministratorPassword string

@description('Required. Resource id of the subnet prod-snet-db.')
param prodSnetDbSubnetId string

@description('Required. Resource id of the private DNS zone of prod-db.')
param prodDbDnsZoneId string

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource prodDb 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-prod-db-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: prodDbAdministratorLogin
    administratorLoginPassword: prodDbAdministratorPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      delegatedSubnetResourceId: prodSnetDbSubnetId
      privateDnsZoneArmResourceId: prodDbDnsZoneId
      publicNetworkAccess: 'Disabled'
    }
  }
}

resource prodBackup 'Microsoft.RecoveryServices/vaults@2024-04-01' = {
  name: 'rsv-prod-backup'
  location: location
  tags: tags
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
      standardTierStorageRedundancy: 'GeoRedundant'
      crossRegionRestore: 'Disabled'
    }
  }
}

@description('Host name of the PostgreSQL server prod-db.')
output prodDbFqdn string = prodDb.properties.fullyQualifiedDomainName
