metadata name = 'Private link'
metadata description = 'Private endpoints and their privatelink DNS zones.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. Resource id of the subnet snet-pe.')
param snetPeSubnetId string

@description('Required. Resource id of secrets-kv.')
param secretsKvId string

@description('Required. Resource id of the virtual network hub.')
param hubId string

@description('Required. Resource id of datastore.')
param datastoreId string

resource kvPe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pep-kv-pe'
  location: location
  tags: union(tags, {
    'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}': '$\${already} %%{escaped} $$\${triple}'
  })
  properties: {
    subnet: {
      id: snetPeSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'kv-pe'
        properties: {
          privateLinkServiceId: secretsKvId
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}

resource vaultcoreAzureNetZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'
  tags: tags
}

resource vaultcoreAzureNetLinkHub 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: vaultcoreAzureNetZone
  name: 'link-hub'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: hubId
    }
  }
}

resource kvPeDns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: kvPe
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'config'
        properties: {
          privateDnsZoneId: vaultcoreAzureNetZone.id
        }
      }
    ]
  }
}

resource stPe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pep-st-pe'
  location: location
  tags: union(tags, {
    'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}': '$\${already} %%{escaped} $$\${triple}'
  })
  properties: {
    subnet: {
      id: snetPeSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'st-pe'
        properties: {
          privateLinkServiceId: datastoreId
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}

resource blobCoreWindowsNetZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.blob.core.windows.net'
  location: 'global'
  tags: tags
}

resource blobCoreWindowsNetLinkHub 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: blobCoreWindowsNetZone
  name: 'link-hub'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: hubId
    }
  }
}

resource stPeDns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: stPe
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'config'
        properties: {
          privateDnsZoneId: blobCoreWindowsNetZone.id
        }
      }
    ]
  }
}
