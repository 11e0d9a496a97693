using System.CommandLine;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Scripted;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Mcp;
using AgentStudio.Core.Validation;
using AgentStudio.Running;

namespace AgentStudio.Cli;

/// <summary>
/// <c>run &lt;file&gt; --input TEXT [--model NAME | --script FILE] [--events jsonl] [--max-turns N] [--trust-mcp] [--data-folder DIR]</c>:
/// runs a design in the terminal on the engine the web app composes (<see cref="EngineServiceCollectionExtensions"/>), so
/// the providers and secrets saved on the settings page answer here too. Exit codes: 0 completed, 1 the run failed or was
/// cancelled, 2 invalid design or usage.
/// </summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<DirectoryInfo?, HostApplicationBuilder> host)
    {
        var file = new Argument<FileInfo>("file") { Description = "The .agentstudio.json design file to run." };
        var input = new Option<string>("--input") { Description = "The user's message.", Required = true };
        var model = new Option<string?>("--model") { Description = "Run every agent on this model (e.g. simulated)." };
        var script = new Option<FileInfo?>("--script") { Description = "Replay model responses from this script file (the scripted model)." };
        var events = new Option<string?>("--events") { Description = "Print events as they happen: jsonl writes one JSON object a line." };
        events.AcceptOnlyFromAmong("jsonl");
        var maxTurns = new Option<int>("--max-turns") { Description = "Most model calls the run may make.", DefaultValueFactory = _ => RunOptions.DefaultMaxTurns };
        var trustMcp = new Option<bool>("--trust-mcp") { Description = "Let the design's mcp tools start the programs they name (off by default: a design file is untrusted input)." };
        var dataFolder = CliHost.DataFolderOption();
        var command = new Command("run", "Run a design on an input: exit 0 completed, 1 failed, 2 invalid design or usage.") { file, input, model, script, events, maxTurns, trustMcp, dataFolder };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new RunRequest(parseResult.GetRequiredValue(file), parseResult.GetRequiredValue(input), parseResult.GetValue(model), parseResult.GetValue(script), parseResult.GetValue(events) == "jsonl", parseResult.GetValue(maxTurns), parseResult.GetValue(trustMcp), parseResult.GetValue(dataFolder)),
            output, error, host, cancellationToken));
        return command;
    }

    private sealed record RunRequest(FileInfo File, string Input, string? Model, FileInfo? Script, bool JsonLines, int MaxTurns, bool TrustMcp, DirectoryInfo? DataFolder);

    private static async Task<int> RunAsync(RunRequest request, TextWriter output, TextWriter error, Func<DirectoryInfo?, HostApplicationBuilder> host, CancellationToken cancellationToken)
    {
        if (request.Model is not null && request.Script is not null)
        {
            await error.WriteLineAsync("error: give --model or --script, not both.");
            return CliApp.InvalidInput;
        }

        if (request.MaxTurns < 1)
        {
            await error.WriteLineAsync("error: --max-turns must be at least 1.");
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
            await CliFiles.WriteProblemsAsync(error, $"error: {request.File.Name} does not load:", DesignProblemLimits.Cap(loaded.Problems));
            return CliApp.InvalidInput;
        }

        using var engine = BuildEngine(request, host);
        var tools = engine.Services.GetRequiredService<ToolServices>();
        var compiled = DesignCompiler.Compile(loaded.Design!, secrets: tools.Secrets, mcpTrust: tools.McpTrust);
        if (!compiled.Succeeded)
        {
            await CliFiles.WriteProblemsAsync(error, $"error: {request.File.Name} has errors and cannot run:", DesignProblemLimits.Cap([.. compiled.Problems.Where(p => p.IsError)]));
            return CliApp.InvalidInput;
        }

        await using var design = compiled.Design!;
        AgentRunner runner;
        try
        {
            runner = await RunnerAsync(request, engine.Services, cancellationToken);
        }
        catch (RunException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return CliApp.InvalidInput;
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return CliApp.InvalidInput;
        }

        var timeout = engine.Services.GetRequiredService<RunDefaults>().Timeout;
        await using var run = runner.Start(design, request.Input, new RunOptions { MaxTurns = request.MaxTurns, Timeout = timeout }, cancellationToken);
        var console = new ConsoleRunWriter(output);
        await foreach (var runEvent in run.ReadEventsAsync(CancellationToken.None))
        {
            if (request.JsonLines)
            {
                await output.WriteLineAsync(RunEventJson.Serialize(runEvent));
            }
            else
            {
                await console.WriteAsync(runEvent);
            }
        }

        var result = await run.Completion;
        if (result.Status == RunStatus.Failed && !request.JsonLines)
        {
            await error.WriteLineAsync($"error ({result.ErrorKind}): {result.ErrorMessage}");
        }

        return result.Status == RunStatus.Completed ? CliApp.Success : CliApp.Failed;
    }

    // A design file is untrusted input: its MCP tools start programs only with --trust-mcp, whatever the settings page trusts.
    private static IHost BuildEngine(RunRequest request, Func<DirectoryInfo?, HostApplicationBuilder> host)
    {
        var builder = host(request.DataFolder);
        builder.Services.AddSingleton<IMcpCommandTrust>(request.TrustMcp ? TrustEveryMcpCommand.Instance : TrustNoMcpCommand.Instance);
        builder.Services.AddAgentStudioEngine(builder.Configuration);
        return builder.Build();
    }

    // The app's runner, unless the command line picks the models: a script replays its answers, --model serves every agent.
    private static async Task<AgentRunner> RunnerAsync(RunRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (request.Script is { } scriptFile)
        {
            if (!scriptFile.Exists)
            {
                throw new RunException(RunErrorKind.UserError, $"the script {scriptFile.FullName} does not exist.");
            }

            var scripted = new ScriptedChatClient(ModelScript.Parse(await File.ReadAllTextAsync(scriptFile.FullName, cancellationToken)));
            return new AgentRunner(new SingleClientModelProvider(scripted, ModelNames.Scripted), services.GetRequiredService<ToolServices>(), services.GetRequiredService<TimeProvider>());
        }

        return request.Model is { } model
            ? new AgentRunner(new ModelOverrideProvider(services.GetRequiredService<IModelCatalog>(), model), services.GetRequiredService<ToolServices>(), services.GetRequiredService<TimeProvider>())
            : services.GetRequiredService<AgentRunner>();
    }
}
