using AgentStudio.Cli;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;
using AgentStudio.Core.Serialization;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Cli;

/// <summary><c>export</c> over test generators: what it writes, what it refuses, and that a refusal writes nothing.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Export_ValidDesign_WritesEveryFile_AndExitsZero()
    {
        var file = WriteDesign(ValidDesign());
        var outFolder = Path.Combine(_folder.Path, "out");

        var (exitCode, output) = await RunAsync(FakeCodeGenerator.Exporter(), "export", file, "--to", "python", "--out", outFolder);

        Assert.True(exitCode == CliApp.Success, output);
        Assert.Equal("# Two agents\n", await File.ReadAllTextAsync(Path.Combine(outFolder, "README.md"), TestContext.Current.CancellationToken));
        Assert.Equal("# Two agents, revision none\nprint(\"2 agents\")\n", await File.ReadAllTextAsync(Path.Combine(outFolder, "src", "main.py"), TestContext.Current.CancellationToken));
        Assert.Contains("Wrote 2 file(s) of the Python project", output, StringComparison.Ordinal);
        Assert.Contains("  src/main.py", output, StringComparison.Ordinal);
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Where(n => n != "design.agentstudio.json"));
    }

    [Fact]
    public async Task Export_IntoANonEmptyFolder_WithoutForce_ExitsTwo_AndChangesNothing()
    {
        var file = WriteDesign(ValidDesign());
        var outFolder = Directory.CreateDirectory(Path.Combine(_folder.Path, "busy")).FullName;
        await File.WriteAllTextAsync(Path.Combine(outFolder, "README.md"), "mine", TestContext.Current.CancellationToken);

        var (exitCode, output) = await RunAsync(FakeCodeGenerator.Exporter(), "export", file, "--to", "typescript", "--out", outFolder);

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains($"{outFolder} is not empty; give --force", output, StringComparison.Ordinal);
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(outFolder, "README.md"), TestContext.Current.CancellationToken));
        Assert.Equal(["README.md"], Directory.GetFileSystemEntries(outFolder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Export_WithForce_ReplacesTheFilesItWrites_AndKeepsEveryOtherFile()
    {
        var file = WriteDesign(ValidDesign());
        var outFolder = Directory.CreateDirectory(Path.Combine(_folder.Path, "busy")).FullName;
        await File.WriteAllTextAsync(Path.Combine(outFolder, "README.md"), "old", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(outFolder, "notes.txt"), "keep me", TestContext.Current.CancellationToken);

        var (exitCode, output) = await RunAsync(FakeCodeGenerator.Exporter(), "export", file, "--to", "csharp", "--out", outFolder, "--force");

        Assert.True(exitCode == CliApp.Success, output);
        Assert.Equal("# Two agents\n", await File.ReadAllTextAsync(Path.Combine(outFolder, "README.md"), TestContext.Current.CancellationToken));
        Assert.Equal("keep me", await File.ReadAllTextAsync(Path.Combine(outFolder, "notes.txt"), TestContext.Current.CancellationToken));
        Assert.True(File.Exists(Path.Combine(outFolder, "src", "main.py")));
        // The staging folder beside it is gone.
        Assert.Equal(["busy", "design.agentstudio.json"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Export_UnknownTarget_ExitsTwo_ListingTheKnownTargets()
    {
        var file = WriteDesign(ValidDesign());
        var outFolder = Path.Combine(_folder.Path, "out");

        var (exitCode, output) = await RunAsync(FakeCodeGenerator.Exporter(), "export", file, "--to", "cobol", "--out", outFolder);

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("unknown target 'cobol'; known targets: python, typescript, csharp.", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outFolder));
    }

    [Fact]
    public async Task Export_DesignWithErrors_PrintsTheProblemsAsValidateDoes_AndWritesNothing()
    {
        var file = WriteDesign(ValidDesign() with { Entry = "nobody" });
        var outFolder = Path.Combine(_folder.Path, "out");

        var (exitCode, output) = await RunAsync(FakeCodeGenerator.Exporter(), "export", file, "--to", "python", "--out", outFolder);

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("design.agentstudio.json: The design has 1 error(s) and cannot be exported", output, StringComparison.Ordinal);
        Assert.Matches(@"\n  AS\d{4} error \$\.entry: ", output);
        Assert.False(Directory.Exists(outFolder));
    }

    [Fact]
    public async Task Export_FileThatDoesNotLoad_ExitsTwo_WithItsProblems()
    {
        var file = Path.Combine(_folder.Path, "broken.agentstudio.json");
        await File.WriteAllTextAsync(file, "{ \"format\": ", TestContext.Current.CancellationToken);

        var (exitCode, output) = await RunAsync(FakeCodeGenerator.Exporter(), "export", file, "--to", "python", "--out", Path.Combine(_folder.Path, "out"));

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("broken.agentstudio.json does not load:", output, StringComparison.Ordinal);
        Assert.Matches(@"  AS\d{4} error \$", output);
    }

    [Fact]
    public async Task Export_WhatTheTargetCannotExpress_ExitsTwo_NamingTheElement_AndWritesNothing()
    {
        var file = WriteDesign(ValidDesign());
        var outFolder = Path.Combine(_folder.Path, "out");

        var (exitCode, output) = await RunAsync(FakeCodeGenerator.Exporter(refusedAgentIds: "billing"), "export", file, "--to", "typescript", "--out", outFolder);

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("TypeScript cannot express 1 thing(s) in this design:", output, StringComparison.Ordinal);
        Assert.Contains($"  BillingAgent: {FakeCodeGenerator.RefusalMessage}", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outFolder));
    }

    [Fact]
    public async Task Export_MissingDesignFile_ExitsTwo_NamingIt()
    {
        var (exitCode, output) = await RunAsync(FakeCodeGenerator.Exporter(), "export", Path.Combine(_folder.Path, "nowhere.agentstudio.json"), "--to", "python", "--out", Path.Combine(_folder.Path, "out"));

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("nowhere.agentstudio.json does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithoutOut_IsAUsageError()
    {
        var (exitCode, output) = await RunAsync(FakeCodeGenerator.Exporter(), "export", WriteDesign(ValidDesign()), "--to", "python");

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("--out", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WhereAFolderStandsInTheWayOfAFile_ExitsTwo_AndWritesNothing()
    {
        var file = WriteDesign(ValidDesign());
        var outFolder = Directory.CreateDirectory(Path.Combine(_folder.Path, "busy")).FullName;
        Directory.CreateDirectory(Path.Combine(outFolder, "README.md"));

        var (exitCode, output) = await RunAsync(FakeCodeGenerator.Exporter(), "export", file, "--to", "python", "--out", outFolder, "--force");

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("README.md is a folder", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(outFolder, "src")));
    }

    [Fact]
    public void ExportVerb_IsACliInvocation()
    {
        Assert.True(CliApp.IsCliInvocation(["export", "x.json", "--to", "python", "--out", "out"]));
    }

    internal static DesignDocument ValidDesign() => new()
    {
        Name = "Two agents",
        Entry = "triage",
        Agents =
        [
            new AgentDefinition { Id = "triage", Name = "TriageAgent", Instructions = "Route the user to billing." },
            new AgentDefinition { Id = "billing", Name = "BillingAgent", Instructions = "Answer billing questions.", HandoffDescription = "Billing questions." },
        ],
        Edges = [new HandoffEdge { Id = "to-billing", From = "triage", To = "billing" }],
    };

    private string WriteDesign(DesignDocument design)
    {
        var path = Path.Combine(_folder.Path, "design.agentstudio.json");
        File.WriteAllText(path, DesignSerializer.Write(design));
        return path;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(CodeExporter exporter, params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, TextReader.Null, output, output, exporter, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
