using AgentStudio.Core.Exporting;
using AgentStudio.Core.Exporting.CSharp;
using AgentStudio.Core.Templates;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Exporting.CSharp;

/// <summary>
/// The C# export of each template, and of the design with every kind of tool (every-tool.agentstudio.json), equals
/// its golden files byte for byte (Golden/csharp/&lt;id&gt;/, reviewed by reading them).
/// <c>AGENTSTUDIO_UPDATE_GOLDEN=1</c> rewrites them instead.
/// </summary>
public sealed class CSharpGoldenTests
{
    public static TheoryData<string> Templates => new(Ids);

    private static IReadOnlyList<string> Ids => [.. DesignTemplates.All.Select(t => t.Id), CSharpExportCases.EveryTool];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Export_OfTemplate_EqualsGoldenFiles(string templateId)
    {
        var export = Export(templateId, revision: 7);
        Assert.True(export.Succeeded, string.Join("; ", export.Refusals.Select(r => r.Message)));

        var folder = Path.Combine(RepositoryPaths.Root, "AgentStudio.Tests", "Exporting", "Golden", "csharp", templateId);
        if (Environment.GetEnvironmentVariable("AGENTSTUDIO_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            foreach (var file in export.Files)
            {
                File.WriteAllBytes(Path.Combine(folder, file.Path), System.Text.Encoding.UTF8.GetBytes(file.Content));
            }

            return;
        }

        var expected = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, export.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var file in export.Files)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(folder, file.Path)), file.Content);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Export_IsDeterministic_AndOnlyTheHeaderNamesTheRevision(string templateId)
    {
        var first = Export(templateId, revision: 3);
        var again = Export(templateId, revision: 3);
        var other = Export(templateId, revision: 4);

        Assert.Equal(first.Files, again.Files);
        Assert.Equal(first.Files.Select(f => f.Content.Replace("revision 3", "revision 4", StringComparison.Ordinal)), other.Files.Select(f => f.Content));
        Assert.All(first.Files.Where(f => f.Language == "csharp"), f => Assert.StartsWith(
            $"// AgentStudio export of revision 3 of the design \"{CSharpExportCases.Load(templateId).Name}\".\n", f.Content, StringComparison.Ordinal));
    }

    [Fact]
    public void Files_EndWithOneNewline_AndHaveNoTrailingSpacesOrCarriageReturns()
    {
        foreach (var file in Ids.SelectMany(id => Export(id, 1).Files))
        {
            Assert.EndsWith("\n", file.Content, StringComparison.Ordinal);
            Assert.False(file.Content.EndsWith("\n\n", StringComparison.Ordinal), file.Path);
            Assert.DoesNotContain('\r', file.Content);
            Assert.DoesNotContain(file.Content.Split('\n'), line => line.EndsWith(' '));
            Assert.DoesNotContain('\t', file.Content);
        }
    }

    [Fact]
    public void Generators_ListTheCSharpGenerator()
    {
        Assert.Contains(CodeGenerators.All, g => g is CSharpGenerator && g.Target == CodeTarget.CSharp);
    }

    private static CodeExport Export(string templateId, int revision) =>
        new CSharpGenerator().Generate(new ExportSource(CSharpExportCases.Load(templateId), revision));
}
