using Microsoft.Agents.AI.Workflows;
using Microsoft.Extensions.AI;

namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>
/// Microsoft Agent Framework's handoff workflow built from the template, sub-agents as functions, run in process.
/// Built per run: a workflow instance holds its agents' conversation state.
/// </summary>
internal sealed class AgentFrameworkHandoffCase(IChatClient client) : HybridRunCase
{
    public override async Task<string?> RunAsync()
    {
        var workflow = AgentFrameworkWorkflow.Build(HybridConversation.Design, client);
        await using var run = await InProcessExecution.RunStreamingAsync(workflow, new List<ChatMessage> { new(ChatRole.User, HybridConversation.Input) });
        await run.TrySendMessageAsync(new TurnToken(emitEvents: false));
        await foreach (var workflowEvent in run.WatchStreamAsync())
        {
            if (workflowEvent is WorkflowOutputEvent output)
            {
                // The conversation as the workflow ends it: the last assistant message is the answer, authored by its agent.
                var answer = output.As<List<ChatMessage>>()?.LastOrDefault(m => m.Role == ChatRole.Assistant);
                return answer is not null ? answer.AuthorName : throw new InvalidOperationException("Agent Framework's workflow output has no answer.");
            }
        }

        throw new InvalidOperationException("Agent Framework's workflow ended without output.");
    }
}
