using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using Microsoft.Extensions.AI;

namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>AgentStudio's runner started as a run handle whose every event is read, as the playground watches a run.</summary>
internal sealed class AgentStudioStreamingCase(IChatClient client) : HybridRunCase
{
    private readonly CompiledDesign _design = AgentStudioCompilation.Compile();
    private readonly AgentRunner _runner = new(new SingleClientModelProvider(client));

    public override async Task<string?> RunAsync()
    {
        await using var run = _runner.Start(_design, HybridConversation.Input);
        await foreach (var _ in run.ReadEventsAsync())
        {
            // Reading every event is the work measured.
        }

        return AgentStudioCompilation.AnsweringAgent(await run.Completion);
    }

    public override ValueTask DisposeAsync() => _design.DisposeAsync();
}
