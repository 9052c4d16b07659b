using 'main.bicep'

param location = 'westeurope'

param tags = {
  ManagedBy: 'cloudwright'
  owner: 'platform team'
  project: 'bank'
}

param oncallGroupEmailAddress = readEnvironmentVariable('ONCALL_GROUP_EMAIL_ADDRESS')

param oncallGroupWebhookUri = readEnvironmentVariable('ONCALL_GROUP_WEBHOOK_URI')

param ordersDbAdministratorLogin = 'pgadmin'

param ordersDbAdministratorPassword = readEnvironmentVariable('ORDERS_DB_ADMINISTRATOR_PASSWORD')

param publicDbAdministratorLogin = 'pgadmin'

param publicDbAdministratorPassword = readEnvironmentVariable('PUBLIC_DB_ADMINISTRATOR_PASSWORD')

param locationNortheurope = 'northeurope'

param edgeAgwCertificateSecretId = readEnvironmentVariable('EDGE_AGW_CERTIFICATE_SECRET_ID')

param branchGatewayIpAddress = readEnvironmentVariable('BRANCH_GATEWAY_IP_ADDRESS')

param branchSharedKey = readEnvironmentVariable('BRANCH_SHARED_KEY')
