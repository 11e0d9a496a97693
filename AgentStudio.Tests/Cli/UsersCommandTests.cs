using AgentStudio.Cli;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Cli;

/// <summary><c>users add</c> and <c>users list</c> in-process, against a temporary data folder.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private const string StrongPassword = "Correct-Horse-42";

    private readonly TemporaryFolder _dataFolder = new();

    [Fact]
    public async Task UsersAdd_Admin_WithAStrongPassword_ExitsZero_AndListShowsTheAdministrator()
    {
        var (addExit, addOutput) = await RunAsync(StrongPassword, "users", "add", "admin@example.com", "--admin", "--password-stdin");
        var (userExit, _) = await RunAsync(StrongPassword, "users", "add", "user@example.com", "--password-stdin");
        var (listExit, listOutput) = await RunAsync("", "users", "list");

        Assert.Equal(CliApp.Success, addExit);
        Assert.Contains("Added admin@example.com (administrator).", addOutput, StringComparison.Ordinal);
        Assert.Equal(CliApp.Success, userExit);
        Assert.Equal(CliApp.Success, listExit);
        Assert.Contains("admin@example.com  administrator", listOutput, StringComparison.Ordinal);
        Assert.Contains("user@example.com\n", listOutput.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("2 account(s).", listOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_WeakPassword_IsRefusedWithIdentitysRules_AndExitsTwo()
    {
        var (exitCode, output) = await RunAsync("password", "users", "add", "admin@example.com", "--admin", "--password-stdin");
        var (_, listOutput) = await RunAsync("", "users", "list");

        Assert.Equal(CliApp.InvalidInput, exitCode);
        Assert.Contains("admin@example.com was not added", output, StringComparison.Ordinal);
        Assert.Contains("Passwords must be at least 10 characters.", output, StringComparison.Ordinal);
        Assert.Contains("Passwords must have at least one digit", output, StringComparison.Ordinal);
        Assert.Contains("0 account(s).", listOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_ExistingEmail_NoPassword_OrABadEmail_ExitTwo()
    {
        await RunAsync(StrongPassword, "users", "add", "admin@example.com", "--password-stdin");

        var (duplicateExit, duplicateOutput) = await RunAsync(StrongPassword, "users", "add", "admin@example.com", "--password-stdin");
        var (emptyExit, emptyOutput) = await RunAsync("", "users", "add", "other@example.com", "--password-stdin");
        var (badEmailExit, _) = await RunAsync(StrongPassword, "users", "add", "not-an-email", "--password-stdin");

        Assert.Equal(CliApp.InvalidInput, duplicateExit);
        Assert.Contains("is already taken", duplicateOutput, StringComparison.Ordinal);
        Assert.Equal(CliApp.InvalidInput, emptyExit);
        Assert.Contains("no password", emptyOutput, StringComparison.Ordinal);
        Assert.Equal(CliApp.InvalidInput, badEmailExit);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string standardInput, params string[] args)
    {
        using var input = new StringReader(standardInput);
        using var output = new StringWriter();
        var exitCode = await CliApp.RunAsync([.. args, "--data-folder", _dataFolder.Path], input, output, output, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }

    public void Dispose() => _dataFolder.Dispose();
}
