using AgentStudio.Cli;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Cli;

/// <summary><c>api-key create</c>, <c>list</c> and <c>revoke</c> in-process, against a temporary data folder.</summary>
public sealed class ApiKeyCommandTests : IDisposable
{
    private readonly TemporaryFolder _dataFolder = new();

    [Fact]
    public async Task Create_PrintsOnlyTheKey_ListShowsItsPrefixNotTheKey_AndRevokeMarksIt()
    {
        var created = await RunAsync("api-key", "create", "ci");
        var key = created.Output.TrimEnd('\n', '\r');
        var listed = await RunAsync("api-key", "list");
        var revoked = await RunAsync("api-key", "revoke", "ci");
        var listedAfter = await RunAsync("api-key", "list");

        Assert.Equal(CliApp.Success, created.ExitCode);
        Assert.Matches("^as_[A-Za-z0-9_-]{43}$", key);
        Assert.Contains($"\"ci\" ({key[..11]}…)", created.Error, StringComparison.Ordinal);
        Assert.Equal(CliApp.Success, listed.ExitCode);
        Assert.StartsWith($"ci  {key[..11]}…  created ", listed.Output, StringComparison.Ordinal);
        Assert.Contains("never used", listed.Output, StringComparison.Ordinal);
        Assert.Contains("1 key(s).", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed.Output + listedAfter.Output + revoked.Output, StringComparison.Ordinal);
        Assert.Equal(CliApp.Success, revoked.ExitCode);
        Assert.Contains("Revoked the API key \"ci\".", revoked.Output, StringComparison.Ordinal);
        Assert.Contains("  revoked ", listedAfter.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATakenName_AnUnknownKey_AndAMissingName_ExitTwo_WithTheReason()
    {
        await RunAsync("api-key", "create", "ci");

        var taken = await RunAsync("api-key", "create", "ci");
        var unknown = await RunAsync("api-key", "revoke", "nobody");
        var missing = await RunAsync("api-key", "create");

        Assert.Equal(CliApp.InvalidInput, taken.ExitCode);
        Assert.Equal("", taken.Output);
        Assert.Contains("\"ci\" is already in use", taken.Error, StringComparison.Ordinal);
        Assert.Equal(CliApp.InvalidInput, unknown.ExitCode);
        Assert.Contains("no API key in use is named \"nobody\"", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(CliApp.InvalidInput, missing.ExitCode);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync([.. args, "--data-folder", _dataFolder.Path], TextReader.Null, output, error, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dataFolder.Dispose();
    }
}
