using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentStudio.Tests.WireFidelity;

/// <summary>
/// A Chat Completions server on a free loopback port that answers each agent from its own script and records every
/// request body. The agent is recognised by the request's system message (its instructions, or their first lines when a
/// framework appends its own), so the answers do not
/// depend on the order in which nested runs call the server. A request with <c>"stream": true</c> gets the answer as
/// server-sent chunks, any other a plain <c>chat.completion</c>.
/// </summary>
internal sealed class RecordingChatCompletionsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IReadOnlyDictionary<string, string> _agentByInstructions;
    private readonly Dictionary<string, Queue<ScriptedTurn>> _script;
    private readonly Lock _gate = new();

    private RecordingChatCompletionsServer(WebApplication app, IReadOnlyDictionary<string, string> agentByInstructions, IReadOnlyDictionary<string, IReadOnlyList<ScriptedTurn>> script)
    {
        _app = app;
        _agentByInstructions = agentByInstructions;
        _script = script.ToDictionary(s => s.Key, s => new Queue<ScriptedTurn>(s.Value), StringComparer.Ordinal);
    }

    /// <summary>A request the server received: the agent it was for (by instructions; "?" when unknown) and its body.</summary>
    public sealed record RecordedRequest(string Agent, JsonObject Body);

    /// <summary>The base URL clients use, ending in <c>/v1</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request, in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Starts a server that answers the agent with these instructions from its script.</summary>
    /// <param name="agentByInstructions">Agent name by its instructions (the system message it sends).</param>
    /// <param name="script">Each agent's responses, in order.</param>
    public static async Task<RecordingChatCompletionsServer> StartAsync(
        IReadOnlyDictionary<string, string> agentByInstructions, IReadOnlyDictionary<string, IReadOnlyList<ScriptedTurn>> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RecordingChatCompletionsServer(app, agentByInstructions, script);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        // Azure OpenAI's v1 API, for exported projects given the server's root as AZURE_OPENAI_ENDPOINT.
        app.MapPost("/openai/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var instructions = body["messages"] is JsonArray { Count: > 0 } messages && (string?)messages[0]?["role"] == "system"
            ? (string?)messages[0]!["content"]
            : null;
        var agent = instructions is null ? "?" : AgentOf(instructions);
        Requests.Enqueue(new RecordedRequest(agent, body));
        ScriptedTurn? turn = null;
        lock (_gate)
        {
            if (_script.TryGetValue(agent, out var turns))
            {
                turns.TryDequeue(out turn);
            }
        }

        if (turn is null)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsJsonAsync(new { error = new { message = $"the script has no more responses for agent {agent}", type = "invalid_request_error" } });
            return;
        }

        if ((bool?)body["stream"] != true)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Completion(turn).ToJsonString(), Encoding.UTF8);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        foreach (var chunk in Chunks(turn))
        {
            await context.Response.WriteAsync($"data: {chunk.ToJsonString()}\n\n", Encoding.UTF8);
        }

        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    // Agent Framework appends its own handoff instructions to an agent's, after a line break.
    private string AgentOf(string instructions) =>
        _agentByInstructions.TryGetValue(instructions, out var name)
            ? name
            : _agentByInstructions.Where(a => instructions.StartsWith(a.Key + "\n", StringComparison.Ordinal)).OrderByDescending(a => a.Key.Length).Select(a => a.Value).FirstOrDefault() ?? "?";

    private static JsonObject Completion(ScriptedTurn turn)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = turn.Text };
        if (turn.Text is null)
        {
            message["tool_calls"] = new JsonArray([.. turn.ToolCalls.Select(c => (JsonNode)ToolCall(c))]);
        }

        return new JsonObject
        {
            ["id"] = "chatcmpl-wire",
            ["object"] = "chat.completion",
            ["created"] = 1,
            ["model"] = "gpt-4o",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = turn.Text is null ? "tool_calls" : "stop" }),
            ["usage"] = Usage(),
        };
    }

    private static JsonObject ToolCall(ScriptedToolCall call) => new()
    {
        ["id"] = call.Id, ["type"] = "function", ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = call.Arguments },
    };

    private static JsonObject Usage() => new() { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 };

    private static IEnumerable<JsonObject> Chunks(ScriptedTurn turn)
    {
        if (turn.Text is not null)
        {
            yield return Chunk(new JsonObject { ["role"] = "assistant", ["content"] = turn.Text });
            yield return Chunk(new JsonObject(), "stop");
        }
        else
        {
            yield return Chunk(new JsonObject { ["role"] = "assistant", ["content"] = null });
            for (var i = 0; i < turn.ToolCalls.Count; i++)
            {
                var call = ToolCall(turn.ToolCalls[i]);
                call.Insert(0, "index", i);
                yield return Chunk(new JsonObject { ["tool_calls"] = new JsonArray(call) });
            }

            yield return Chunk(new JsonObject(), "tool_calls");
        }

        var usage = Chunk(null);
        usage["usage"] = Usage();
        yield return usage;
    }

    private static JsonObject Chunk(JsonObject? delta, string? finishReason = null) => new()
    {
        ["id"] = "chatcmpl-wire",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1,
        ["model"] = "gpt-4o",
        ["choices"] = delta is null ? new JsonArray() : new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason }),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
