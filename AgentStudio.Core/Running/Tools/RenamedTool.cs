using System.Text.Json;

namespace AgentStudio.Core.Running.Tools;

/// <summary>A tool offered under the name and description a tool edge gives it.</summary>
internal sealed class RenamedTool(IAgentTool inner, string? name, string? description) : IAgentTool
{
    public string Name { get; } = string.IsNullOrWhiteSpace(name) ? inner.Name : name;

    public string Description { get; } = string.IsNullOrWhiteSpace(description) ? inner.Description : description;

    public JsonElement ParametersSchema => inner.ParametersSchema;

    public bool StrictSchema => inner.StrictSchema;

    public Task<string> InvokeAsync(JsonElement arguments, ToolInvocationContext context, CancellationToken cancellationToken = default) =>
        inner.InvokeAsync(arguments, context, cancellationToken);
}
