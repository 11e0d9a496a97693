using System.Text.Json;
using Json.Schema;

namespace AgentStudio.Core.Running.Loop;

/// <summary>Parses and validates an agent's final text against its output schema.</summary>
internal static class StructuredOutput
{
    /// <summary>The output as JSON; throws a model-behaviour <see cref="RunException"/> when it is not JSON of the schema's shape.</summary>
    public static JsonElement Parse(string agentName, string text, JsonElement schema)
    {
        JsonElement value;
        try
        {
            using var document = JsonDocument.Parse(StripCodeFence(text));
            value = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new RunException($"Invalid JSON when parsing the structured output of {agentName}: {e.Message}");
        }

        var results = Build(schema).Evaluate(value, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!results.IsValid)
        {
            var errors = (results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .Select(d => $"{(d.InstanceLocation.ToString() is { Length: > 0 } at ? at : "/")}: {string.Join("; ", d.Errors!.Values)}");
            throw new RunException($"The structured output of {agentName} does not match its output schema: {string.Join(" | ", errors)}");
        }

        return value;
    }

    // JsonSchema.Build registers what it builds in the registry of its options, and the default is the process-wide
    // SchemaRegistry.Global, under a new random base URI each time: every structured answer checked would stay in
    // memory for good. A registry of its own per check lets the schema go with the check (references to other
    // registered schemas still resolve through the global one).
    internal static JsonSchema Build(JsonElement schema) => JsonSchema.Build(schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    // Models often wrap JSON in a Markdown code fence even when asked for JSON; the fence is not part of the value.
    private static string StripCodeFence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) || !trimmed.EndsWith("```", StringComparison.Ordinal) || trimmed.Length < 6)
        {
            return trimmed;
        }

        var firstLineEnd = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return firstLineEnd < 0 ? trimmed : trimmed[(firstLineEnd + 1)..^3];
    }
}
