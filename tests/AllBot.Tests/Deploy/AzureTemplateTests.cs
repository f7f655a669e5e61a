using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AllBot.Testing;

namespace AllBot.Tests.Deploy;

/// <summary>
/// The Azure templates cannot be deployed from here, so these tests check their structure: the ARM JSON the Bicep
/// source builds to, what it declares, and how the app, the bot and its channels are wired.
/// </summary>
public sealed partial class AzureTemplateTests
{
    private static readonly string AzureDirectory = RepositoryRoot.Combine("deploy", "azure");
    private static readonly JsonObject Template = ReadJson("azuredeploy.json");
    private static readonly JsonObject Parameters = Template["parameters"]!.AsObject();
    private static readonly JsonArray Resources = Template["resources"]!.AsArray();

    [Fact]
    public void Bicep_source_builds_without_warnings_to_the_committed_arm_template()
    {
        var built = ExternalCommand.Run(BicepPath(), ["build", "main.bicep", "--stdout"], AzureDirectory, TimeSpan.FromMinutes(2));

        Assert.True(built.ExitCode == 0, built.ToString());
        Assert.DoesNotContain("Warning", built.Error);
        var fresh = JsonNode.Parse(built.Output)!.AsObject();
        var committed = ReadJson("azuredeploy.json");
        fresh["metadata"]!.AsObject().Remove("_generator");
        committed["metadata"]!.AsObject().Remove("_generator");
        Assert.True(JsonNode.DeepEquals(fresh, committed),
            "azuredeploy.json is out of date: run `bicep build main.bicep --outfile azuredeploy.json` in deploy/azure");
    }

    [Fact]
    public void Every_parameter_and_variable_reference_is_declared()
    {
        var text = File.ReadAllText(Path.Combine(AzureDirectory, "azuredeploy.json"));

        var parameterReferences = ReferencePattern().Matches(text).Where(m => m.Groups["kind"].Value == "parameters").ToList();
        var variableReferences = ReferencePattern().Matches(text).Where(m => m.Groups["kind"].Value == "variables").ToList();

        Assert.NotEmpty(parameterReferences);
        Assert.All(parameterReferences, m => Assert.True(Parameters.ContainsKey(m.Groups["name"].Value), m.Value));
        var variables = Template["variables"]!.AsObject();
        Assert.All(variableReferences, m => Assert.True(variables.ContainsKey(m.Groups["name"].Value), m.Value));
    }

    [Fact]
    public void Web_app_runs_dotnet_10_on_linux_over_https_only()
    {
        var app = Single("Microsoft.Web/sites");
        var plan = Single("Microsoft.Web/serverfarms");

        Assert.Equal("DOTNETCORE|10.0", (string?)app["properties"]!["siteConfig"]!["linuxFxVersion"]);
        Assert.Contains("linux", (string?)app["kind"]);
        Assert.True((bool)app["properties"]!["httpsOnly"]!);
        Assert.True((bool)plan["properties"]!["reserved"]!);
    }

    [Fact]
    public void App_service_routes_traffic_only_to_an_instance_whose_readyz_answers()
    {
        var app = Single("Microsoft.Web/sites");
        var settings = (string?)Single("Microsoft.Web/sites/config")["properties"];

        Assert.Equal("/readyz", (string?)app["properties"]!["siteConfig"]!["healthCheckPath"]);
        Assert.Contains("'WEBSITE_WARMUP_PATH', '/readyz'", settings);
    }

    [Fact]
    public void Application_insights_is_set_only_when_a_connection_string_is_given()
    {
        var settings = (string?)Single("Microsoft.Web/sites/config")["properties"];

        Assert.Equal("securestring", (string?)Parameters["applicationInsightsConnectionString"]!["type"]);
        Assert.Equal("", (string?)Parameters["applicationInsightsConnectionString"]!["defaultValue"]);
        Assert.Contains("if(empty(parameters('applicationInsightsConnectionString')), createObject(), createObject('APPLICATIONINSIGHTS_CONNECTION_STRING', parameters('applicationInsightsConnectionString')))", settings);
    }

    [Fact]
    public void Bot_is_a_managed_identity_or_single_tenant_bot_never_multi_tenant()
    {
        var bot = Single("Microsoft.BotService/botServices");
        var appType = Parameters["appType"]!;

        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("[parameters('appType')]", (string?)bot["properties"]!["msaAppType"]);
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], appType["allowedValues"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("UserAssignedMSI", (string?)appType["defaultValue"]);
        Assert.Equal(["F0", "S1"], Parameters["botSku"]!["allowedValues"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("securestring", (string?)Parameters["appPassword"]!["type"]);
        Assert.DoesNotContain("MultiTenant", File.ReadAllText(Path.Combine(AzureDirectory, "azuredeploy.json")));
    }

    [Fact]
    public void Bot_has_the_teams_and_direct_line_channels()
    {
        var channels = Resources.Where(r => (string?)r!["type"] == "Microsoft.BotService/botServices/channels")
            .Select(r => (string?)r!["properties"]!["channelName"]);

        Assert.Equal(["DirectLineChannel", "MsTeamsChannel"], channels.Order());
    }

    [Fact]
    public void Messaging_endpoint_is_the_web_apps_api_messages_over_https()
    {
        var endpoint = (string?)Single("Microsoft.BotService/botServices")["properties"]!["endpoint"];

        Assert.Equal(
            "[format('https://{0}/api/messages', reference(resourceId('Microsoft.Web/sites', parameters('appName')), '2024-04-01').defaultHostName)]",
            endpoint);
    }

    [Fact]
    public void App_settings_trust_forwarded_headers_from_app_services_private_front_ends_only()
    {
        var settings = (string?)Single("Microsoft.Web/sites/config")["properties"];

        Assert.Contains("'ForwardedHeaders__KnownNetworks__0', '10.0.0.0/8'", settings);
        Assert.Contains("'ForwardedHeaders__KnownNetworks__1', '172.16.0.0/12'", settings);
        Assert.Contains("'ForwardedHeaders__KnownNetworks__2', '192.168.0.0/16'", settings);
        Assert.DoesNotContain("FORWARDEDHEADERS_ENABLED", settings);
    }

    [Fact]
    public void App_settings_carry_the_bot_identity_site_url_and_direct_line_secret()
    {
        var settings = (string?)Single("Microsoft.Web/sites/config")["properties"];

        Assert.Contains("'ASPNETCORE_ENVIRONMENT', 'Production'", settings);
        Assert.Contains("'MicrosoftAppType', parameters('appType')", settings);
        Assert.Contains("'MicrosoftAppId', if(variables('useManagedIdentity'), reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities'", settings);
        Assert.Contains("'MicrosoftAppTenantId', parameters('tenantId')", settings);
        Assert.Contains("'Site__BaseUrl', parameters('siteBaseUrl')", settings);
        Assert.Contains("'WebChat__DirectLineSecret', listChannelWithKeys(resourceId('Microsoft.BotService/botServices/channels', parameters('botName'), 'DirectLineChannel')", settings);
        Assert.Contains("if(variables('useManagedIdentity'), createObject(), createObject('MicrosoftAppPassword', parameters('appPassword')))", settings);
    }

    [Fact]
    public void Example_parameters_give_every_required_parameter_and_nothing_undeclared()
    {
        var example = ReadJson("azuredeploy.parameters.example.json")["parameters"]!.AsObject();
        var required = Parameters.Where(p => !p.Value!.AsObject().ContainsKey("defaultValue")).Select(p => p.Key);

        Assert.All(example, p => Assert.True(Parameters.ContainsKey(p.Key), p.Key));
        Assert.All(required, name => Assert.True(example.ContainsKey(name), name));
    }

    private static JsonObject Single(string type) =>
        Assert.Single(Resources, r => (string?)r!["type"] == type)!.AsObject();

    private static JsonObject ReadJson(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AzureDirectory, file)))!.AsObject();

    /// <summary>The Bicep CLI restored by the test project's PackageDownload (see AllBot.Tests.csproj).</summary>
    private static string BicepPath()
    {
        var path = typeof(AzureTemplateTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value!;
        Assert.True(File.Exists(path), $"Bicep CLI not found at {path}; run dotnet restore");
        // NuGet does not promise to keep the executable bit of files in a package.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        return path;
    }

    [GeneratedRegex(@"\b(?<kind>parameters|variables)\('(?<name>[^']+)'\)")]
    private static partial Regex ReferencePattern();
}
