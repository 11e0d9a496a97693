using System.Collections.Concurrent;
using System.Text.Json;
using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Tests.Fakes;

/// <summary>A function tool whose behaviour a test decides: what it returns, whether it waits or throws; it records its calls.</summary>
internal sealed class FakeTool(string name, Func<JsonElement, CancellationToken, Task<string>> behaviour) : IAgentTool
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""{"type":"object","properties":{"q":{"type":"string"}}}""").RootElement.Clone();

    public FakeTool(string name, string output)
        : this(name, (_, _) => Task.FromResult(output))
    {
    }

    public string Name => name;

    public string Description => $"The {name} tool";

    public JsonElement ParametersSchema => Schema;

    public ConcurrentQueue<string> Calls { get; } = new();

    public async Task<string> InvokeAsync(JsonElement arguments, ToolInvocationContext context, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue(arguments.GetRawText());
        return await behaviour(arguments, cancellationToken);
    }
}

/// <summary>Builds <see cref="FakeTool"/>s for the design's tools by id; a tool without one gets the real kind.</summary>
internal sealed class FakeToolFactory(params FakeTool[] tools) : ToolFactory
{
    public override IAgentTool Create(AgentStudio.Core.Designs.ToolDefinition definition) =>
        tools.FirstOrDefault(t => t.Name == definition.Name) ?? base.Create(definition);
}
