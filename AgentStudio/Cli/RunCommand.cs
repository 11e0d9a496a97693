using System.CommandLine;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Scripted;
using AgentStudio.Core.Running.Tools.Mcp;
using AgentStudio.Core.Validation;
using AgentStudio.Running;

namespace AgentStudio.Cli;

/// <summary>
/// <c>run &lt;file&gt; --input TEXT [--model NAME | --script FILE] [--events jsonl] [--max-turns N] [--trust-mcp]</c>: runs a design
/// in the terminal. Exit codes: 0 completed, 1 the run failed or was cancelled, 2 invalid design or usage.
/// </summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<IConfiguration> configuration)
    {
        var file = new Argument<FileInfo>("file") { Description = "The .agentstudio.json design file to run." };
        var input = new Option<string>("--input") { Description = "The user's message.", Required = true };
        var model = new Option<string?>("--model") { Description = "Run every agent on this model (e.g. simulated)." };
        var script = new Option<FileInfo?>("--script") { Description = "Replay model responses from this script file (the scripted model)." };
        var events = new Option<string?>("--events") { Description = "Print events as they happen: jsonl writes one JSON object a line." };
        events.AcceptOnlyFromAmong("jsonl");
        var maxTurns = new Option<int>("--max-turns") { Description = "Most model calls the run may make.", DefaultValueFactory = _ => RunOptions.DefaultMaxTurns };
        var trustMcp = new Option<bool>("--trust-mcp") { Description = "Let the design's mcp tools start the programs they name (off by default: a design file is untrusted input)." };
        var command = new Command("run", "Run a design on an input: exit 0 completed, 1 failed, 2 invalid design or usage.") { file, input, model, script, events, maxTurns, trustMcp };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new RunRequest(parseResult.GetRequiredValue(file), parseResult.GetRequiredValue(input), parseResult.GetValue(model), parseResult.GetValue(script), parseResult.GetValue(events) == "jsonl", parseResult.GetValue(maxTurns), parseResult.GetValue(trustMcp)),
            output, error, configuration, cancellationToken));
        return command;
    }

    private sealed record RunRequest(FileInfo File, string Input, string? Model, FileInfo? Script, bool JsonLines, int MaxTurns, bool TrustMcp);

    private static async Task<int> RunAsync(RunRequest request, TextWriter output, TextWriter error, Func<IConfiguration> configuration, CancellationToken cancellationToken)
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
            await WriteProblemsAsync(error, $"{request.File.Name} does not load", DesignProblemLimits.Cap(loaded.Problems));
            return CliApp.InvalidInput;
        }

        var settings = configuration();
        var tools = ToolServicesConfiguration.Create(settings) with
        {
            McpTrust = request.TrustMcp ? TrustEveryMcpCommand.Instance : TrustNoMcpCommand.Instance,
        };
        var compiled = DesignCompiler.Compile(loaded.Design!, secrets: tools.Secrets, mcpTrust: tools.McpTrust);
        if (!compiled.Succeeded)
        {
            await WriteProblemsAsync(error, $"{request.File.Name} has errors and cannot run", DesignProblemLimits.Cap([.. compiled.Problems.Where(p => p.IsError)]));
            return CliApp.InvalidInput;
        }

        await using var design = compiled.Design!;
        IModelProvider models;
        try
        {
            models = await ModelsAsync(request, settings, cancellationToken);
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

        var runner = new AgentRunner(models, tools);
        await using var run = runner.Start(design, request.Input, new RunOptions { MaxTurns = request.MaxTurns, Timeout = ModelProvidersConfiguration.RunTimeout(settings) }, cancellationToken);
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

    private static async Task<IModelProvider> ModelsAsync(RunRequest request, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (request.Script is { } scriptFile)
        {
            if (!scriptFile.Exists)
            {
                throw new RunException(RunErrorKind.UserError, $"the script {scriptFile.FullName} does not exist.");
            }

            return new SingleClientModelProvider(new ScriptedChatClient(ModelScript.Parse(await File.ReadAllTextAsync(scriptFile.FullName, cancellationToken))));
        }

        var catalog = ModelProvidersConfiguration.CreateCatalog(configuration);
        return request.Model is { } model ? new ModelOverrideProvider(catalog, model) : catalog;
    }

    private static async Task WriteProblemsAsync(TextWriter error, string headline, IEnumerable<DesignProblem> problems)
    {
        await error.WriteLineAsync($"error: {headline}:");
        foreach (var problem in problems)
        {
            await error.WriteLineAsync($"  {problem}");
        }
    }
}
