using AgentStudio.Core.Exporting;
using AgentStudio.Core.Exporting.TypeScript;
using AgentStudio.Core.Serialization;

namespace AgentStudio.Tests.Exporting.TypeScript;

/// <summary>Exports designs to TypeScript for the tests, and writes the projects to folders.</summary>
internal static class TypeScriptExports
{
    /// <summary>The template ids, for theories.</summary>
    public static TheoryData<string> Templates => new("customer-support", "research-manager", "hybrid-support");

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
