using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using Microsoft.Extensions.AI;

namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>AgentStudio's runner on the template compiled once beforehand (as the app does for a saved design).</summary>
internal sealed class AgentStudioRunCase(IChatClient client) : HybridRunCase
{
    private readonly CompiledDesign _design = AgentStudioCompilation.Compile();
    private readonly AgentRunner _runner = new(new SingleClientModelProvider(client));

    public override async Task<string?> RunAsync() => AgentStudioCompilation.AnsweringAgent(await _runner.RunAsync(_design, HybridConversation.Input));

    public override ValueTask DisposeAsync() => _design.DisposeAsync();
}
