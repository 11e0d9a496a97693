namespace AgentStudio.Tests.Support;

/// <summary>How a test starts its own <see cref="AppProcess"/>; the defaults are the shared browser app's (loopback, zero setup).</summary>
internal sealed record AppProcessOptions
{
    /// <summary>
    /// Listen on every interface (<c>http://0.0.0.0:port</c>), which makes the app require sign-in; tests still
    /// connect through 127.0.0.1.
    /// </summary>
    public bool ListenOnAllInterfaces { get; init; }

    /// <summary>More command-line arguments, e.g. <c>--AgentStudio:Security:RequireSignIn true</c>.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Runs on the empty data folder before the app starts, e.g. <c>users add</c> through the CLI.</summary>
    public Func<string, CancellationToken, Task>? PrepareDataFolderAsync { get; init; }
}
