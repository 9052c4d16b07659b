metadata name = 'Network'
metadata description = 'Virtual networks, subnets and network security groups derived from the design\'s connections.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource uatSnetAppNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-snet-app-integration'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-same-subnet'
        properties: {
          priority: 4000
          direction: 'Inbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: '10.2.1.0/26'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.2.1.0/26'
          destinationPortRange: '*'
        }
      }
      {
        name: 'allow-azure-load-balancer'
        properties: {
          priority: 4095
          direction: 'Inbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: 'AzureLoadBalancer'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
      {
        name: 'deny-all-inbound'
        properties: {
          priority: 4096
          direction: 'Inbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: '*'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

resource uatSnetDbNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-snet-postgresql'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-uat-api-5432'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: '10.2.1.0/26'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.2.2.0/27'
          destinationPortRange: '5432'
        }
      }
      {
        name: 'allow-same-subnet'
        properties: {
          priority: 4000
          direction: 'Inbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: '10.2.2.0/27'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.2.2.0/27'
          destinationPortRange: '*'
        }
      }
      {
        name: 'allow-azure-load-balancer'
        properties: {
          priority: 4095
          direction: 'Inbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: 'AzureLoadBalancer'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
      {
        name: 'deny-all-inbound'
        properties: {
          priority: 4096
          direction: 'Inbound'
          access: 'Deny'
          protocol: '*'
          sourceAddressPrefix: '*'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '*'
        }
      }
    ]
  }
}

resource uatVnetVnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-ie-bank-uat'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.2.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-app-integration'
        properties: {
          addressPrefix: '10.2.1.0/26'
          networkSecurityGroup: {
            id: uatSnetAppNsg.id
          }
          delegations: [
            {
              name: 'Microsoft.Web.serverFarms'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: 'snet-postgresql'
        properties: {
          addressPrefix: '10.2.2.0/27'
          networkSecurityGroup: {
            id: uatSnetDbNsg.id
          }
          delegations: [
            {
              name: 'Microsoft.DBforPostgreSQL.flexibleServers'
              properties: {
                serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers'
              }
            }
          ]
          defaultOutboundAccess: false
        }
      }
    ]
  }
}

resource uatDbDnsZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'uat-db.private.postgres.database.azure.com'
  location: 'global'
  tags: tags
}

resource uatDbDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: uatDbDnsZone
  name: 'link-uat-vnet'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: uatVnetVnet.id
    }
  }
}

@description('Resource id of the virtual network uat-vnet.')
output uatVnetId string = uatVnetVnet.id

@description('Resource id of the private DNS zone of uat-db.')
output uatDbDnsZoneId string = uatDbDnsZone.id

@description('Resource id of the subnet uat-snet-db.')
output uatSnetDbSubnetId string = '${uatVnetVnet.id}/subnets/snet-postgresql'

@description('Resource id of the subnet uat-snet-app.')
output uatSnetAppSubnetId string = '${uatVnetVnet.id}/subnets/snet-app-integration'
