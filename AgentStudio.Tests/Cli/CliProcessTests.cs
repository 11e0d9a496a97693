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
        var dll = Path.Combine(RepositoryPaths.AppBuildOutput, "AgentStudio.dll");

        var (goodExit, goodOutput) = await DotnetCli.RunAsync([dll, "validate", good], cancellationToken, throwOnFailure: false);
        var (badExit, badOutput) = await DotnetCli.RunAsync([dll, "validate", bad], cancellationToken, throwOnFailure: false);

        Assert.True(goodExit == 0, goodOutput);
        Assert.True(badExit == 2, badOutput);
        Assert.Contains("does not load", badOutput, StringComparison.Ordinal);
    }
}
