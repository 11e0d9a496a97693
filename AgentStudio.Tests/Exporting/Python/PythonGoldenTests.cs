using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Exporting.Python;

/// <summary>
/// The Python export of each template (and of the every-feature design) equals the files checked in under
/// Exporting/Golden/python/&lt;id&gt;/, byte for byte. After a deliberate change to the generator, rewrite them with
/// <c>AGENTSTUDIO_UPDATE_GOLDEN=1 dotnet test --project AgentStudio.Tests -c Release --no-build -- --filter-class '*PythonGoldenTests'</c>
/// and read the diff: the files must still look as a person would write them.
/// </summary>
public sealed class PythonGoldenTests
{
    private static bool Update => Environment.GetEnvironmentVariable("AGENTSTUDIO_UPDATE_GOLDEN") == "1";

    [Theory]
    [MemberData(nameof(PythonExportCases.Ids), MemberType = typeof(PythonExportCases))]
    public void Export_EqualsGoldenFiles(string id)
    {
        var export = PythonExportCases.Export(id);
        var folder = Path.Combine(RepositoryPaths.Root, "AgentStudio.Tests", "Exporting", "Golden", "python", id);
        if (Update)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            PythonExportCases.WriteTo(export, folder);
        }

        var expected = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];
        Assert.Equal(expected, export.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var file in export.Files)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(folder, file.Path)), file.Content);
        }
    }

    [Fact]
    public void Export_IsDeterministic_SameDesignGivesSameBytes()
    {
        foreach (var id in PythonExportCases.All)
        {
            var first = PythonExportCases.Export(PythonExportCases.Load(id));
            var second = PythonExportCases.Export(PythonExportCases.Load(id));
            Assert.Equal(first.Files, second.Files);
        }
    }

    [Fact]
    public void Export_FilesAreTheProjectsFiles_InFixedOrder()
    {
        var export = PythonExportCases.Export("hybrid-support");
        Assert.Equal(["requirements.txt", "agents_app.py", "main.py", "README.md"], export.Files.Select(f => f.Path));
        Assert.Equal("openai-agents==0.24.0\nhttpx==0.28.1\n", export.Files[0].Content);
        Assert.All(export.Files, f => Assert.EndsWith("\n", f.Content, StringComparison.Ordinal));
        Assert.All(export.Files, f => Assert.DoesNotContain("\r", f.Content, StringComparison.Ordinal));
    }
}
