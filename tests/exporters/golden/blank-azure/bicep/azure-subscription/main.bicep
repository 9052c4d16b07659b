metadata name = 'Azure subscription'
metadata description = 'A workload subscription. Set its environment (dev, test, staging, prod) so environment-specific rules apply the right expectations.'
