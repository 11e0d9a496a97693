using System.Text.Json;

namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// A function an agent can call: a built-in, mock, HTTP or MCP tool, or another agent used as a tool.
/// The runner offers it to the model by <see cref="Name"/>, <see cref="Description"/> and
/// <see cref="ParametersSchema"/>, and calls <see cref="InvokeAsync"/> with the model's arguments.
/// </summary>
/// <remarks>
/// Implementations must be safe to call concurrently: the calls of one model response run in parallel.
/// An exception from <see cref="InvokeAsync"/> does not fail the run; its message goes back to the model.
/// </remarks>
public interface IAgentTool
{
    /// <summary>The function name the model calls.</summary>
    string Name { get; }

    /// <summary>What the tool does, for the model.</summary>
    string Description { get; }

    /// <summary>The JSON Schema (an object schema) of the tool's arguments.</summary>
    JsonElement ParametersSchema { get; }

    /// <summary>
    /// Whether the model is held to the strict form of <see cref="ParametersSchema"/>, as the Agents SDK holds its
    /// function tools (true, the default); MCP tools are not, as in the SDK.
    /// </summary>
    bool StrictSchema => true;

    /// <summary>Runs the tool on the model's <paramref name="arguments"/> (a JSON object) and returns its output as text.</summary>
    Task<string> InvokeAsync(JsonElement arguments, ToolInvocationContext context, CancellationToken cancellationToken = default);
}
