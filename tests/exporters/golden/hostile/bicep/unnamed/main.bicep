metadata name = 'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}'
metadata description = '$\${already} %%{escaped} $$\${triple}'

@description('Optional. Location of the resources (the design places them in westeurope).')
param location string = resourceGroup().location

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. E-mail address the action group oncall-group notifies.')
param oncallGroupEmailAddress string

@description('Required. Webhook URL the action group oncall-group calls (it may hold a token).')
@secure()
param oncallGroupWebhookUri string

@description('Required. Administrator login of the PostgreSQL server orders-db.')
param ordersDbAdministratorLogin string

@description('Required. Administrator password of the PostgreSQL server orders-db.')
@secure()
param ordersDbAdministratorPassword string

@description('Required. Administrator login of the PostgreSQL server public-db.')
param publicDbAdministratorLogin string

@description('Required. Administrator password of the PostgreSQL server public-db.')
@secure()
param publicDbAdministratorPassword string

@description('Optional. Location of the resources the design places in northeurope.')
param locationNortheurope string = 'northeurope'

@description('Required. Key Vault secret id of the listener certificate of edge-agw.')
param edgeAgwCertificateSecretId string

module observability './modules/observability.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-observability'
  params: {
    location: location
    tags: tags
    oncallGroupEmailAddress: oncallGroupEmailAddress
    oncallGroupWebhookUri: oncallGroupWebhookUri
  }
}

module network './modules/network.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-network'
  params: {
    location: location
    tags: tags
  }
}

module security './modules/security.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-security'
  params: {
    location: location
    tags: tags
  }
}

module data './modules/data.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-data'
  params: {
    ordersDbAdministratorLogin: ordersDbAdministratorLogin
    ordersDbAdministratorPassword: ordersDbAdministratorPassword
    snetDbSubnetId: network.outputs.snetDbSubnetId
    ordersDbDnsZoneId: network.outputs.ordersDbDnsZoneId
    location: location
    tags: tags
    snetRedisSubnetId: network.outputs.snetRedisSubnetId
    publicDbAdministratorLogin: publicDbAdministratorLogin
    publicDbAdministratorPassword: publicDbAdministratorPassword
  }
}

module compute './modules/compute.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-compute'
  params: {
    location: location
    tags: tags
    locationNortheurope: locationNortheurope
    snetAppSubnetId: network.outputs.snetAppSubnetId
    apiInsightsConnectionString: observability.outputs.apiInsightsConnectionString
    secretsKvName: security.outputs.secretsKvName
    datastoreName: data.outputs.datastoreName
    snetAksSubnetId: network.outputs.snetAksSubnetId
    centralLogsId: observability.outputs.centralLogsId
  }
}

module connectivity './modules/connectivity.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-connectivity'
  params: {
    location: location
    tags: tags
    snetAgwSubnetId: network.outputs.snetAgwSubnetId
    edgeAgwCertificateSecretId: edgeAgwCertificateSecretId
    snetBastionSubnetId: network.outputs.snetBastionSubnetId
    snetFwSubnetId: network.outputs.snetFwSubnetId
    snetGwSubnetId: network.outputs.snetGwSubnetId
    snetLbSubnetId: network.outputs.snetLbSubnetId
  }
}

module edge './modules/edge.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-edge'
  params: {
    webSpaHostName: compute.outputs.webSpaHostName
    apiAppHostName: compute.outputs.apiAppHostName
    tags: tags
  }
}

module privatelink './modules/privatelink.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-privatelink'
  params: {
    location: location
    tags: tags
    snetPeSubnetId: network.outputs.snetPeSubnetId
    secretsKvId: security.outputs.secretsKvId
    hubId: network.outputs.hubId
    datastoreId: data.outputs.datastoreId
  }
}

@description('Resource id of the virtual network hub.')
output hubId string = network.outputs.hubId

@description('URI of the key vault secrets-kv.')
output secretsKvUri string = security.outputs.secretsKvUri

@description('Host name of the PostgreSQL server orders-db.')
output ordersDbFqdn string = data.outputs.ordersDbFqdn

@description('Host name of the PostgreSQL server public-db.')
output publicDbFqdn string = data.outputs.publicDbFqdn

@description('Login server of the registry imagesacr.')
output imagesacrLoginServer string = compute.outputs.imagesacrLoginServer

@description('Default host name of the app api-app.')
output apiAppHostName string = compute.outputs.apiAppHostName

@description('Name of the AKS cluster apps-aks.')
output appsAksClusterName string = compute.outputs.appsAksClusterName

@description('Default host name of the static web app web-spa.')
output webSpaHostName string = compute.outputs.webSpaHostName

@description('Public IP address of the application gateway edge-agw.')
output edgeAgwPublicIp string = connectivity.outputs.edgeAgwPublicIp

@description('Host name of the Front Door endpoint front-door.')
output frontDoorHostName string = edge.outputs.frontDoorHostName
