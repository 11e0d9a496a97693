using System.Text.Json;
using AgentStudio.Core.Running.Compilation;

namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// Another agent offered as a tool (the manager pattern): the call runs the agent on its own, on the
/// <c>input</c> string the caller gives, and returns its final output; control stays with the caller.
/// </summary>
public sealed class AgentAsTool : IAgentTool
{
    // The SDK's AgentAsToolInput model as pydantic writes its schema (keys sorted), in strict form.
    private static readonly JsonElement InputSchema = ToolSchemas.Parse(
        """{"description":"Default input schema for agent-as-tool calls.","properties":{"input":{"title":"Input","type":"string"}},"required":["input"],"title":"AgentAsToolInput","type":"object","additionalProperties":false}""");

    /// <summary>Offers <paramref name="agent"/> as a tool named <paramref name="name"/>.</summary>
    public AgentAsTool(string name, string description, CompiledAgent agent)
    {
        Name = name;
        Description = description;
        Agent = agent;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>The agent that runs.</summary>
    public CompiledAgent Agent { get; }

    /// <inheritdoc />
    public JsonElement ParametersSchema => InputSchema;

    /// <inheritdoc />
    public Task<string> InvokeAsync(JsonElement arguments, ToolInvocationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.AgentRunner is null)
        {
            throw new InvalidOperationException("Agents as tools run only inside a run.");
        }

        var input = arguments.ValueKind == JsonValueKind.Object && arguments.TryGetProperty("input", out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
            : throw new ArgumentException("the required argument 'input' is missing.");
        return context.AgentRunner.RunAgentAsToolAsync(Agent, input, context.Span, cancellationToken);
    }
}
