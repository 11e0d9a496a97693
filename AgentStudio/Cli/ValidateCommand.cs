using System.CommandLine;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Validation;

namespace AgentStudio.Cli;

/// <summary><c>validate &lt;file&gt;</c>: prints every loading and validation problem of a design file.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the verb; problems are written to <paramref name="output"/>.</summary>
    public static Command Create(TextWriter output)
    {
        var file = new Argument<FileInfo>("file") { Description = "The .agentstudio.json design file to check." };
        var command = new Command("validate", "Check a design file: exit 0 when it has no errors, 2 otherwise.") { file };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetRequiredValue(file), output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, TextWriter output, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await output.WriteLineAsync($"error: {file.FullName} does not exist.");
            return CliApp.InvalidInput;
        }

        var loaded = await CliFiles.LoadDesignAsync(file, cancellationToken);
        var problems = loaded.Design is { } design && loaded.Succeeded
            ? [.. loaded.Problems, .. DesignValidator.Validate(design)]
            : loaded.Problems;

        foreach (var problem in DesignProblemLimits.Cap(problems))
        {
            await output.WriteLineAsync(problem.ToString());
        }

        var errors = problems.Count(p => p.IsError);
        var warnings = problems.Count - errors;
        var verdict = loaded.Succeeded ? (errors == 0 ? "valid" : "invalid") : "does not load";
        await output.WriteLineAsync($"{file.Name}: {verdict} ({errors} error(s), {warnings} warning(s))");
        return errors == 0 && loaded.Succeeded ? CliApp.Success : CliApp.InvalidInput;
    }
}
