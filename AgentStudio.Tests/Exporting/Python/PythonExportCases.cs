using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;
using AgentStudio.Core.Exporting.Python;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Templates;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Exporting.Python;

/// <summary>The designs the Python export tests run on: the three templates and one design that uses every feature.</summary>
internal static class PythonExportCases
{
    /// <summary>The id of the design in every-feature.agentstudio.json beside this file.</summary>
    public const string EveryFeature = "every-feature";

    /// <summary>The revision the tests export at, written in the header comment.</summary>
    public const int Revision = 7;

    /// <summary>Every case id: the templates' ids and <see cref="EveryFeature"/>.</summary>
    public static IReadOnlyList<string> All => [.. DesignTemplates.All.Select(t => t.Id), EveryFeature];

    /// <summary><see cref="All"/> as theory data.</summary>
    public static TheoryData<string> Ids => [.. All];

    /// <summary>The folder of this file in the repository.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "AgentStudio.Tests", "Exporting", "Python");

    /// <summary>A fresh copy of the case's design, loaded from its JSON.</summary>
    public static DesignDocument Load(string id)
    {
        var json = id == EveryFeature
            ? File.ReadAllText(Path.Combine(Folder, "every-feature.agentstudio.json"))
            : DesignTemplates.ReadJson(id);
        var result = DesignSerializer.Load(json);
        return result.Design ?? throw new InvalidOperationException($"{id} does not load: {string.Join("; ", result.Problems)}");
    }

    /// <summary>The case exported to Python; fails the test when the export refuses.</summary>
    public static CodeExport Export(string id) => Export(Load(id));

    /// <summary><paramref name="design"/> exported to Python; fails the test when the export refuses.</summary>
    public static CodeExport Export(DesignDocument design)
    {
        var export = new PythonGenerator().Generate(new ExportSource(design, Revision));
        Assert.True(export.Succeeded, string.Join("\n", export.Refusals.Select(r => $"{r.ElementName}: {r.Message}")));
        return export;
    }

    /// <summary>Writes the export's files under <paramref name="folder"/>.</summary>
    public static void WriteTo(CodeExport export, string folder)
    {
        foreach (var file in export.Files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }
}
