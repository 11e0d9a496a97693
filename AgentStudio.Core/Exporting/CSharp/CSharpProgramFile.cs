namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>
/// Writes <c>Program.cs</c>: reads the input from the command line, runs the design (the handoff workflow, or the
/// entry agent alone when there are no handoffs), streams the answer, and prints the last agent and the final output last.
/// </summary>
internal static class CSharpProgramFile
{
    public static GeneratedFile Write(CSharpPlan plan)
    {
        var stops = plan.Entry.ToolUseBehavior == Designs.ToolUseBehavior.StopOnFirstTool;
        var run = plan.UsesWorkflow ? WorkflowRun : stops ? AgentRun.Replace(AgentOutput, ToolOutput, StringComparison.Ordinal) : AgentRun;
        var usings = plan.UsesWorkflow
            ? "using Microsoft.Agents.AI.Workflows;\nusing Microsoft.Extensions.AI;\n"
            : stops ? "using System.Text.Json;\nusing Microsoft.Agents.AI;\nusing Microsoft.Extensions.AI;\n" : "using Microsoft.Agents.AI;\n";
        return new GeneratedFile("Program.cs", CSharpSupportFiles.Header(plan) + usings + $$"""
            using {{plan.ProjectName}};

            if (args.Length == 0)
            {
                Console.Error.WriteLine("Usage: dotnet run -- \"<input>\"");
                return 2;
            }

            var input = string.Join(' ', args);
            {{(plan.UsesMcp ? $"await using var mcp = await McpServers.ConnectAsync();\nvar agents = new {plan.AgentsClass}(ModelClients.FromEnvironment(), mcp);" : $"var agents = new {plan.AgentsClass}(ModelClients.FromEnvironment());")}}

            // The Agents SDK limits a whole run to 10 model calls; Agent Framework limits each agent's tool loop instead
            // (FunctionInvokingChatClient.MaximumIterationsPerRequest).
            {{run}}
            """, "csharp");
    }

    private const string AgentOutput = "Console.WriteLine(response.Text);\n";

    // The entry agent stops on its first tool's output: that output, when a tool ran, is the final output.
    private const string ToolOutput = """
        // stop_on_first_tool: when a tool ran, its output is the final output.
        var toolOutput = response.Messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().FirstOrDefault();
        Console.WriteLine(toolOutput is null ? response.Text : toolOutput.Result as string ?? JsonSerializer.Serialize(toolOutput.Result));

        """;

    private const string AgentRun = """
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

        """;

    private const string WorkflowRun = """
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

        """;
}
