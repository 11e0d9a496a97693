using System.Text.Json;

namespace AgentStudio.Core.Running.Models.Scripted;

/// <summary>
/// The responses the <c>scripted</c> model gives, per agent name, in order:
/// <c>{ "agents": { "TriageAgent": [ { "toolCalls": [ { "name": "transfer_to_billingagent", "arguments": {} } ] } ] } }</c>.
/// A response may also hold <c>"text"</c>, <c>"delayMs"</c> (pause before each streamed chunk) and <c>"error"</c> (the call fails).
/// </summary>
public sealed class ModelScript
{
    private ModelScript(IReadOnlyDictionary<string, IReadOnlyList<ScriptedResponse>> agents)
    {
        Agents = agents;
    }

    /// <summary>The responses of each agent, by agent name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ScriptedResponse>> Agents { get; }

    /// <summary>Reads a script.</summary>
    /// <exception cref="RunException">The text is not a valid script (<see cref="RunErrorKind.UserError"/>); the message names the JSON path.</exception>
    public static ModelScript Parse(string json)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw Invalid($"the script is not valid JSON at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}: {e.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("agents", out var agents) || agents.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("$.agents must be an object mapping agent names to lists of responses.");
        }

        var result = new Dictionary<string, IReadOnlyList<ScriptedResponse>>(StringComparer.Ordinal);
        foreach (var agent in agents.EnumerateObject())
        {
            var path = $"$.agents['{agent.Name}']";
            if (agent.Value.ValueKind != JsonValueKind.Array)
            {
                throw Invalid($"{path} must be a list of responses.");
            }

            result[agent.Name] = [.. agent.Value.EnumerateArray().Select((r, i) => ParseResponse(r, $"{path}[{i}]"))];
        }

        return new ModelScript(result);
    }

    private static ScriptedResponse ParseResponse(JsonElement response, string path)
    {
        if (response.ValueKind != JsonValueKind.Object)
        {
            throw Invalid($"{path} must be an object with text and/or toolCalls.");
        }

        var text = OptionalString(response, "text", path);
        var error = OptionalString(response, "error", path);
        var delay = response.TryGetProperty("delayMs", out var delayValue)
            ? delayValue.ValueKind == JsonValueKind.Number && delayValue.TryGetInt32(out var ms) && ms >= 0 ? ms : throw Invalid($"{path}.delayMs must be a whole number of milliseconds.")
            : 0;
        var calls = new List<ScriptedToolCall>();
        if (response.TryGetProperty("toolCalls", out var toolCalls))
        {
            if (toolCalls.ValueKind != JsonValueKind.Array)
            {
                throw Invalid($"{path}.toolCalls must be a list.");
            }

            var index = 0;
            foreach (var call in toolCalls.EnumerateArray())
            {
                var callPath = $"{path}.toolCalls[{index++}]";
                var name = call.ValueKind == JsonValueKind.Object ? OptionalString(call, "name", callPath) : null;
                if (string.IsNullOrEmpty(name))
                {
                    throw Invalid($"{callPath}.name is missing: name the tool to call.");
                }

                var arguments = call.TryGetProperty("arguments", out var args) ? args.Clone() : JsonDocument.Parse("{}").RootElement.Clone();
                if (arguments.ValueKind is not (JsonValueKind.Object or JsonValueKind.String))
                {
                    throw Invalid($"{callPath}.arguments must be an object (or a string of raw JSON text).");
                }

                calls.Add(new ScriptedToolCall(name, arguments));
            }
        }

        if (text is null && calls.Count == 0 && error is null)
        {
            throw Invalid($"{path} has neither text nor toolCalls nor error.");
        }

        return new ScriptedResponse(text, calls, delay, error);
    }

    private static string? OptionalString(JsonElement element, string name, string path) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw Invalid($"{path}.{name} must be a string.");

    private static RunException Invalid(string message) => new(RunErrorKind.UserError, "Invalid script: " + message);
}
