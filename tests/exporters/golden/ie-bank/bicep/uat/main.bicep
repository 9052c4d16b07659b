metadata name = 'IE Bank UAT'
metadata description = 'UAT subscription of the DTAP chain, provisioned from the same modular Bicep templates with its own parameter file. User acceptance testing; releases are validated here before production (the seed\'s Test and Acceptance stages). Owned by the Infrastructure Team, which reviews its costs monthly.'

@description('Optional. Location of the resources (the design places them in westeurope).')
param location string = resourceGroup().location

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. Administrator login of the PostgreSQL server uat-db.')
param uatDbAdministratorLogin string

@description('Required. Administrator password of the PostgreSQL server uat-db.')
@secure()
param uatDbAdministratorPassword string

module observability './modules/observability.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-observability'
  params: {
    location: location
    tags: tags
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
    uatDbAdministratorLogin: uatDbAdministratorLogin
    uatDbAdministratorPassword: uatDbAdministratorPassword
    uatSnetDbSubnetId: network.outputs.uatSnetDbSubnetId
    uatDbDnsZoneId: network.outputs.uatDbDnsZoneId
    location: location
    tags: tags
  }
}

module compute './modules/compute.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-compute'
  params: {
    location: location
    tags: tags
    uatSnetAppSubnetId: network.outputs.uatSnetAppSubnetId
    uatAppiConnectionString: observability.outputs.uatAppiConnectionString
    uatKvName: security.outputs.uatKvName
  }
}

@description('Resource id of the virtual network uat-vnet.')
output uatVnetId string = network.outputs.uatVnetId

@description('URI of the key vault uat-kv.')
output uatKvUri string = security.outputs.uatKvUri

@description('Host name of the PostgreSQL server uat-db.')
output uatDbFqdn string = data.outputs.uatDbFqdn

@description('Login server of the registry uat-acr.')
output uatAcrLoginServer string = compute.outputs.uatAcrLoginServer

@description('Default host name of the app uat-api.')
output uatApiHostName string = compute.outputs.uatApiHostName

@description('Default host name of the static web app uat-swa.')
output uatSwaHostName string = compute.outputs.uatSwaHostName
