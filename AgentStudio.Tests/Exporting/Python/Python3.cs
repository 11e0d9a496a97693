using System.ComponentModel;
using System.Diagnostics;

namespace AgentStudio.Tests.Exporting.Python;

/// <summary>
/// Runs the <c>python3</c> on PATH (3.10 or later), or a Python program such as <c>black</c>. A missing program fails
/// with what to install: these tests are never skipped.
/// </summary>
internal static class Python3
{
    /// <summary>Runs <c>python3 arguments…</c> in <paramref name="folder"/>; returns the exit code, standard output and standard error.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> RunAsync(string folder, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync("python3", "apt-get install python3", folder, arguments, cancellationToken);

    /// <summary>
    /// Runs Debian's <c>black</c> in <paramref name="folder"/>. It is its own program, not <c>python3 -m black</c>: the
    /// python3 first on PATH may be another installation than the one Debian's package installed black into.
    /// </summary>
    public static Task<(int ExitCode, string Output, string Errors)> BlackAsync(string folder, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunAsync("black", "apt-get install black; test.sh installs it", folder, arguments, cancellationToken);

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, string install, string folder, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PYTHONDONTWRITEBYTECODE"] = null;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{program} must be on PATH: the Python export is checked with it ({install}).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TimeSpan.FromMinutes(1));
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', arguments)} took longer than a minute.");
            }

            return (process.ExitCode, await output, await errors);
        }
    }
}
