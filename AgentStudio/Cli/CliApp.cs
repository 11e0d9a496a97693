using System.CommandLine;
using AgentStudio.Core.Exporting;
using AgentStudio.Exporting;

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

    /// <summary>Whether the arguments ask for a command-line verb rather than the web app.</summary>
    public static bool IsCliInvocation(IReadOnlyList<string> args) =>
        args.Count > 0 && Verbs([], TextReader.Null, TextWriter.Null, TextWriter.Null, ShippedCodeExporter.Instance).Any(verb => verb.Name == args[0]);

    /// <summary>Parses and runs a verb reading the console's standard input; usage errors exit with <see cref="InvalidInput"/>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.In, output, error, cancellationToken);

    /// <summary>Parses and runs a verb with the given standard input (a password for <c>users add</c>).</summary>
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, input, output, error, ShippedCodeExporter.Instance, cancellationToken);

    /// <summary>Parses and runs a verb, exporting through <paramref name="exporter"/> (the shipped generators, or a test's).</summary>
    internal static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CodeExporter exporter, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("AgentStudio: design, validate, run and export LLM agent graphs.");
        foreach (var verb in Verbs(args, input, output, error, exporter))
        {
            root.Subcommands.Add(verb);
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

    // Each verb that reads the app's configuration or data builds its services from the command line it was given.
    private static IEnumerable<Command> Verbs(string[] args, TextReader input, TextWriter output, TextWriter error, CodeExporter exporter) =>
    [
        ValidateCommand.Create(output),
        ExportCommand.Create(output, error, exporter),
        RunCommand.Create(output, error, dataFolder => CliHost.CreateBuilder(args, dataFolder)),
        McpServerCommand.Create(),
        UsersCommand.Create(input, output, error, dataFolder => CliHost.CreateBuilder(args, dataFolder).Configuration),
        ApiKeyCommand.Create(output, error, dataFolder => CliHost.CreateBuilder(args, dataFolder).Configuration),
        DesignsCommand.Create(output, error, dataFolder => CliHost.CreateBuilder(args, dataFolder).Configuration),
    ];
}
