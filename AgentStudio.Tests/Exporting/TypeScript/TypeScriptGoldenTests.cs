using System.Text.Json.Nodes;
using AgentStudio.Core.Exporting;
using AgentStudio.Core.Exporting.TypeScript;
using AgentStudio.Core.Templates;
using AgentStudio.Tests.Support;
using AgentStudio.Tests.WireFidelity;

namespace AgentStudio.Tests.Exporting.TypeScript;

/// <summary>
/// The TypeScript export of each template and of a design with a tool of every kind, byte for byte, against the golden files in
/// Exporting/Golden/typescript/&lt;design&gt;/ (AGENTSTUDIO_UPDATE_GOLDEN=1 rewrites them, to be read and committed);
/// that it is prettier's layout; and that the same design always gives the same bytes.
/// </summary>
public sealed class TypeScriptGoldenTests
{
    public static TheoryData<string> Templates => TypeScriptExports.Templates;

    public static TheoryData<string> GoldenDesigns => TypeScriptExports.GoldenDesigns;

    private static string GoldenFolder(string template) =>
        Path.Combine(RepositoryPaths.Root, "AgentStudio.Tests", "Exporting", "Golden", "typescript", template);

    [Theory]
    [MemberData(nameof(GoldenDesigns))]
    public void Design_ExportsAsTheGoldenFiles(string template)
    {
        var export = TypeScriptExports.Export(TypeScriptExports.DesignJson(template));
        var folder = GoldenFolder(template);
        if (Environment.GetEnvironmentVariable("AGENTSTUDIO_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            TypeScriptExports.WriteTo(export, folder);
        }

        Assert.True(export.Succeeded, string.Join("\n", export.Refusals));
        var golden = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(golden, export.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var file in export.Files)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(folder, file.Path)), file.Content);
        }
    }

    [Theory]
    [MemberData(nameof(GoldenDesigns))]
    public async Task Design_Export_IsAsPrettierLeavesIt(string template)
    {
        using var folder = new TemporaryFolder("agentstudio-ts-prettier");
        TypeScriptExports.WriteTo(TypeScriptExports.Export(TypeScriptExports.DesignJson(template)), folder.Path);

        // Throws with prettier's list of the files it would change when one is not formatted as prettier formats it.
        await NodeSdk.RunAsync(Path.Combine("node_modules", "prettier", "bin", "prettier.cjs"), ["--check", folder.Path],
            TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task UnusualDesign_Export_IsAsPrettierLeavesIt()
    {
        using var folder = new TemporaryFolder("agentstudio-ts-prettier");
        TypeScriptExports.WriteTo(TypeScriptExports.Export(TypeScriptDesigns.Unusual), folder.Path);

        await NodeSdk.RunAsync(Path.Combine("node_modules", "prettier", "bin", "prettier.cjs"), ["--check", folder.Path],
            TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(GoldenDesigns))]
    public void Export_IsDeterministic(string template)
    {
        var first = TypeScriptExports.Export(TypeScriptExports.DesignJson(template));
        var second = new CodeExporter(CodeGenerators.All).Export(
            new ExportSource(AgentStudio.Core.Serialization.DesignSerializer.Load(TypeScriptExports.DesignJson(template)).Design!, 1), CodeTarget.TypeScript);

        Assert.Equal(first.Files, second.Files);
    }

    [Fact]
    public void PackageJson_PinsTheVersionsTheTestsRunWith()
    {
        var tested = JsonNode.Parse(File.ReadAllText(Path.Combine(NodeSdk.Folder, "package.json")))!["dependencies"]!;
        var exported = JsonNode.Parse(TypeScriptExports.Export(DesignTemplates.ReadJson("customer-support")).Files.Single(f => f.Path == "package.json").Content)!;

        Assert.Equal((string?)tested["@openai/agents"], (string?)exported["dependencies"]!["@openai/agents"]);
        Assert.Equal((string?)tested["@openai/agents-core"], (string?)exported["dependencies"]!["@openai/agents-core"]);
        Assert.Equal((string?)tested["openai"], (string?)exported["dependencies"]!["openai"]);
        Assert.Equal((string?)tested["zod"], (string?)exported["dependencies"]!["zod"]);
        Assert.Equal((string?)tested["tsx"], (string?)exported["devDependencies"]!["tsx"]);
        Assert.Equal(TypeScriptPackages.Agents, (string?)exported["dependencies"]!["@openai/agents"]);
    }
}
