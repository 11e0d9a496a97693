using System.Diagnostics;

namespace AgentStudio.Tests.Support;

/// <summary>Runs the dotnet CLI as a child process and fails with its output when it fails.</summary>
internal static class DotnetCli
{
    /// <summary>Runs <c>dotnet</c> with the arguments; returns stdout, throws with all output on a non-zero exit.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken, bool throwOnFailure = true, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = await stdout + await stderr;
        if (throwOnFailure && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{output}");
        }

        return (process.ExitCode, output);
    }
}
