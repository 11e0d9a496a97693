using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// A prototyping tool: it answers every call with its response template, filled from the call's arguments,
/// so a design can be tried before the real tool exists.
/// </summary>
public sealed class MockResponseTool : IAgentTool
{
    private readonly MockTool _definition;

    /// <summary>Builds the tool <paramref name="definition"/> describes.</summary>
    public MockResponseTool(MockTool definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _definition = definition;
        ParametersSchema = definition.Parameters ?? ToolSchemas.EmptyObject;
    }

    /// <inheritdoc />
    public string Name => _definition.Name;

    /// <inheritdoc />
    public string Description => _definition.Description ?? string.Empty;

    /// <inheritdoc />
    public JsonElement ParametersSchema { get; }

    /// <summary>
    /// Returns the response template with each <c>{{name}}</c> replaced by the argument of that name, or, without a
    /// template, the arguments themselves as JSON text.
    /// </summary>
    public Task<string> InvokeAsync(JsonElement arguments, ToolInvocationContext context, CancellationToken cancellationToken = default)
    {
        if (_definition.Response is null)
        {
            return Task.FromResult(arguments.ValueKind == JsonValueKind.Undefined ? "{}" : arguments.GetRawText());
        }

        return Task.FromResult(TextTemplate.Fill(_definition.Response, arguments));
    }
}
