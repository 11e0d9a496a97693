using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Records;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Running;
using AgentStudio.Storage;

namespace AgentStudio.Playground;

/// <summary>
/// Builds the playground's sessions on the app's engine (<see cref="EngineServiceCollectionExtensions"/>): a design is
/// compiled with the app's secrets and MCP trust, runs on its designed models or on one model for every agent, within
/// the app's run timeout, and each finished run is stored. It also says what the model catalog offers, so that a page
/// need not know how models are configured.
/// </summary>
/// <remarks>Thread-safe; a singleton, while each session belongs to one page.</remarks>
internal sealed class PlaygroundSessionFactory(IModelCatalog models, AgentRunner runner, ToolServices tools, RunDefaults defaults, IRunStore runs, ILoggerFactory loggerFactory, ILogger<PlaygroundSessionFactory> logger)
{
    /// <summary>The model choice of runs on the models each agent was designed with (stored with each run).</summary>
    public const string AsDesigned = "designed";

    /// <summary>Whether every agent runs on the simulated model, no provider being configured.</summary>
    public bool SimulatedOnly => models.SimulatedOnly;

    /// <summary>The model names the configured providers list, for the choice of one model for every agent.</summary>
    public IReadOnlyList<string> KnownModels => models.KnownModels;

    /// <summary>A session over <paramref name="design"/>, or the errors that keep it from running.</summary>
    /// <param name="designId">The stored design's id, which its runs are stored under.</param>
    /// <param name="design">The design.</param>
    /// <param name="modelChoice"><see cref="AsDesigned"/>, or the model every agent runs on.</param>
    public PlaygroundSessionStart Create(Guid designId, DesignDocument design, string modelChoice)
    {
        ArgumentNullException.ThrowIfNull(design);
        var compiled = DesignCompiler.Compile(design, secrets: tools.Secrets, mcpTrust: tools.McpTrust);
        if (!compiled.Succeeded)
        {
            return new(null, [.. compiled.Problems.Where(p => p.IsError)]);
        }

        var sessionRunner = modelChoice == AsDesigned ? runner : new AgentRunner(new ModelOverrideProvider(models, modelChoice), tools, loggerFactory: loggerFactory);
        var session = new PlaygroundSession(sessionRunner, compiled.Design!)
        {
            RunFinished = result => SaveRunAsync(designId, design.Name, modelChoice, result),
            RunTimeout = defaults.Timeout,
        };
        return new(session, []);
    }

    private async Task SaveRunAsync(Guid designId, string designName, string modelChoice, RunResult result)
    {
        try
        {
            await runs.SaveAsync(RunRecord.From(Guid.NewGuid(), designId, designName, modelChoice, result));
        }
#pragma warning disable CA1031 // Losing a run's record must not end the conversation; it is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Could not store a run of design {DesignId}", designId);
        }
    }
}
