using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;

namespace AgentStudio.Tests.Fakes;

/// <summary>
/// A generator for tests of what surrounds generation (CLI, endpoint, dialog): a two-file project that names the design
/// and its revision, or a refusal of the agents it is told to refuse.
/// </summary>
internal sealed class FakeCodeGenerator(CodeTarget target, params string[] refusedAgentIds) : ICodeGenerator
{
    /// <summary>The refusal's message for a refused agent.</summary>
    public const string RefusalMessage = "the fake target cannot express this agent.";

    /// <inheritdoc />
    public CodeTarget Target => target;

    /// <summary>An exporter over a fake generator for each target.</summary>
    public static CodeExporter Exporter(params string[] refusedAgentIds) =>
        new(Enum.GetValues<CodeTarget>().Select(t => new FakeCodeGenerator(t, refusedAgentIds)));

    /// <summary>The files a design gives, as <see cref="Generate"/> writes them.</summary>
    public static IReadOnlyList<GeneratedFile> FilesOf(DesignDocument design, int? revision) =>
    [
        new("README.md", $"# {design.Name}\n", "markdown"),
        new("src/main.py", $"# {design.Name}, revision {revision?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}\nprint(\"{design.Agents.Count} agents\")\n", "python"),
    ];

    /// <inheritdoc />
    public CodeExport Generate(ExportSource source)
    {
        var refusals = source.Design.Agents.Where(a => refusedAgentIds.Contains(a.Id)).Select(a => new ExportRefusal(a.Id, a.Name, RefusalMessage)).ToList();
        return refusals.Count > 0 ? new CodeExport(target, [], refusals) : new CodeExport(target, FilesOf(source.Design, source.Revision), []);
    }
}
