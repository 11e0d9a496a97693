using AgentStudio.Cli;
using AgentStudio.Core.Designs;
using System.Text;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Validation;
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
    public async Task Validate_LoneSurrogate_ExitsTwo_WithTheProblemAndItsPath_AndNoStackTrace()
    {
        var file = Write("surrogate.agentstudio.json", "{\"format\":\"agentstudio.design\",\"version\":1,\"name\":\"\\ud800\"}");

        var (exitCode, output) = await RunAsync("validate", file);

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains($"{ProblemCodes.LoneSurrogate} error $.name: ", output, StringComparison.Ordinal);
        Assert.Contains("does not load", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_InvalidUtf8_IsRefused_AsTheBrowserImportRefusesIt()
    {
        var path = Path.Combine(_folder.Path, "latin1.agentstudio.json");
        var text = DesignSerializer.Write(ValidDesign() with { Description = "caf\u00e9" });
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text));

        var (exitCode, output) = await RunAsync("validate", path);

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains($"{ProblemCodes.InvalidUtf8} error $: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_DuplicateKey_WarnsWithItsPath_AndTheFileIsValid()
    {
        var text = DesignSerializer.Write(ValidDesign()).Replace("\"name\": \"One agent\"", "\"name\": \"Old\", \"name\": \"One agent\"", StringComparison.Ordinal);
        var file = Write("twice.agentstudio.json", text);

        var (exitCode, output) = await RunAsync("validate", file);

        Assert.Equal(CliApp.Success, exitCode);
        Assert.Contains($"{ProblemCodes.DuplicateProperty} warning $.name: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ThousandsOfProblems_PrintsAFewOfEachCode_AndTheTrueCounts()
    {
        var chain = Core.Validation.BoundedValidationTests.QuadraticChain(3_000);
        var design = chain with { Agents = [.. chain.Agents.Select(a => a with { Instructions = null })] };
        var file = Write("chain.agentstudio.json", DesignSerializer.Write(design));

        var (exitCode, output) = await RunAsync("validate", file);

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.InRange(output.Length, 0, 64 * 1024);
        Assert.Contains("… and 2,980 more AS0205 problems like the ones above", output, StringComparison.Ordinal);
        Assert.Contains("(1 error(s), 3000 warning(s))", output, StringComparison.Ordinal);
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
