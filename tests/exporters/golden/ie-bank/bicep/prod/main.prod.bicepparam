using 'main.bicep'

param location = 'westeurope'

param tags = {
  ManagedBy: 'cloudwright'
  environment: 'prod'
  owner: 'infrastructure-team'
  project: 'ie-bank'
}

param prodDbAdministratorLogin = 'pgadmin'

param prodDbAdministratorPassword = readEnvironmentVariable('PROD_DB_ADMINISTRATOR_PASSWORD')
