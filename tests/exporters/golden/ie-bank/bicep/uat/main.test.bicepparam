using 'main.bicep'

param location = 'westeurope'

param tags = {
  ManagedBy: 'cloudwright'
  environment: 'uat'
  owner: 'infrastructure-team'
  project: 'ie-bank'
}

param uatDbAdministratorLogin = 'pgadmin'

param uatDbAdministratorPassword = readEnvironmentVariable('UAT_DB_ADMINISTRATOR_PASSWORD')
