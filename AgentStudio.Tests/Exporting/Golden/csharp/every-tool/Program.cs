// AgentStudio export of revision 7 of the design "Every tool".
// Export again to update it, or edit it as your own code.

using Microsoft.Agents.AI.Workflows;
using Microsoft.Extensions.AI;
using EveryTool;

if (args.Length == 0)
{
    Console.Error.WriteLine("Usage: dotnet run -- \"<input>\"");
    return 2;
}

var input = string.Join(' ', args);
await using var mcp = await McpServers.ConnectAsync();
var agents = new EveryToolAgents(ModelClients.FromEnvironment(), mcp);

// The Agents SDK limits a whole run to 10 model calls; Agent Framework limits each agent's tool loop instead
// (FunctionInvokingChatClient.MaximumIterationsPerRequest).
await using var run = await InProcessExecution.RunStreamingAsync(agents.BuildWorkflow(), new List<ChatMessage> { new(ChatRole.User, input) });

// With events on, each agent's answer streams as AgentResponseUpdateEvents.
await run.TrySendMessageAsync(new TurnToken(emitEvents: true));
await foreach (var workflowEvent in run.WatchStreamAsync())
{
    switch (workflowEvent)
    {
        case AgentResponseUpdateEvent update:
            Console.Write(update.Update.Text);
            break;
        case WorkflowErrorEvent error:
            Console.Error.WriteLine($"The run failed: {error.Exception?.Message}");
            return 1;
        case WorkflowOutputEvent output when output.Is<List<ChatMessage>>():
            // The workflow ends with the whole conversation; the last assistant message is the final output,
            // authored by the agent that gave it.
            var answer = output.As<List<ChatMessage>>()!.LastOrDefault(m => m.Role == ChatRole.Assistant);
            Console.WriteLine();
            Console.WriteLine($"--- Last agent: {answer?.AuthorName}");
            Console.WriteLine(answer?.Text);
            return 0;
    }
}

Console.Error.WriteLine("The run ended without an answer.");
return 1;
