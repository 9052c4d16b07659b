metadata name = 'Data'
metadata description = 'PostgreSQL flexible servers, caches, storage accounts and backup vaults.'

@description('Required. Administrator login of the PostgreSQL server dev-db.')
param devDbAdministratorLogin string

@description('Required. Administrator password of the PostgreSQL server dev-db.')
@secure()
param devDbAdministratorPassword string

@description('Required. Resource id of the subnet dev-snet-db.')
param devSnetDbSubnetId string

@description('Required. Resource id of the private DNS zone of dev-db.')
param devDbDnsZoneId string

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource devDb 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-dev-db-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: devDbAdministratorLogin
    administratorLoginPassword: devDbAdministratorPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: 32
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
      delegatedSubnetResourceId: devSnetDbSubnetId
      privateDnsZoneArmResourceId: devDbDnsZoneId
      publicNetworkAccess: 'Disabled'
    }
  }
}

@description('Host name of the PostgreSQL server dev-db.')
output devDbFqdn string = devDb.properties.fullyQualifiedDomainName
