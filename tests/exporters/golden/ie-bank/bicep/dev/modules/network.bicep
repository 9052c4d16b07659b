metadata name = 'Network'
metadata description = 'Virtual networks, subnets and network security groups derived from the design\'s connections.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource devSnetAppNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
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
          sourceAddressPrefix: '10.1.1.0/26'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.1.1.0/26'
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

resource devSnetDbNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-snet-postgresql'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-dev-api-5432'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: '10.1.1.0/26'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.1.2.0/27'
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
          sourceAddressPrefix: '10.1.2.0/27'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.1.2.0/27'
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

resource devVnetVnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-ie-bank-dev'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-app-integration'
        properties: {
          addressPrefix: '10.1.1.0/26'
          networkSecurityGroup: {
            id: devSnetAppNsg.id
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
          addressPrefix: '10.1.2.0/27'
          networkSecurityGroup: {
            id: devSnetDbNsg.id
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

resource devDbDnsZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'dev-db.private.postgres.database.azure.com'
  location: 'global'
  tags: tags
}

resource devDbDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: devDbDnsZone
  name: 'link-dev-vnet'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: devVnetVnet.id
    }
  }
}

@description('Resource id of the virtual network dev-vnet.')
output devVnetId string = devVnetVnet.id

@description('Resource id of the private DNS zone of dev-db.')
output devDbDnsZoneId string = devDbDnsZone.id

@description('Resource id of the subnet dev-snet-db.')
output devSnetDbSubnetId string = '${devVnetVnet.id}/subnets/snet-postgresql'

@description('Resource id of the subnet dev-snet-app.')
output devSnetAppSubnetId string = '${devVnetVnet.id}/subnets/snet-app-integration'
