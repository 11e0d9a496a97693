using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Running;

/// <summary>Registers the run engine: models from configuration (simulated when none), tools' services, the runner.</summary>
internal static class RunningServiceCollectionExtensions
{
    public static IServiceCollection AddAgentStudioRunning(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelProvider>(_ => ModelProvidersConfiguration.CreateCatalog(configuration));
        services.AddSingleton<ToolServices>(sp => ToolServicesConfiguration.Create(configuration) with { Time = sp.GetRequiredService<TimeProvider>() });
        services.AddSingleton(sp => new AgentRunner(sp.GetRequiredService<IModelProvider>(), sp.GetRequiredService<ToolServices>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
