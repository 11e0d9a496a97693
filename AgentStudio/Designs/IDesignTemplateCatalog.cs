using AgentStudio.Core.Templates;

namespace AgentStudio.Designs;

/// <summary>The templates the "New design" dialog offers.</summary>
public interface IDesignTemplateCatalog
{
    /// <summary>Every template, in display order.</summary>
    IReadOnlyList<DesignTemplate> Templates { get; }
}

/// <summary>The built-in templates shipped with Core.</summary>
public sealed class BuiltInTemplateCatalog : IDesignTemplateCatalog
{
    public IReadOnlyList<DesignTemplate> Templates => DesignTemplates.All;
}
