using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Requests;

/// <summary>
/// The arguments of a model's tool call as the model wrote them. The SDK replays a call's arguments verbatim,
/// invalid JSON included, so the model sees what it got wrong; events and traces show the same text.
/// </summary>
/// <remarks>
/// A provider keeps the text it received on the call (<see cref="Keep"/>); a call that lacks it (the simulated and
/// scripted models build their arguments as values) is written as compact JSON. Thread-safe for reading.
/// </remarks>
public static class CallArguments
{
    /// <summary>The key of <see cref="AIContent.AdditionalProperties"/> that holds the text.</summary>
    public const string TextKey = "agentstudio.arguments_text";

    // AIJsonUtilities' options indent; the model's history, events and traces read better compact.
    private static readonly JsonSerializerOptions CompactJson = new(AIJsonUtilities.DefaultOptions) { WriteIndented = false };

    /// <summary>The call's arguments text: as the model wrote it when known, else compact JSON; <c>{}</c> when there are none.</summary>
    public static string Text(FunctionCallContent call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.AdditionalProperties?.TryGetValue(TextKey, out var kept) == true && kept is string text)
        {
            return text.Length > 0 ? text : "{}";
        }

        return call.Arguments is null ? "{}" : JsonSerializer.Serialize(call.Arguments, CompactJson.GetTypeInfo(typeof(IDictionary<string, object?>)));
    }

    /// <summary>Keeps <paramref name="text"/>, the arguments as the model sent them, on <paramref name="call"/>.</summary>
    public static void Keep(FunctionCallContent call, string text)
    {
        ArgumentNullException.ThrowIfNull(call);
        (call.AdditionalProperties ??= [])[TextKey] = text;
    }
}
