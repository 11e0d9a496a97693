using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Cli;

/// <summary>The verbs through the real entry point, as <c>dotnet run --project AgentStudio -- validate</c> runs them.</summary>
public sealed class CliProcessTests
{
    [Fact]
    public async Task ValidateVerb_RunsInsteadOfTheWebServer_WithExitCodes()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var folder = new TemporaryFolder();
        var good = Path.Combine(folder.Path, "good.agentstudio.json");
        var bad = Path.Combine(folder.Path, "bad.agentstudio.json");
        await File.WriteAllTextAsync(good, DesignSerializer.Write(new DesignDocument
        {
            Name = "Solo",
            Entry = "solo",
            Agents = [new AgentDefinition { Id = "solo", Name = "SoloAgent", Instructions = "Answer briefly." }],
        }), cancellationToken);
        await File.WriteAllTextAsync(bad, "not json", cancellationToken);
        var surrogate = Path.Combine(folder.Path, "surrogate.agentstudio.json");
        await File.WriteAllTextAsync(surrogate, "{\"format\":\"agentstudio.design\",\"version\":1,\"name\":\"x\",\"layout\":{\"\\ud800\":{\"x\":1,\"y\":1}}}", cancellationToken);
        var dll = Path.Combine(RepositoryPaths.AppBuildOutput, "AgentStudio.dll");

        var (goodExit, goodOutput) = await DotnetCli.RunAsync([dll, "validate", good], cancellationToken, throwOnFailure: false);
        var (badExit, badOutput) = await DotnetCli.RunAsync([dll, "validate", bad], cancellationToken, throwOnFailure: false);

        Assert.True(goodExit == 0, goodOutput);
        Assert.True(badExit == 2, badOutput);
        Assert.Contains("does not load", badOutput, StringComparison.Ordinal);

        var (surrogateExit, surrogateOutput) = await DotnetCli.RunAsync([dll, "validate", surrogate], cancellationToken, throwOnFailure: false);
        Assert.True(surrogateExit == 2, surrogateOutput);
        Assert.Contains("AS0014 error $.layout['\\ud800']", surrogateOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", surrogateOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadmeValidateExample_ThroughDotnetRun_ReadsARelativePathFromTheCallersDirectory()
    {
        // The README's `dotnet run --project AgentStudio -- validate my-design.agentstudio.json`, typed in a folder
        // that holds the file: the Web SDK used to start the app in the project folder, where there is no such file.
        var cancellationToken = TestContext.Current.CancellationToken;
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "my-design.agentstudio.json"), DesignSerializer.Write(new DesignDocument
        {
            Name = "Solo",
            Entry = "solo",
            Agents = [new AgentDefinition { Id = "solo", Name = "SoloAgent", Instructions = "Answer briefly." }],
        }), cancellationToken);

        var (exit, output) = await DotnetCli.RunAsync(
            ["run", "--project", RepositoryPaths.AppProject, "-c", RepositoryPaths.Configuration, "--no-build", "--", "validate", "my-design.agentstudio.json"],
            cancellationToken, throwOnFailure: false, workingDirectory: folder.Path);

        Assert.True(exit == 0, output);
        Assert.Contains("my-design.agentstudio.json: valid (0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportVerb_ThroughDotnetRun_ReadsTheDesignAndWritesTheProject_RelativeToTheCallersDirectory()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "my-design.agentstudio.json"), DesignSerializer.Write(new DesignDocument
        {
            Name = "Solo",
            Entry = "solo",
            Agents = [new AgentDefinition { Id = "solo", Name = "SoloAgent", Instructions = "Answer briefly." }],
        }), cancellationToken);

        var (exit, output) = await DotnetCli.RunAsync(
            ["run", "--project", RepositoryPaths.AppProject, "-c", RepositoryPaths.Configuration, "--no-build", "--", "export", "my-design.agentstudio.json", "--to", "python", "--out", "exported"],
            cancellationToken, throwOnFailure: false, workingDirectory: folder.Path);

        Assert.True(exit == 0, output);
        var written = Directory.GetFiles(Path.Combine(folder.Path, "exported"), "*", SearchOption.AllDirectories);
        Assert.NotEmpty(written);
        Assert.Contains(written, f => File.ReadAllText(f).Contains("SoloAgent", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(folder.Path, "exported"), output, StringComparison.Ordinal);
    }
}
