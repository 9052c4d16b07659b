metadata name = 'Connectivity'
metadata description = 'Bastion, firewall, VPN and ExpressRoute gateways, load balancers and application gateways.'

@description('Required. Location of the resources.')
param location string

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. Resource id of the subnet snet-agw.')
param snetAgwSubnetId string

@description('Required. Key Vault secret id of the listener certificate of edge-agw.')
param edgeAgwCertificateSecretId string

@description('Required. Resource id of the subnet snet-bastion.')
param snetBastionSubnetId string

@description('Required. Resource id of the subnet snet-fw.')
param snetFwSubnetId string

@description('Required. Resource id of the subnet snet-gw.')
param snetGwSubnetId string

@description('Required. Public IP address of the VPN device at branch.')
param branchGatewayIpAddress string

@description('Required. IPsec pre-shared key of the VPN connection to branch.')
@secure()
param branchSharedKey string

@description('Required. Resource id of the subnet snet-lb.')
param snetLbSubnetId string

var edgeAgwName = 'agw-edge-agw'

var branchIlbName = 'lbi-branch-ilb'

resource edgeAgwIp 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-edge-agw'
  location: location
  tags: tags
  zones: [
    '1'
    '2'
    '3'
  ]
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

resource edgeAgwWaf 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies@2024-05-01' = {
  name: 'waf-edge-agw'
  location: location
  tags: tags
  properties: {
    policySettings: {
      state: 'Enabled'
      mode: 'Prevention'
      requestBodyCheck: true
    }
    managedRules: {
      managedRuleSets: [
        {
          ruleSetType: 'OWASP'
          ruleSetVersion: '3.2'
        }
      ]
    }
  }
}

resource edgeAgwIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-edge-agw'
  location: location
  tags: tags
}

resource edgeAgw 'Microsoft.Network/applicationGateways@2024-05-01' = {
  name: edgeAgwName
  location: location
  tags: tags
  zones: [
    '1'
    '2'
    '3'
  ]
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${edgeAgwIdentity.id}': {}
    }
  }
  properties: {
    sku: {
      name: 'WAF_v2'
      tier: 'WAF_v2'
    }
    autoscaleConfiguration: {
      minCapacity: 2
      maxCapacity: 10
    }
    gatewayIPConfigurations: [
      {
        name: 'gateway'
        properties: {
          subnet: {
            id: snetAgwSubnetId
          }
        }
      }
    ]
    frontendIPConfigurations: [
      {
        name: 'public'
        properties: {
          publicIPAddress: {
            id: edgeAgwIp.id
          }
        }
      }
    ]
    frontendPorts: [
      {
        name: 'port-443'
        properties: {
          port: 443
        }
      }
    ]
    sslCertificates: [
      {
        name: 'default'
        properties: {
          keyVaultSecretId: edgeAgwCertificateSecretId
        }
      }
    ]
    sslPolicy: {
      policyType: 'Predefined'
      policyName: 'AppGwSslPolicy20220101'
    }
    backendAddressPools: [
      {
        name: 'default'
        properties: {}
      }
    ]
    backendHttpSettingsCollection: [
      {
        name: 'default'
        properties: {
          port: 80
          protocol: 'Http'
          cookieBasedAffinity: 'Disabled'
          requestTimeout: 30
        }
      }
    ]
    httpListeners: [
      {
        name: 'default'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/applicationGateways/frontendIPConfigurations', edgeAgwName, 'public')
          }
          frontendPort: {
            id: resourceId('Microsoft.Network/applicationGateways/frontendPorts', edgeAgwName, 'port-443')
          }
          protocol: 'Https'
          sslCertificate: {
            id: resourceId('Microsoft.Network/applicationGateways/sslCertificates', edgeAgwName, 'default')
          }
        }
      }
    ]
    requestRoutingRules: [
      {
        name: 'default'
        properties: {
          ruleType: 'Basic'
          priority: 100
          httpListener: {
            id: resourceId('Microsoft.Network/applicationGateways/httpListeners', edgeAgwName, 'default')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/applicationGateways/backendAddressPools', edgeAgwName, 'default')
          }
          backendHttpSettings: {
            id: resourceId('Microsoft.Network/applicationGateways/backendHttpSettingsCollection', edgeAgwName, 'default')
          }
        }
      }
    ]
    enableHttp2: false
    firewallPolicy: {
      id: edgeAgwWaf.id
    }
  }
}

resource bastionIp 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-bastion'
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

resource bastion 'Microsoft.Network/bastionHosts@2024-05-01' = {
  name: 'bas-bastion'
  location: location
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          subnet: {
            id: snetBastionSubnetId
          }
          publicIPAddress: {
            id: bastionIp.id
          }
        }
      }
    ]
    scaleUnits: 2
    enableTunneling: true
    enableIpConnect: false
    enableShareableLink: false
    enableFileCopy: false
  }
}

resource firewallPolicy 'Microsoft.Network/firewallPolicies@2024-05-01' = {
  name: 'afwp-firewall'
  location: location
  tags: tags
  properties: {
    sku: {
      tier: 'Standard'
    }
    threatIntelMode: 'Alert'
    dnsSettings: {
      enableProxy: true
    }
  }
}

resource firewallIp 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-firewall'
  location: location
  tags: tags
  zones: [
    '1'
    '2'
    '3'
  ]
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

resource firewall 'Microsoft.Network/azureFirewalls@2024-05-01' = {
  name: 'afw-firewall'
  location: location
  tags: tags
  zones: [
    '1'
    '2'
    '3'
  ]
  properties: {
    sku: {
      name: 'AZFW_VNet'
      tier: 'Standard'
    }
    firewallPolicy: {
      id: firewallPolicy.id
    }
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          subnet: {
            id: snetFwSubnetId
          }
          publicIPAddress: {
            id: firewallIp.id
          }
        }
      }
    ]
  }
}

resource vpnGwIp 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-vpn-gw'
  location: location
  tags: tags
  zones: [
    '1'
    '2'
    '3'
  ]
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

resource vpnGw 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'vgw-vpn-gw'
  location: location
  tags: tags
  properties: {
    gatewayType: 'Vpn'
    vpnType: 'RouteBased'
    enableBgp: true
    activeActive: false
    sku: {
      name: 'VpnGw1AZ'
      tier: 'VpnGw1AZ'
    }
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          subnet: {
            id: snetGwSubnetId
          }
          publicIPAddress: {
            id: vpnGwIp.id
          }
          privateIPAllocationMethod: 'Dynamic'
        }
      }
    ]
  }
}

resource branchGateway 'Microsoft.Network/localNetworkGateways@2024-05-01' = {
  name: 'lgw-branch'
  location: location
  tags: tags
  properties: {
    gatewayIpAddress: branchGatewayIpAddress
    localNetworkAddressSpace: {
      addressPrefixes: [
        '172.16.0.0/16'
      ]
    }
  }
}

resource branchConnection 'Microsoft.Network/connections@2024-05-01' = {
  name: 'cn-vpn-gw-branch'
  location: location
  tags: tags
  properties: {
    connectionType: 'IPsec'
    connectionProtocol: 'IKEv2'
    virtualNetworkGateway1: {
      id: vpnGw.id
      properties: {}
    }
    localNetworkGateway2: {
      id: branchGateway.id
      properties: {}
    }
    sharedKey: branchSharedKey
    enableBgp: false
  }
}

resource erGwIp 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-er-gw'
  location: location
  tags: tags
  zones: [
    '1'
    '2'
    '3'
  ]
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
    publicIPAddressVersion: 'IPv4'
  }
}

resource erGw 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
  name: 'ergw-er-gw'
  location: location
  tags: tags
  properties: {
    gatewayType: 'ExpressRoute'
    sku: {
      name: 'ErGw1AZ'
      tier: 'ErGw1AZ'
    }
    ipConfigurations: [
      {
        name: 'default'
        properties: {
          subnet: {
            id: snetGwSubnetId
          }
          publicIPAddress: {
            id: erGwIp.id
          }
          privateIPAllocationMethod: 'Dynamic'
        }
      }
    ]
  }
}

resource branchIlb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: branchIlbName
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'frontend'
        zones: [
          '1'
          '2'
          '3'
        ]
        properties: {
          subnet: {
            id: snetLbSubnetId
          }
          privateIPAllocationMethod: 'Dynamic'
        }
      }
    ]
    backendAddressPools: [
      {
        name: 'backend'
      }
    ]
    probes: [
      {
        name: 'probe'
        properties: {
          protocol: 'Tcp'
          port: 8080
          intervalInSeconds: 5
          numberOfProbes: 2
        }
      }
    ]
    loadBalancingRules: [
      {
        name: 'port-8080'
        properties: {
          frontendIPConfiguration: {
            id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', branchIlbName, 'frontend')
          }
          backendAddressPool: {
            id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', branchIlbName, 'backend')
          }
          probe: {
            id: resourceId('Microsoft.Network/loadBalancers/probes', branchIlbName, 'probe')
          }
          protocol: 'Tcp'
          frontendPort: 8080
          backendPort: 8080
          enableFloatingIP: false
          idleTimeoutInMinutes: 4
          disableOutboundSnat: false
        }
      }
    ]
  }
}

@description('Public IP address of the application gateway edge-agw.')
output edgeAgwPublicIp string = edgeAgwIp.properties.ipAddress
