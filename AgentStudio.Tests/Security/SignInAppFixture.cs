using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Security;

/// <summary>
/// A real app listening on every interface, which requires sign-in, with an administrator and a plain user
/// added beforehand by the <c>users add</c> verb on its data folder, as a person would set it up.
/// </summary>
public sealed class SignInAppFixture : IAsyncLifetime
{
    /// <summary>The administrator's email.</summary>
    public const string AdministratorEmail = "admin@example.com";

    /// <summary>The plain user's email.</summary>
    public const string UserEmail = "user@example.com";

    /// <summary>Both accounts' password.</summary>
    public const string Password = "Correct-Horse-42";

    private AppProcess? _app;

    internal AppProcess App => _app ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Where to connect: 127.0.0.1, though the app listens on 0.0.0.0.</summary>
    public Uri BaseAddress => App.BaseAddress;

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _app = await AppProcess.StartBuiltAsync(new AppProcessOptions
    {
        ListenOnAllInterfaces = true,
        PrepareDataFolderAsync = async (dataFolder, cancellationToken) =>
        {
            await AddUserAsync(dataFolder, AdministratorEmail, administrator: true, cancellationToken);
            await AddUserAsync(dataFolder, UserEmail, administrator: false, cancellationToken);
        },
    });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static Task AddUserAsync(string dataFolder, string email, bool administrator, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(RepositoryPaths.AppBuildOutput, "AgentStudio.dll");
        string[] arguments = [dll, "users", "add", email, "--password-stdin", "--data-folder", dataFolder, .. administrator ? ["--admin"] : Array.Empty<string>()];
        return DotnetCli.RunAsync(arguments, cancellationToken, standardInput: Password + "\n");
    }
}
