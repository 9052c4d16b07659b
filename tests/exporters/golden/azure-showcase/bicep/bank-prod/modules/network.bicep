metadata name = 'Network'
metadata description = 'Virtual networks, subnets and network security groups derived from the design\'s connections.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

resource snetAgwNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-snet-agw'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-gateway-manager'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: 'GatewayManager'
          sourcePortRange: '*'
          destinationAddressPrefix: '*'
          destinationPortRange: '65200-65535'
        }
      }
      {
        name: 'allow-users-443'
        properties: {
          priority: 110
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: 'Internet'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.0.0/24'
          destinationPortRange: '443'
        }
      }
      {
        name: 'allow-same-subnet'
        properties: {
          priority: 4000
          direction: 'Inbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: '10.10.0.0/24'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.0.0/24'
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

resource snetAppNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-snet-app'
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
          sourceAddressPrefix: '10.10.4.0/26'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.4.0/26'
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

resource snetAksNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-snet-aks'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-edge-agw-80'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: '10.10.0.0/24'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.16.0/20'
          destinationPortRange: '80'
        }
      }
      {
        name: 'allow-branch-8080'
        properties: {
          priority: 110
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: '172.16.0.0/16'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.16.0/20'
          destinationPortRange: '8080'
        }
      }
      {
        name: 'allow-same-subnet'
        properties: {
          priority: 4000
          direction: 'Inbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: '10.10.16.0/20'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.16.0/20'
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

resource snetDbNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-snet-db'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-api-app-5432'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: '10.10.4.0/26'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.5.0/27'
          destinationPortRange: '5432'
        }
      }
      {
        name: 'allow-apps-aks-5432'
        properties: {
          priority: 110
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: '10.10.16.0/20'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.5.0/27'
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
          sourceAddressPrefix: '10.10.5.0/27'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.5.0/27'
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

resource snetPeNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-snet-pe'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-api-app-443'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: '10.10.4.0/26'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.6.0/27'
          destinationPortRange: '443'
        }
      }
      {
        name: 'allow-same-subnet'
        properties: {
          priority: 4000
          direction: 'Inbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: '10.10.6.0/27'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.6.0/27'
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

resource snetRedisNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-snet-redis'
  location: location
  tags: tags
  properties: {
    securityRules: [
      {
        name: 'allow-api-app-6380'
        properties: {
          priority: 100
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: '10.10.4.0/26'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.7.0/27'
          destinationPortRange: '6380'
        }
      }
      {
        name: 'allow-same-subnet'
        properties: {
          priority: 4000
          direction: 'Inbound'
          access: 'Allow'
          protocol: '*'
          sourceAddressPrefix: '10.10.7.0/27'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.7.0/27'
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
    ]
  }
}

resource snetLbNsg 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nsg-snet-lb'
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
          sourceAddressPrefix: '10.10.8.0/27'
          sourcePortRange: '*'
          destinationAddressPrefix: '10.10.8.0/27'
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

resource hubVnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-bank-prod'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.10.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-agw'
        properties: {
          addressPrefix: '10.10.0.0/24'
          networkSecurityGroup: {
            id: snetAgwNsg.id
          }
        }
      }
      {
        name: 'AzureBastionSubnet'
        properties: {
          addressPrefix: '10.10.1.0/26'
        }
      }
      {
        name: 'AzureFirewallSubnet'
        properties: {
          addressPrefix: '10.10.2.0/26'
        }
      }
      {
        name: 'GatewaySubnet'
        properties: {
          addressPrefix: '10.10.3.0/27'
        }
      }
      {
        name: 'snet-app'
        properties: {
          addressPrefix: '10.10.4.0/26'
          networkSecurityGroup: {
            id: snetAppNsg.id
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
        name: 'snet-aks'
        properties: {
          addressPrefix: '10.10.16.0/20'
          networkSecurityGroup: {
            id: snetAksNsg.id
          }
        }
      }
      {
        name: 'snet-db'
        properties: {
          addressPrefix: '10.10.5.0/27'
          networkSecurityGroup: {
            id: snetDbNsg.id
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
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.10.6.0/27'
          networkSecurityGroup: {
            id: snetPeNsg.id
          }
          privateEndpointNetworkPolicies: 'Enabled'
          defaultOutboundAccess: false
        }
      }
      {
        name: 'snet-redis'
        properties: {
          addressPrefix: '10.10.7.0/27'
          networkSecurityGroup: {
            id: snetRedisNsg.id
          }
        }
      }
      {
        name: 'snet-lb'
        properties: {
          addressPrefix: '10.10.8.0/27'
          networkSecurityGroup: {
            id: snetLbNsg.id
          }
        }
      }
    ]
  }
}

resource ordersDbDnsZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'orders-db.private.postgres.database.azure.com'
  location: 'global'
  tags: tags
}

resource ordersDbDnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: ordersDbDnsZone
  name: 'link-hub'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: hubVnet.id
    }
  }
}

@description('Resource id of the virtual network hub.')
output hubId string = hubVnet.id

@description('Resource id of the private DNS zone of orders-db.')
output ordersDbDnsZoneId string = ordersDbDnsZone.id

@description('Resource id of the subnet snet-db.')
output snetDbSubnetId string = '${hubVnet.id}/subnets/snet-db'

@description('Resource id of the subnet snet-redis.')
output snetRedisSubnetId string = '${hubVnet.id}/subnets/snet-redis'

@description('Resource id of the subnet snet-app.')
output snetAppSubnetId string = '${hubVnet.id}/subnets/snet-app'

@description('Resource id of the subnet snet-aks.')
output snetAksSubnetId string = '${hubVnet.id}/subnets/snet-aks'

@description('Resource id of the subnet snet-agw.')
output snetAgwSubnetId string = '${hubVnet.id}/subnets/snet-agw'

@description('Resource id of the subnet snet-bastion.')
output snetBastionSubnetId string = '${hubVnet.id}/subnets/AzureBastionSubnet'

@description('Resource id of the subnet snet-fw.')
output snetFwSubnetId string = '${hubVnet.id}/subnets/AzureFirewallSubnet'

@description('Resource id of the subnet snet-gw.')
output snetGwSubnetId string = '${hubVnet.id}/subnets/GatewaySubnet'

@description('Resource id of the subnet snet-lb.')
output snetLbSubnetId string = '${hubVnet.id}/subnets/snet-lb'

@description('Resource id of the subnet snet-pe.')
output snetPeSubnetId string = '${hubVnet.id}/subnets/snet-pe'
