using System.CommandLine;
using AgentStudio.Storage;

namespace AgentStudio.Cli;

/// <summary>
/// The services of a verb, composed as the web app composes its own: the same configuration sources (appsettings
/// beside the app, user secrets in Development, environment, command line), the same data folder, key ring and
/// settings-page providers and secrets. A verb adds what it needs (the engine, the account store) and builds.
/// </summary>
internal static class CliHost
{
    /// <summary>A builder for a verb's services, with logging off: standard output belongs to the verb.</summary>
    /// <param name="args">The command line, read as configuration like the web app's.</param>
    /// <param name="dataFolder">The verb's <c>--data-folder</c>, which wins over configuration; null to keep it.</param>
    public static HostApplicationBuilder CreateBuilder(string[] args, DirectoryInfo? dataFolder)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            // The app's name finds its user secrets (the entry assembly may be a test host) and its key ring's purpose.
            ApplicationName = typeof(CliHost).Assembly.GetName().Name,
            // appsettings.json sits beside the app, wherever the verb is run from.
            ContentRootPath = AppContext.BaseDirectory,
            // The web app also reads ASPNETCORE_ENVIRONMENT; a verb must see the same environment as the app.
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"),
        });
        if (dataFolder is not null)
        {
            builder.Configuration.AddInMemoryCollection([new($"{StorageOptions.SectionName}:{nameof(StorageOptions.DataFolder)}", dataFolder.FullName)]);
        }

        builder.Logging.ClearProviders();
        return builder;
    }

    /// <summary>
    /// The <c>--data-folder</c> option of the verbs that read the app's data. The app's own setting,
    /// <c>--AgentStudio:DataFolder</c>, is accepted too, so the command line that starts the app also names the verb's folder.
    /// </summary>
    public static Option<DirectoryInfo?> DataFolderOption()
    {
        var option = new Option<DirectoryInfo?>("--data-folder") { Description = "The app's data folder; by default AgentStudio:DataFolder or the per-user folder the app uses." };
        option.Aliases.Add("--AgentStudio:DataFolder");
        return option;
    }
}
