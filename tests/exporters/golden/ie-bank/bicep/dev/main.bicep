metadata name = 'IE Bank Development'
metadata description = 'Development subscription of the DTAP chain, provisioned from the same modular Bicep templates with its own parameter file. Deployed from feature branches for development. Owned by the Infrastructure Team, which reviews its costs monthly.'

@description('Optional. Location of the resources (the design places them in westeurope).')
param location string = resourceGroup().location

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. Administrator login of the PostgreSQL server dev-db.')
param devDbAdministratorLogin string

@description('Required. Administrator password of the PostgreSQL server dev-db.')
@secure()
param devDbAdministratorPassword string

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
    devDbAdministratorLogin: devDbAdministratorLogin
    devDbAdministratorPassword: devDbAdministratorPassword
    devSnetDbSubnetId: network.outputs.devSnetDbSubnetId
    devDbDnsZoneId: network.outputs.devDbDnsZoneId
    location: location
    tags: tags
  }
}

module compute './modules/compute.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-compute'
  params: {
    location: location
    tags: tags
    devSnetAppSubnetId: network.outputs.devSnetAppSubnetId
    devAppiConnectionString: observability.outputs.devAppiConnectionString
    devKvName: security.outputs.devKvName
  }
}

@description('Resource id of the virtual network dev-vnet.')
output devVnetId string = network.outputs.devVnetId

@description('URI of the key vault dev-kv.')
output devKvUri string = security.outputs.devKvUri

@description('Host name of the PostgreSQL server dev-db.')
output devDbFqdn string = data.outputs.devDbFqdn

@description('Login server of the registry dev-acr.')
output devAcrLoginServer string = compute.outputs.devAcrLoginServer

@description('Default host name of the app dev-api.')
output devApiHostName string = compute.outputs.devApiHostName

@description('Default host name of the static web app dev-swa.')
output devSwaHostName string = compute.outputs.devSwaHostName
