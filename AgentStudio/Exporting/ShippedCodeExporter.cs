using AgentStudio.Core.Exporting;

namespace AgentStudio.Exporting;

/// <summary>The one exporter over the generators AgentStudio ships; the engine composition registers it and the CLI uses it.</summary>
internal static class ShippedCodeExporter
{
    /// <summary>An exporter over <see cref="CodeGenerators.All"/>; generators are pure, so one instance serves every caller.</summary>
    public static CodeExporter Instance { get; } = new(CodeGenerators.All);
}
