namespace AgentStudio.Designs;

/// <summary>Registers the design services the pages use.</summary>
internal static class DesignsServiceCollectionExtensions
{
    /// <summary>Adds the importer, the template catalog and the designer's handoff from prerender to circuit.</summary>
    public static IServiceCollection AddAgentStudioDesigns(this IServiceCollection services)
    {
        services.AddSingleton<IDesignTemplateCatalog, BuiltInTemplateCatalog>();
        services.AddSingleton<DesignImporter>();
        services.AddSingleton<Designer.DesignerHandoff>();
        return services;
    }
}
