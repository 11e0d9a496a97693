using AgentStudio.Core.Serialization;
using AgentStudio.Core.Validation;

namespace AgentStudio.Cli;

/// <summary>How the verbs read a design file: its bytes, as the browser import and the store read them.</summary>
internal static class CliFiles
{
    /// <summary>Loads a design file; a file over the size limit is refused without being read to the end.</summary>
    public static async Task<DesignLoadResult> LoadDesignAsync(FileInfo file, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenRead();
        return await DesignSerializer.LoadAsync(stream, cancellationToken);
    }

    /// <summary>Writes <paramref name="headline"/>, then each of a file's <paramref name="problems"/> indented on a line of its own.</summary>
    public static async Task WriteProblemsAsync(TextWriter error, string headline, IEnumerable<DesignProblem> problems)
    {
        await error.WriteLineAsync(headline);
        foreach (var problem in problems)
        {
            await error.WriteLineAsync($"  {problem}");
        }
    }
}
