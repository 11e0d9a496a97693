using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Core.Running.Models.Reliability;
using AgentStudio.Running;
using Microsoft.Extensions.Configuration;

namespace AgentStudio.Tests.Running;

/// <summary>Model providers, tool limits and secrets are read from the app's configuration.</summary>
public sealed class RunConfigurationTests
{
    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Fact]
    public void Providers_ComeFromTheSection_AndTheConventionalVariables()
    {
        var configuration = Configuration(new()
        {
            ["AgentStudio:Models:Providers:0:Kind"] = "OpenAICompatible",
            ["AgentStudio:Models:Providers:0:Endpoint"] = "http://localhost:11434/v1",
            ["AgentStudio:Models:Providers:0:Models:0"] = "llama3.1",
            ["AgentStudio:Models:Providers:1:Name"] = "azure",
            ["AgentStudio:Models:Providers:1:Kind"] = "AzureOpenAI",
            ["AgentStudio:Models:Providers:1:Endpoint"] = "https://res.openai.azure.com",
            ["AgentStudio:Models:Providers:1:ApiKey"] = "k",
            ["AgentStudio:Models:Providers:1:Deployments:gpt-4o"] = "prod-4o",
            ["OPENAI_API_KEY"] = "sk-test",
        });

        var providers = ModelProvidersConfiguration.Read(configuration);

        Assert.Equal(["0", "azure", "openai"], providers.Select(p => p.Name));
        Assert.Equal(["llama3.1"], providers[0].Models);
        Assert.Equal("prod-4o", providers[1].Deployments["gpt-4o"]);
        Assert.Equal(new Uri("https://res.openai.azure.com/openai/v1/"), providers[1].EffectiveEndpoint);
        Assert.Equal(ModelProviderKind.OpenAI, providers[2].Kind);
        Assert.False(ModelProvidersConfiguration.CreateCatalog(configuration).SimulatedOnly);
        Assert.True(ModelProvidersConfiguration.CreateCatalog(Configuration([])).SimulatedOnly);
    }

    [Fact]
    public void ModelLimits_ApplyToEveryProvider_IncludingTheEnvironmentOnes_UnlessAProviderSetsItsOwn()
    {
        var configuration = Configuration(new()
        {
            ["AgentStudio:Models:CallTimeout"] = "00:00:30",
            ["AgentStudio:Models:StreamIdleTimeout"] = "00:00:07",
            ["AgentStudio:Models:MaxRetries"] = "1",
            ["AgentStudio:Models:RunTimeout"] = "00:02:00",
            ["AgentStudio:Models:Providers:0:Kind"] = "OpenAICompatible",
            ["AgentStudio:Models:Providers:0:Endpoint"] = "http://localhost:11434/v1",
            ["AgentStudio:Models:Providers:0:Timeout"] = "00:05:00",
            ["AgentStudio:Models:Providers:0:MaxRetries"] = "0",
            ["OPENAI_API_KEY"] = "sk-test",
            ["AZURE_OPENAI_ENDPOINT"] = "https://res.openai.azure.com",
            ["AZURE_OPENAI_API_KEY"] = "k",
        });

        var providers = ModelProvidersConfiguration.Read(configuration);

        Assert.Equal(new ModelCallLimits(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(7), 0), providers[0].Limits);
        Assert.All(providers.Skip(1), p => Assert.Equal(new ModelCallLimits(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(7), 1), p.Limits));
        Assert.Equal(TimeSpan.FromMinutes(2), ModelProvidersConfiguration.RunTimeout(configuration));
        Assert.Equal(ModelCallLimits.Default, ModelProvidersConfiguration.Limits(Configuration([])));
        Assert.Equal(TimeSpan.FromMinutes(10), ModelProvidersConfiguration.RunTimeout(Configuration([])));
    }

    [Fact]
    public void ToolLimitsAndSecrets_ComeFromConfiguration()
    {
        var tools = ToolServicesConfiguration.Create(Configuration(new()
        {
            ["AgentStudio:Tools:AllowPrivateNetworks"] = "true",
            ["AgentStudio:Tools:Timeout"] = "00:00:03",
            ["AgentStudio:Secrets:BILLING_KEY"] = "secret-value",
        }));

        Assert.True(tools.OutboundHttp.AllowPrivateNetworks);
        Assert.Equal(TimeSpan.FromSeconds(3), tools.OutboundHttp.Timeout);
        Assert.Equal(256 * 1024, tools.OutboundHttp.MaxResponseBytes);
        Assert.Equal("secret-value", tools.Secrets.Resolve("BILLING_KEY")?.Value);
        Assert.False(ToolServicesConfiguration.Create(Configuration([])).OutboundHttp.AllowPrivateNetworks);
    }
}
