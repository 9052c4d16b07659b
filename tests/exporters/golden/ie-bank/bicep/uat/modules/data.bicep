metadata name = 'Data'
metadata description = 'PostgreSQL flexible servers, caches, storage accounts and backup vaults.'

@description('Required. Administrator login of the PostgreSQL server uat-db.')
param uatDbAdministratorLogin string

@description('Required. Administrator password of the PostgreSQL server uat-db.')
@secure()
param uatDbAdministratorPassword string

@description('Required. Resource id of the subnet uat-snet-db.')
param uatSnetDbSubnetId string

@description('Required. Resource id of the private DNS zone of uat-db.')
param uatDbDnsZoneId string

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource uatDb 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-uat-db-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: uatDbAdministratorLogin
    administratorLoginPassword: uatDbAdministratorPassword
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
      delegatedSubnetResourceId: uatSnetDbSubnetId
      privateDnsZoneArmResourceId: uatDbDnsZoneId
      publicNetworkAccess: 'Disabled'
    }
  }
}

@description('Host name of the PostgreSQL server uat-db.')
output uatDbFqdn string = uatDb.properties.fullyQualifiedDomainName
