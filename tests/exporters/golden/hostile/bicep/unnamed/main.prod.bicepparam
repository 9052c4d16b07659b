using 'main.bicep'

param location = 'westeurope'

param tags = {
  ManagedBy: 'cloudwright'
  'bicep\' } resource evil \'x@1\' = { \'\'\' \${sys} \\\${}': 'back\\slash\\" \${jndi:ldap://x} %{if true}x%{endif}'
  'env\'': 'line1\nline2\r\n\tresource "evil" {}'
}

param oncallGroupEmailAddress = readEnvironmentVariable('ONCALL_GROUP_EMAIL_ADDRESS')

param oncallGroupWebhookUri = readEnvironmentVariable('ONCALL_GROUP_WEBHOOK_URI')

param ordersDbAdministratorLogin = 'pgadmin'

param ordersDbAdministratorPassword = readEnvironmentVariable('ORDERS_DB_ADMINISTRATOR_PASSWORD')

param publicDbAdministratorLogin = 'pgadmin'

param publicDbAdministratorPassword = readEnvironmentVariable('PUBLIC_DB_ADMINISTRATOR_PASSWORD')

param locationNortheurope = 'northeurope'

param edgeAgwCertificateSecretId = readEnvironmentVariable('EDGE_AGW_CERTIFICATE_SECRET_ID')
