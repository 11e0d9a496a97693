using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AgentStudio.Tests.Support;

/// <summary>
/// The real AgentStudio app started as its own process on a free loopback port with a temporary data
/// folder, exactly as a user starts it (the built AgentStudio.dll, or a published one).
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TemporaryFolder _dataFolder;
    private readonly string _dll;
    private readonly string _contentRoot;
    private readonly string _environment;
    private readonly AppProcessOptions _options;
    private bool _ownsDataFolder = true;

    private AppProcess(Process process, Uri baseAddress, TemporaryFolder dataFolder, string dll, string contentRoot, string environment, AppProcessOptions options)
    {
        _options = options;
        _process = process;
        BaseAddress = baseAddress;
        _dataFolder = dataFolder;
        _dll = dll;
        _contentRoot = contentRoot;
        _environment = environment;
    }

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The app's process id, for diagnostics tools (heap dumps, counters).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The app's data folder (deleted on dispose).</summary>
    public string DataFolder => _dataFolder.Path;

    /// <summary>What the app wrote to stdout and stderr so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the app from the build output in the Development environment, as <c>dotnet run</c> does.</summary>
    public static Task<AppProcess> StartBuiltAsync(CancellationToken cancellationToken = default) =>
        StartBuiltAsync(new AppProcessOptions(), cancellationToken);

    /// <summary>Starts the app from the build output as <see cref="StartBuiltAsync(CancellationToken)"/> does, with a test's own options.</summary>
    public static Task<AppProcess> StartBuiltAsync(AppProcessOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(Path.Combine(RepositoryPaths.AppBuildOutput, "AgentStudio.dll"), RepositoryPaths.AppProject, "Development", options, cancellationToken);

    /// <summary>Starts a published app (Production environment) from its publish folder.</summary>
    public static Task<AppProcess> StartPublishedAsync(string publishFolder, CancellationToken cancellationToken = default) =>
        StartAsync(Path.Combine(publishFolder, "AgentStudio.dll"), publishFolder, "Production", new AppProcessOptions(), cancellationToken);

    /// <summary>Ends the app the way <c>kill -9</c> does (SIGKILL): no shutdown, no flush, nothing the app can do about it.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>
    /// Kills this app (as <see cref="KillAsync"/>) and starts it again, as a user would after a crash, on the same data
    /// folder (on a new port). The new process owns the data folder from then on; this one no longer deletes it.
    /// </summary>
    public async Task<AppProcess> RestartAsync(CancellationToken cancellationToken = default)
    {
        await KillAsync();
        _ownsDataFolder = false;
        return await StartAsync(_dll, _contentRoot, _environment, _options, cancellationToken, _dataFolder);
    }

    private static async Task<AppProcess> StartAsync(string dll, string contentRoot, string environment, AppProcessOptions options, CancellationToken cancellationToken, TemporaryFolder? existingDataFolder = null)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The app is not built: {dll} is missing.");
        }

        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var listenAddress = options.ListenOnAllInterfaces ? $"http://0.0.0.0:{port}" : baseAddress.ToString().TrimEnd('/');
        var dataFolder = existingDataFolder ?? new TemporaryFolder("agentstudio-app");
        if (existingDataFolder is null && options.PrepareDataFolderAsync is { } prepare)
        {
            try
            {
                await prepare(dataFolder.Path, cancellationToken);
            }
            catch
            {
                dataFolder.Dispose();
                throw;
            }
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", listenAddress, "--contentRoot", contentRoot, "--AgentStudio:DataFolder", dataFolder.Path, "--AgentStudio:Models:SimulatedChunkDelay", "00:00:00.040" }.Concat(options.Arguments))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The tests run offline on the simulated model whatever the machine's environment holds.
        foreach (var variable in new[] { "OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT" })
        {
            start.Environment.Remove(variable);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var app = new AppProcess(process, baseAddress, dataFolder, dll, contentRoot, environment, options);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await app.WaitUntilServingAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    // Readiness, not a retry: the server answers only once Kestrel has bound the port.
    private async Task WaitUntilServingAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before serving:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync("/", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but still warming up (first render, migrations) on a busy machine.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"The app did not serve {BaseAddress} within {StartTimeout.TotalSeconds} s:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (_ownsDataFolder)
        {
            _dataFolder.Dispose();
        }
    }
}
