namespace AgentStudio.Playground;

/// <summary>Registers the playground's services.</summary>
internal static class PlaygroundServiceCollectionExtensions
{
    /// <summary>Adds <see cref="PlaygroundSessionFactory"/>; needs the engine and the run store.</summary>
    public static IServiceCollection AddAgentStudioPlayground(this IServiceCollection services) =>
        services.AddSingleton<PlaygroundSessionFactory>();
}
