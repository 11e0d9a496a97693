using System.ComponentModel;
using System.Diagnostics;

namespace AgentStudio.Tests.Exporting.Python;

/// <summary>Runs the <c>python3</c> on PATH (3.10 or later). A missing Python fails with what to install: these tests are never skipped.</summary>
internal static class Python3
{
    /// <summary>Runs <c>python3 arguments…</c> in <paramref name="folder"/>; returns the exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string folder, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("python3")
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
            process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("python3 (3.10 or later) must be on PATH: the Python export is checked with py_compile and the ast module (apt-get install python3).", e);
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
                throw new TimeoutException($"python3 {string.Join(' ', arguments)} took longer than a minute.");
            }

            return (process.ExitCode, await output, await errors);
        }
    }
}
