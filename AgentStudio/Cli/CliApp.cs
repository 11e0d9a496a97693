using System.CommandLine;

namespace AgentStudio.Cli;

/// <summary>
/// The app's command-line verbs (<c>dotnet run --project AgentStudio -- validate file</c>). A first
/// argument naming a verb runs it instead of the web server.
/// </summary>
internal static class CliApp
{
    /// <summary>Exit code of a successful command.</summary>
    public const int Success = 0;

    /// <summary>Exit code of a run that failed (a later verb's meaning; kept here so all codes sit together).</summary>
    public const int Failed = 1;

    /// <summary>Exit code of an invalid design, an unreadable file or a wrong command line.</summary>
    public const int InvalidInput = 2;

    private static readonly IReadOnlyList<Func<TextWriter, TextWriter, Command>> Verbs =
    [
        (output, _) => ValidateCommand.Create(output),
        (output, error) => RunCommand.Create(output, error, LoadConfiguration),
        (_, _) => McpServerCommand.Create(),
    ];

    /// <summary>Whether the arguments ask for a command-line verb rather than the web app.</summary>
    public static bool IsCliInvocation(IReadOnlyList<string> args) =>
        args.Count > 0 && Verbs.Any(create => create(TextWriter.Null, TextWriter.Null).Name == args[0]);

    /// <summary>Parses and runs a verb; usage errors print help and exit with <see cref="InvalidInput"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("AgentStudio: design, validate and run LLM agent graphs.");
        foreach (var create in Verbs)
        {
            root.Subcommands.Add(create(output, error));
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            return InvalidInput;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }

    /// <summary>The app's configuration as the web app would see it: appsettings, user secrets, environment.</summary>
    private static IConfiguration LoadConfiguration()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddUserSecrets(typeof(CliApp).Assembly, optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
