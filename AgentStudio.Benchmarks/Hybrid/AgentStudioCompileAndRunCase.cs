using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Models;
using Microsoft.Extensions.AI;

namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>AgentStudio compiling the template and running it each time, like the Agent Framework case builds its workflow per run.</summary>
internal sealed class AgentStudioCompileAndRunCase(IChatClient client) : HybridRunCase
{
    private readonly AgentRunner _runner = new(new SingleClientModelProvider(client));

    public override async Task<string?> RunAsync()
    {
        await using var design = AgentStudioCompilation.Compile();
        return AgentStudioCompilation.AnsweringAgent(await _runner.RunAsync(design, HybridConversation.Input));
    }
}
