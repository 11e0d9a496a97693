// AgentStudio export of revision 7 of the design "Research manager".
// Export again to update it, or edit it as your own code.

using Microsoft.Agents.AI;
using ResearchManager;

if (args.Length == 0)
{
    Console.Error.WriteLine("Usage: dotnet run -- \"<input>\"");
    return 2;
}

var input = string.Join(' ', args);
var agents = new ResearchManagerAgents(ModelClients.FromEnvironment());

// The Agents SDK limits a whole run to 10 model calls; Agent Framework limits each agent's tool loop instead
// (FunctionInvokingChatClient.MaximumIterationsPerRequest).
var updates = new List<AgentResponseUpdate>();
await foreach (var update in agents.Entry.RunStreamingAsync(input))
{
    Console.Write(update.Text);
    updates.Add(update);
}

var response = updates.ToAgentResponse();
Console.WriteLine();
Console.WriteLine($"--- Last agent: {agents.Entry.Name}");
Console.WriteLine(response.Text);
return 0;
