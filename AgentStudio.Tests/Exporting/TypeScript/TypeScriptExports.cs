using AgentStudio.Core.Exporting;
using AgentStudio.Core.Exporting.TypeScript;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Templates;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Exporting.TypeScript;

/// <summary>Exports designs to TypeScript for the tests, and writes the projects to folders.</summary>
internal static class TypeScriptExports
{
    /// <summary>The template ids, for theories.</summary>
    public static TheoryData<string> Templates => new("customer-support", "research-manager", "hybrid-support");

    /// <summary>The templates and the design with a tool of every kind, for the golden files.</summary>
    public static TheoryData<string> GoldenDesigns => new("customer-support", "research-manager", "hybrid-support", EveryTool);

    /// <summary>
    /// The design with a tool of every kind (mock, http, the three built-ins, MCP over stdio and HTTP), secrets and
    /// edge overrides: the Python export's every-feature design, so both exports are read against the same one.
    /// </summary>
    public const string EveryTool = "every-tool";

    /// <summary>A template's design text, or the every-tool design's.</summary>
    public static string DesignJson(string name) => name == EveryTool
        ? File.ReadAllText(Path.Combine(RepositoryPaths.Root, "AgentStudio.Tests", "Exporting", "Python", "every-feature.agentstudio.json"))
        : DesignTemplates.ReadJson(name);

    /// <summary>Exports a design given as an <c>.agentstudio.json</c> text; fails the test when it is refused.</summary>
    public static CodeExport Export(string designJson, int? revision = 1)
    {
        var loaded = DesignSerializer.Load(designJson);
        var design = loaded.Design ?? throw new InvalidOperationException($"The design does not load: {string.Join("; ", loaded.Problems)}");
        return new TypeScriptGenerator().Generate(new ExportSource(design, revision));
    }

    /// <summary>Writes the export's files under <paramref name="folder"/>.</summary>
    public static void WriteTo(CodeExport export, string folder)
    {
        Assert.True(export.Succeeded, string.Join("\n", export.Refusals));
        foreach (var file in export.Files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }
}
