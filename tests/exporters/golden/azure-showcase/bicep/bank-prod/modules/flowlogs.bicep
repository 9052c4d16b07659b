metadata name = 'Flow logs'
metadata description = 'VNet flow logs; deployed into NetworkWatcherRG, where Azure keeps the network watchers.'

@description('Required. Location of the resources.')
param location string

@description('Required. Resource id of datastore.')
param datastoreId string

@description('Optional. Tags of every resource.')
param tags object = {}

@description('Required. Resource id of the virtual network hub.')
param hubId string

@description('Required. Resource id of central-logs.')
param centralLogsId string

resource watcherWesteurope 'Microsoft.Network/networkWatchers@2024-05-01' existing = {
  name: 'NetworkWatcher_${location}'
}

resource flowLogs 'Microsoft.Network/networkWatchers/flowLogs@2024-05-01' = {
  parent: watcherWesteurope
  name: 'fl-hub'
  location: location
  tags: tags
  properties: {
    targetResourceId: hubId
    storageId: datastoreId
    enabled: true
    retentionPolicy: {
      days: 90
      enabled: true
    }
    format: {
      type: 'JSON'
      version: 2
    }
    flowAnalyticsConfiguration: {
      networkWatcherFlowAnalyticsConfiguration: {
        enabled: true
        workspaceResourceId: centralLogsId
        trafficAnalyticsInterval: 60
      }
    }
  }
}
