using AgentStudio.Cli;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task Validate_ValidDesign_ExitsZero_AndSaysValid()
    {
        var file = Write("ok.agentstudio.json", DesignSerializer.Write(ValidDesign()));

        var (exitCode, output) = await RunAsync("validate", file);

        Assert.Equal(CliApp.Success, exitCode);
        Assert.Contains("ok.agentstudio.json: valid (0 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DesignWithErrors_PrintsCodeSeverityPathMessage_AndExitsTwo()
    {
        var file = Write("no-entry.agentstudio.json", DesignSerializer.Write(ValidDesign() with { Entry = null }));

        var (exitCode, output) = await RunAsync("validate", file);

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Matches(@"AS\d{4} error \$\.entry: ", output);
        Assert.Contains("invalid (1 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MalformedJson_SaysItDoesNotLoad_AndExitsTwo()
    {
        var file = Write("broken.agentstudio.json", "{ \"format\": \"agentstudio.design\", ");

        var (exitCode, output) = await RunAsync("validate", file);

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("does not load", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwo_NamingTheFile()
    {
        var missing = Path.Combine(_folder.Path, "nowhere.agentstudio.json");

        var (exitCode, output) = await RunAsync("validate", missing);

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("nowhere.agentstudio.json does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WithoutFileArgument_IsAUsageError_ExitTwo()
    {
        var (exitCode, output) = await RunAsync("validate");

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.NotEmpty(output);
    }

    [Fact]
    public void IsCliInvocation_OnlyForKnownVerbs()
    {
        Assert.True(CliApp.IsCliInvocation(["validate", "x.json"]));
        Assert.False(CliApp.IsCliInvocation([]));
        Assert.False(CliApp.IsCliInvocation(["--urls", "http://127.0.0.1:5000"]));
    }

    private static DesignDocument ValidDesign() => new()
    {
        Name = "One agent",
        Entry = "helper",
        Agents = [new AgentDefinition { Id = "helper", Name = "HelperAgent", Instructions = "Answer the user's question briefly." }],
    };

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, output, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
