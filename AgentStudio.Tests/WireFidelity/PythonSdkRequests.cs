using System.Text.Json.Nodes;

namespace AgentStudio.Tests.WireFidelity;

/// <summary>
/// The last steps from the JavaScript SDK's recorded requests to what the Python SDK (openai-agents 0.22, the SDK our
/// run semantics follow) sends, for the differences that Sdk/python-conventions.mjs cannot fix before the request
/// leaves, because they need the model's response; and the choice of fields the comparison looks at.
/// </summary>
internal static class PythonSdkRequests
{
    /// <summary>Python's output for every handoff call but the first of one response (run_internal/turn_resolution.py).</summary>
    public const string IgnoredHandoffOutput = "Multiple handoffs detected, ignoring this one.";

    /// <summary>What stands for a JSON parser's own error message, which differs between runtimes.</summary>
    public const string ParserMessage = "<the JSON parser's message>";

    private const string ParseErrorOutput = "An error occurred while parsing tool arguments. Please try again with valid JSON.";

    /// <summary>
    /// Request fields that are not compared. Python sends <c>stream_options</c> and <c>store</c> only to OpenAI's own
    /// base URL (models/chatcmpl_helpers.py get_stream_options_param, get_store_param), so against a local server it
    /// sends neither; both are transport settings the model never sees.
    /// </summary>
    public static IReadOnlySet<string> IgnoredFields { get; } = new HashSet<string>(["stream_options", "store"], StringComparer.Ordinal);

    /// <summary>The request body as compared: without <see cref="IgnoredFields"/>, parser messages replaced by <see cref="ParserMessage"/>.</summary>
    public static JsonObject Compared(JsonObject body)
    {
        var copy = body.DeepClone().AsObject();
        foreach (var field in IgnoredFields)
        {
            copy.Remove(field);
        }

        foreach (var message in Messages(copy).Where(m => (string?)m["role"] == "tool"))
        {
            // Python: "...valid JSON. Error: {json_decode_error}" (tool.py default_tool_error_function); the JS SDK
            // leaves the error out. The parser's message itself is the runtime's own, so only its presence is compared.
            if (message["content"] is JsonValue value && value.TryGetValue<string>(out var content) && content.StartsWith(ParseErrorOutput, StringComparison.Ordinal))
            {
                message["content"] = content.Length > ParseErrorOutput.Length ? $"{ParseErrorOutput} Error: {ParserMessage}" : content;
            }
        }

        return copy;
    }

    /// <summary>The SDK's request as Python sends it, from the JS SDK's as recorded.</summary>
    /// <param name="body">The JS SDK's request body.</param>
    /// <param name="script">The case's script: the responses the model gave.</param>
    public static JsonObject FromJavaScriptSdk(JsonObject body, WireCase script)
    {
        var request = Compared(body);
        foreach (var message in Messages(request).Where(m => (string?)m["role"] == "tool"))
        {
            if (message["content"] is JsonValue value && value.TryGetValue<string>(out var content) && content == ParseErrorOutput)
            {
                message["content"] = $"{ParseErrorOutput} Error: {ParserMessage}";
            }
        }

        RestoreIgnoredHandoffs(request, script);
        return request;
    }

    // When one response holds several handoff calls, the JS SDK drops all but the first from the history. Python keeps
    // every call of the response in the assistant message, and its execute_handoffs (run_internal/turn_resolution.py)
    // extends the items with the ignored calls' outputs before it appends the accepted handoff's output.
    private static void RestoreIgnoredHandoffs(JsonObject request, WireCase wireCase)
    {
        if (request["messages"] is not JsonArray messages)
        {
            return;
        }

        foreach (var turn in wireCase.Script.Values.SelectMany(t => t).Where(t => t.ToolCalls.Count > 1))
        {
            var accepted = turn.ToolCalls[0];
            var assistant = messages.OfType<JsonObject>().FirstOrDefault(m => m["tool_calls"] is JsonArray calls
                && calls.Any(c => (string?)c!["id"] == accepted.Id) && calls.Count < turn.ToolCalls.Count);
            if (assistant is null)
            {
                continue;
            }

            var present = assistant["tool_calls"]!.AsArray().Select(c => (string?)c!["id"]).ToHashSet();
            var dropped = turn.ToolCalls.Where(c => !present.Contains(c.Id)).ToList();
            assistant["tool_calls"] = new JsonArray([.. turn.ToolCalls.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["type"] = "function",
                // chatcmpl_converter.py items_to_messages: arguments as the model sent them, "{}" when empty.
                ["function"] = new JsonObject { ["name"] = c.Name, ["arguments"] = c.Arguments.Length > 0 ? c.Arguments : "{}" },
            })]);
            var acceptedOutput = messages.OfType<JsonObject>().First(m => (string?)m["role"] == "tool" && (string?)m["tool_call_id"] == accepted.Id);
            var at = messages.IndexOf(acceptedOutput);
            foreach (var call in dropped)
            {
                messages.Insert(at++, new JsonObject { ["role"] = "tool", ["tool_call_id"] = call.Id, ["content"] = IgnoredHandoffOutput });
            }
        }
    }

    private static IEnumerable<JsonObject> Messages(JsonObject request) =>
        request["messages"] is JsonArray messages ? messages.OfType<JsonObject>() : [];
}
