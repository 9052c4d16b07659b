metadata name = 'Network'
metadata description = 'Virtual networks, subnets and network security groups derived from the design\'s connections.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource prodSnetAppNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
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
          sourceAddressPrefix: '10.3.1.0/26'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.3.1.0/26'
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

resource prodSnetDbNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-snet-postgresql'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-prod-api-5432'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: '10.3.1.0/26'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.3.2.0/27'
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
          sourceAddressPrefix: '10.3.2.0/27'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.3.2.0/27'
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

resource prodVnetVnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-ie-bank-prod'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.3.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-app-integration'
        properties: {
          addressPrefix: '10.3.1.0/26'
          networkSecurityGroup: {
            id: prodSnetAppNsg.id
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
          addressPrefix: '10.3.2.0/27'
          networkSecurityGroup: {
            id: prodSnetDbNsg.id
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

resource prodDbDnsZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'prod-db.private.postgres.database.azure.com'
  location: 'global'
  tags: tags
}

resource prodDbDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: prodDbDnsZone
  name: 'link-prod-vnet'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: prodVnetVnet.id
    }
  }
}

@description('Resource id of the virtual network prod-vnet.')
output prodVnetId string = prodVnetVnet.id

@description('Resource id of the private DNS zone of prod-db.')
output prodDbDnsZoneId string = prodDbDnsZone.id

@description('Resource id of the subnet prod-snet-db.')
output prodSnetDbSubnetId string = '${prodVnetVnet.id}/subnets/snet-postgresql'

@description('Resource id of the subnet prod-snet-app.')
output prodSnetAppSubnetId string = '${prodVnetVnet.id}/subnets/snet-app-integration'
