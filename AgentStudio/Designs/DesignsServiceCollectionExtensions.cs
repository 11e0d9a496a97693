namespace AgentStudio.Designs;

/// <summary>Registers the design services the pages use.</summary>
internal static class DesignsServiceCollectionExtensions
{
    /// <summary>Adds the importer and the template catalog.</summary>
    public static IServiceCollection AddAgentStudioDesigns(this IServiceCollection services)
    {
        services.AddSingleton<IDesignTemplateCatalog, BuiltInTemplateCatalog>();
        services.AddSingleton<DesignImporter>();
        return services;
    }
}
