using AgentStudio.Core.Serialization;

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
}
