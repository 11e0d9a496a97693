using System.CommandLine;
using System.Globalization;
using AgentStudio.Security.ApiKeys;
using AgentStudio.Storage;

namespace AgentStudio.Cli;

/// <summary>
/// <c>api-key create &lt;name&gt;</c>, <c>api-key list</c> and <c>api-key revoke &lt;name&gt;</c>: the keys scripts and CI
/// call the app's API with, in the app's own database. <c>create</c> prints the key alone on standard output
/// (<c>KEY=$(… api-key create ci)</c>) and its note on standard error. Exit codes: 0 done, 2 refused (a name in
/// use, no such key, or usage).
/// </summary>
internal static class ApiKeyCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<DirectoryInfo?, IConfiguration> configuration)
    {
        var createName = new Argument<string>("name") { Description = "What or who uses the key (e.g. \"ci\"); unique among keys in use." };
        var createDataFolder = CliHost.DataFolderOption();
        var create = new Command("create", "Make a key and print it; it is shown this once.") { createName, createDataFolder };
        create.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await OpenAsync(configuration(parseResult.GetValue(createDataFolder)), cancellationToken);
            return await CreateAsync(services.GetRequiredService<ApiKeyStore>(), parseResult.GetRequiredValue(createName), output, error, cancellationToken);
        });

        var listDataFolder = CliHost.DataFolderOption();
        var list = new Command("list", "List the keys: name, prefix, created, last used, revoked.") { listDataFolder };
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await OpenAsync(configuration(parseResult.GetValue(listDataFolder)), cancellationToken);
            return await ListAsync(services.GetRequiredService<ApiKeyStore>(), output, cancellationToken);
        });

        var revokeName = new Argument<string>("name") { Description = "The name of the key in use to revoke." };
        var revokeDataFolder = CliHost.DataFolderOption();
        var revoke = new Command("revoke", "Revoke a key: it authenticates nothing from now on.") { revokeName, revokeDataFolder };
        revoke.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await OpenAsync(configuration(parseResult.GetValue(revokeDataFolder)), cancellationToken);
            var name = parseResult.GetRequiredValue(revokeName);
            if (await services.GetRequiredService<ApiKeyStore>().RevokeAsync(name, cancellationToken))
            {
                await output.WriteLineAsync($"Revoked the API key \"{name.Trim()}\".");
                return CliApp.Success;
            }

            await error.WriteLineAsync($"error: no API key in use is named \"{name.Trim()}\" (see 'api-key list').");
            return CliApp.InvalidInput;
        });

        return new Command("api-key", "Manage the keys that call the app's API: exit 0 done, 2 refused.") { create, list, revoke };
    }

    private static async Task<int> CreateAsync(ApiKeyStore store, string name, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var created = await store.CreateAsync(name, cancellationToken);
            await output.WriteLineAsync(created.Secret);
            await error.WriteLineAsync($"Created the API key \"{created.Key.Name}\" ({created.Key.Prefix}…). This is the only time it is shown: store it now.");
            return CliApp.Success;
        }
        catch (ApiKeyNameException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return CliApp.InvalidInput;
        }
    }

    private static async Task<int> ListAsync(ApiKeyStore store, TextWriter output, CancellationToken cancellationToken)
    {
        var keys = await store.ListAsync(cancellationToken);
        foreach (var key in keys)
        {
            var lastUsed = key.LastUsedAt is { } used ? Time(used) : "never used";
            var revoked = key.RevokedAt is { } at ? $"  revoked {Time(at)}" : "";
            await output.WriteLineAsync($"{key.Name}  {key.Prefix}…  created {Time(key.CreatedAt)}  {(key.LastUsedAt is null ? lastUsed : $"last used {lastUsed}")}{revoked}");
        }

        await output.WriteLineAsync($"{keys.Count} key(s).");
        return CliApp.Success;
    }

    private static string Time(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static Task<ServiceProvider> OpenAsync(IConfiguration configuration, CancellationToken cancellationToken) =>
        CliStorage.OpenAsync(configuration, services => services.AddSingleton<ApiKeyStore>(), cancellationToken);
}
