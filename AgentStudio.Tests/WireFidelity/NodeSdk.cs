using System.ComponentModel;
using System.Diagnostics;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.WireFidelity;

/// <summary>
/// Runs a script of AgentStudio.Tests/Sdk (the pinned OpenAI Agents SDK for JavaScript) with the <c>node</c> on PATH.
/// A missing Node.js or a missing <c>npm ci</c> fails with what to do: these tests are never skipped.
/// </summary>
internal static class NodeSdk
{
    /// <summary>The folder holding package.json, the lock file and the scripts.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "AgentStudio.Tests", "Sdk");

    /// <summary>Runs <c>node script arguments…</c> in <see cref="Folder"/> and returns its standard output.</summary>
    /// <exception cref="InvalidOperationException">Node is missing, the SDK is not installed, the script failed or ran out of time.</exception>
    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@openai", "agents")))
        {
            throw new InvalidOperationException(
                $"The OpenAI Agents SDK for JavaScript is not installed: run `npm ci` in {Folder} (./test.sh does it).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                "Node.js must be on PATH (node and npm, version 20 or later): the wire fidelity tests run the OpenAI Agents SDK for JavaScript.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"node {script} did not finish within {timeout}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"node {script} exited with {process.ExitCode}:\n{await errors}\n{await output}");
            }

            return await output;
        }
    }
}
