// AllBot on Azure: a Linux App Service (.NET 10) running the bot, and an Azure Bot that connects it to Microsoft Teams
// and Direct Line (the site's web chat). Build the ARM JSON with: bicep build main.bicep --outfile azuredeploy.json
// See ../../README.md, "Deploy / Azure", for the steps and what to set afterwards.

@description('Name of the web app; the bot answers at https://<appName>.azurewebsites.net/api/messages. Globally unique.')
@minLength(2)
@maxLength(60)
param appName string

@description('Azure region for the App Service plan, web app and managed identity (the bot itself is global).')
param location string = resourceGroup().location

@description('Name (handle) of the Azure Bot resource. Globally unique.')
@minLength(2)
@maxLength(64)
param botName string = '${appName}-bot'

@description('How the bot proves its identity: a user-assigned managed identity created here (default), or an existing single-tenant Entra app registration. Multi-tenant bots can no longer be created.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: client id of the existing Entra app registration. Leave empty for UserAssignedMSI.')
param appId string = ''

@description('SingleTenant only: a client secret of that app registration. Leave empty for UserAssignedMSI.')
@secure()
param appPassword string = ''

@description('Entra tenant that owns the bot identity. Defaults to the tenant of the subscription.')
param tenantId string = subscription().tenantId

@description('Base URL of the patient information site; relative links in the knowledge base are resolved against it.')
param siteBaseUrl string

@description('Azure Bot pricing tier: F0 (free, limited messages on premium channels) or S1 (standard).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan tier for Linux (B1 is the smallest tier with Always On).')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Optional: connection string of an Application Insights resource. When set, AllBot sends its traces and metrics there (never what people type); empty sends nothing.')
@secure()
param applicationInsightsConnectionString string = ''

var useManagedIdentity = appType == 'UserAssignedMSI'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useManagedIdentity) {
  name: '${appName}-identity'
  location: location
}

var botAppId = useManagedIdentity ? identity!.properties.clientId : appId

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: useManagedIdentity
    ? {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${identity.id}': {}
        }
      }
    : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      // App Service takes an instance out of the load balancer while /readyz says it cannot answer (the knowledge
      // base failed to load, or it is still warming up), and replaces one that stays that way.
      healthCheckPath: '/readyz'
    }
  }
}

var messagingEndpoint = 'https://${webApp.properties.defaultHostName}/api/messages'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'AllBot'
    description: 'General information about acute lymphoblastic leukaemia (ALL). Not medical advice.'
    endpoint: messagingEndpoint
    msaAppId: botAppId
    msaAppType: appType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: useManagedIdentity ? identity.id : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'AllBot web chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
        }
      ]
    }
  }
}

// App settings are a separate resource so they can read the Direct Line key after the channel exists.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union(
    {
      ASPNETCORE_ENVIRONMENT: 'Production'
      // On a start, restart or scale-out, App Service sends traffic only once this answers 200 (after the warm-up).
      WEBSITE_WARMUP_PATH: '/readyz'
      MicrosoftAppType: appType
      MicrosoftAppId: botAppId
      MicrosoftAppTenantId: tenantId
      Site__BaseUrl: siteBaseUrl
      WebChat__DirectLineSecret: directLine.listChannelWithKeys().setting.sites[0].key
      // App Service's front ends forward from private addresses (Microsoft documents no narrower range); only their
      // X-Forwarded-For and X-Forwarded-Proto are believed, so per-visitor rate limits see visitors, not the front end.
      ForwardedHeaders__KnownNetworks__0: '10.0.0.0/8'
      ForwardedHeaders__KnownNetworks__1: '172.16.0.0/12'
      ForwardedHeaders__KnownNetworks__2: '192.168.0.0/16'
    },
    useManagedIdentity ? {} : { MicrosoftAppPassword: appPassword },
    empty(applicationInsightsConnectionString) ? {} : { APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString }
  )
}

output messagingEndpoint string = messagingEndpoint
output botAppId string = botAppId
output webAppHostName string = webApp.properties.defaultHostName
