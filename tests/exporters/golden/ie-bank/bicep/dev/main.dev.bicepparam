using 'main.bicep'

param location = 'westeurope'

param tags = {
  ManagedBy: 'cloudwright'
  environment: 'dev'
  owner: 'infrastructure-team'
  project: 'ie-bank'
}

param devDbAdministratorLogin = 'pgadmin'

param devDbAdministratorPassword = readEnvironmentVariable('DEV_DB_ADMINISTRATOR_PASSWORD')
