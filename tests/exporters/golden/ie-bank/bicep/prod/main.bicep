metadata name = 'IE Bank Production'
metadata description = 'Production subscription of the DTAP chain, provisioned from the same modular Bicep templates with its own parameter file. Deployed automatically from main after UAT validation. Owned by the Infrastructure Team, which reviews its costs monthly.'

@description('Optional. Location of the resources (the design places them in westeurope).')
param location string = resourceGroup().location

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. Administrator login of the PostgreSQL server prod-db.')
param prodDbAdministratorLogin string

@description('Required. Administrator password of the PostgreSQL server prod-db.')
@secure()
param prodDbAdministratorPassword string

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
    prodDbAdministratorLogin: prodDbAdministratorLogin
    prodDbAdministratorPassword: prodDbAdministratorPassword
    prodSnetDbSubnetId: network.outputs.prodSnetDbSubnetId
    prodDbDnsZoneId: network.outputs.prodDbDnsZoneId
    location: location
    tags: tags
  }
}

module compute './modules/compute.bicep' = {
  name: '${uniqueString(deployment().name, resourceGroup().id)}-compute'
  params: {
    location: location
    tags: tags
    prodSnetAppSubnetId: network.outputs.prodSnetAppSubnetId
    prodAppiConnectionString: observability.outputs.prodAppiConnectionString
    prodKvName: security.outputs.prodKvName
  }
}

@description('Resource id of the virtual network prod-vnet.')
output prodVnetId string = network.outputs.prodVnetId

@description('URI of the key vault prod-kv.')
output prodKvUri string = security.outputs.prodKvUri

@description('Host name of the PostgreSQL server prod-db.')
output prodDbFqdn string = data.outputs.prodDbFqdn

@description('Login server of the registry prod-acr.')
output prodAcrLoginServer string = compute.outputs.prodAcrLoginServer

@description('Default host name of the app prod-api.')
output prodApiHostName string = compute.outputs.prodApiHostName

@description('Default host name of the static web app prod-swa.')
output prodSwaHostName string = compute.outputs.prodSwaHostName
