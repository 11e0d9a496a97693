using System.CommandLine;
using AgentStudio.Core.Exporting;
using AgentStudio.Core.Validation;
using AgentStudio.Exporting;

namespace AgentStudio.Cli;

/// <summary>
/// <c>export &lt;file&gt; --to python|typescript|csharp --out DIR [--force]</c>: writes a design as a runnable project.
/// Exit codes: 0 written; 2 the file does not load, the design has errors, the target is unknown or cannot express
/// something in the design, or the folder is not empty (without <c>--force</c>) — and then nothing is written.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Builds the verb over <paramref name="exporter"/>; results go to <paramref name="output"/>, reasons for exit 2 to <paramref name="error"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error, CodeExporter exporter)
    {
        var file = new Argument<FileInfo>("file") { Description = "The .agentstudio.json design file to export." };
        var to = new Option<string>("--to") { Description = $"The language to write: {CodeTargetNames.Known(exporter)}.", Required = true };
        var outFolder = new Option<DirectoryInfo>("--out") { Description = "The folder to write the project into (created when missing; must be empty unless --force).", Required = true };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty: the export's files are replaced, nothing else is changed or deleted." };
        var command = new Command("export", "Write a design as a runnable project in Python, TypeScript or C#: exit 0 written, 2 nothing written.") { file, to, outFolder, force };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new ExportRequest(parseResult.GetRequiredValue(file), parseResult.GetRequiredValue(to), parseResult.GetRequiredValue(outFolder), parseResult.GetValue(force)),
            output, error, exporter, cancellationToken));
        return command;
    }

    private sealed record ExportRequest(FileInfo File, string Target, DirectoryInfo Out, bool Force);

    private static async Task<int> RunAsync(ExportRequest request, TextWriter output, TextWriter error, CodeExporter exporter, CancellationToken cancellationToken)
    {
        if (!CodeTargetNames.TryParse(exporter, request.Target, out var target))
        {
            await error.WriteLineAsync($"error: unknown target '{request.Target}'; known targets: {CodeTargetNames.Known(exporter)}.");
            return CliApp.InvalidInput;
        }

        if (!request.File.Exists)
        {
            await error.WriteLineAsync($"error: {request.File.FullName} does not exist.");
            return CliApp.InvalidInput;
        }

        var loaded = await CliFiles.LoadDesignAsync(request.File, cancellationToken);
        if (!loaded.Succeeded)
        {
            await WriteAsync(error, $"error: {request.File.Name} does not load:", DesignProblemLimits.Cap(loaded.Problems).Select(p => p.ToString()));
            return CliApp.InvalidInput;
        }

        // A file that was never stored has no revision; the header comment says so.
        var outcome = CodeExportOutcome.Create(exporter, loaded.Design!, revision: null, target);
        if (!outcome.Succeeded)
        {
            await WriteAsync(error, $"error: {request.File.Name}: {outcome.Headline}", outcome.Messages);
            return CliApp.InvalidInput;
        }

        if (ProjectFolderWriter.Write(request.Out.FullName, outcome.Files, request.Force) is { } refused)
        {
            await error.WriteLineAsync($"error: {refused}");
            return CliApp.InvalidInput;
        }

        await WriteAsync(output, $"Wrote {outcome.Files.Count} file(s) of the {CodeTargetNames.DisplayOf(target)} project to {request.Out.FullName}:", outcome.Files.Select(f => f.Path));
        return CliApp.Success;
    }

    private static async Task WriteAsync(TextWriter writer, string headline, IEnumerable<string> lines)
    {
        await writer.WriteLineAsync(headline);
        foreach (var line in lines)
        {
            await writer.WriteLineAsync($"  {line}");
        }
    }
}
