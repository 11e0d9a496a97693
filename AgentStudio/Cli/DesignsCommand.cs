using System.CommandLine;
using AgentStudio.Core.Validation;
using AgentStudio.Designs;
using AgentStudio.Storage;

namespace AgentStudio.Cli;

/// <summary>
/// <c>designs import &lt;file&gt; [--publish] [--data-folder DIR]</c>: stores a design file in the app's database, as the
/// designs page's Import does, and prints the new design's slug alone on standard output (<c>SLUG=$(… designs import
/// support.agentstudio.json --publish)</c>); notes and problems go to standard error. Exit codes: 0 imported, 2 refused
/// (the file is missing or does not load, <c>--publish</c> of a design with validation errors, or usage); nothing is
/// stored when refused.
/// </summary>
internal static class DesignsCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<DirectoryInfo?, IConfiguration> configuration)
    {
        var file = new Argument<FileInfo>("file") { Description = "The .agentstudio.json design file to import." };
        var publish = new Option<bool>("--publish") { Description = "Publish the imported revision, so the API serves it at once (refused when it has validation errors)." };
        var dataFolder = CliHost.DataFolderOption();
        var import = new Command("import", "Store a design file as a new design and print its slug: exit 0 imported, 2 refused.") { file, publish, dataFolder };
        import.SetAction((parseResult, cancellationToken) => ImportAsync(
            parseResult.GetRequiredValue(file), parseResult.GetValue(publish), configuration(parseResult.GetValue(dataFolder)), output, error, cancellationToken));
        return new Command("designs", "Manage the app's stored designs.") { import };
    }

    private static async Task<int> ImportAsync(FileInfo file, bool publish, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await error.WriteLineAsync($"error: {file.FullName} does not exist.");
            return CliApp.InvalidInput;
        }

        var preview = DesignImporter.Preview(file.Name, await CliFiles.LoadDesignAsync(file, cancellationToken));
        if (!preview.Loaded)
        {
            await CliFiles.WriteProblemsAsync(error, $"error: {file.Name} does not load, so nothing was imported:", preview.Problems);
            return CliApp.InvalidInput;
        }

        // Checked before anything is stored, so a refused publish leaves no half-imported design behind.
        if (publish && preview.HasErrors)
        {
            await CliFiles.WriteProblemsAsync(error, $"error: {file.Name} has validation errors, so it cannot be published; nothing was imported (import it without --publish to keep it as a draft):", preview.Problems);
            return CliApp.InvalidInput;
        }

        await using var services = await OpenAsync(configuration, cancellationToken);
        var stored = await services.GetRequiredService<DesignImporter>().SaveAsync(preview, cancellationToken);
        var slug = stored.Slug ?? throw new InvalidOperationException($"The imported design {stored.Id} was stored without a slug.");
        if (publish)
        {
            slug = (await services.GetRequiredService<IDesignStore>().PublishAsync(stored.Id, stored.Revision, cancellationToken)).Slug;
        }

        await output.WriteLineAsync(slug);
        var published = publish ? $"; revision {stored.Revision} is published" : "; it is not published (open it in the designer and press Publish, or import with --publish)";
        await error.WriteLineAsync($"Imported \"{stored.Document.Name}\" from {file.Name} as the design \"{slug}\" (id {stored.Id}){published}.");
        if (preview.Problems.Count > 0)
        {
            var headline = preview.HasErrors ? "It has validation errors and cannot be published until they are fixed:" : "Warnings:";
            await CliFiles.WriteProblemsAsync(error, headline, preview.Problems);
        }

        return CliApp.Success;
    }

    private static Task<ServiceProvider> OpenAsync(IConfiguration configuration, CancellationToken cancellationToken) =>
        CliStorage.OpenAsync(configuration, services => services.AddSingleton<DesignImporter>(), cancellationToken);
}
