using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentStudio.Tests.Fakes;

/// <summary>
/// A local server speaking the Chat Completions wire format on a free loopback port: each request is answered by
/// the next queued responder (SSE chunks, errors, a cut stream, a stall), and every request is recorded.
/// </summary>
internal sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _responders = new();
    private readonly WebApplication _app;

    private FakeOpenAIServer(WebApplication app)
    {
        _app = app;
    }

    public sealed record ReceivedRequest(JsonObject Body, string? Authorization, DateTimeOffset At, string Path);

    /// <summary>The server's root address (without /v1).</summary>
    public Uri Root => new(BaseAddress.GetLeftPart(UriPartial.Authority));

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAIServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/openai/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    public FakeOpenAIServer Then(Func<HttpContext, Task> responder)
    {
        _responders.Enqueue(responder);
        return this;
    }

    /// <summary>A streamed text answer in the given chunks, then usage.</summary>
    public FakeOpenAIServer ThenText(params string[] chunks) => Then(context => StreamAsync(context,
        [.. chunks.Select((c, i) => Delta(i == 0 ? new JsonObject { ["role"] = "assistant", ["content"] = c } : new JsonObject { ["content"] = c })), Finish("stop")]));

    /// <summary>A streamed answer of numbered words <c>k0 k1 …</c>, one a chunk, <paramref name="gap"/> apart, recording when each left.</summary>
    public FakeOpenAIServer ThenNumberedChunks(int count, TimeSpan gap, ConcurrentDictionary<int, double> sentAtUnixMs) => Then(async context =>
    {
        context.Response.ContentType = "text/event-stream";
        for (var i = 0; i < count; i++)
        {
            sentAtUnixMs[i] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + (DateTime.UtcNow.Ticks % TimeSpan.TicksPerMillisecond / (double)TimeSpan.TicksPerMillisecond);
            await WriteChunkAsync(context, Delta(i == 0 ? new JsonObject { ["role"] = "assistant", ["content"] = $"k{i} " } : new JsonObject { ["content"] = $"k{i} " }));
            await Task.Delay(gap);
        }

        await WriteChunkAsync(context, Finish("stop"));
        await context.Response.WriteAsync("data: [DONE]\n\n");
    });

    /// <summary>A non-streamed (plain JSON) text answer.</summary>
    public FakeOpenAIServer ThenJsonText(string text) => Then(context => context.Response.WriteAsJsonAsync(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1,
        model = "gpt-4o",
        choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 5, completion_tokens = 1, total_tokens = 6 },
    }));

    /// <summary>A non-streamed (plain JSON) answer that only calls tools, each call's arguments as given.</summary>
    public FakeOpenAIServer ThenJsonToolCalls(params (string Id, string Name, string Arguments)[] calls) => Then(context => context.Response.WriteAsJsonAsync(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1,
        model = "gpt-4o",
        choices = new[]
        {
            new
            {
                index = 0,
                message = new { role = "assistant", content = (string?)null, tool_calls = calls.Select(c => new { id = c.Id, type = "function", function = new { name = c.Name, arguments = c.Arguments } }).ToArray() },
                finish_reason = "tool_calls",
            },
        },
        usage = new { prompt_tokens = 5, completion_tokens = 1, total_tokens = 6 },
    }));

    /// <summary>A streamed response of tool calls, each call's name and arguments split across several chunks.</summary>
    public FakeOpenAIServer ThenToolCalls(params (string Id, string Name, string Arguments)[] calls) => ThenToolCalls(null, calls);

    /// <summary>Tool calls as <see cref="ThenToolCalls(ValueTuple{string, string, string}[])"/>, the first chunk's content being <paramref name="content"/> (local servers send "").</summary>
    public FakeOpenAIServer ThenToolCalls(string? content, params (string Id, string Name, string Arguments)[] calls)
    {
        var chunks = new List<JsonObject> { Delta(new JsonObject { ["role"] = "assistant", ["content"] = content }) };
        for (var i = 0; i < calls.Length; i++)
        {
            var (id, name, arguments) = calls[i];
            chunks.Add(ToolDelta(i, new JsonObject { ["id"] = id, ["type"] = "function", ["function"] = new JsonObject { ["name"] = name, ["arguments"] = "" } }));
            var half = arguments.Length / 2;
            chunks.Add(ToolDelta(i, new JsonObject { ["function"] = new JsonObject { ["arguments"] = arguments[..half] } }));
            chunks.Add(ToolDelta(i, new JsonObject { ["function"] = new JsonObject { ["arguments"] = arguments[half..] } }));
        }

        chunks.Add(Finish("tool_calls"));
        return Then(context => StreamAsync(context, chunks));
    }

    public FakeOpenAIServer ThenStatus(int status, string? retryAfter = null) => Then(async context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        await context.Response.WriteAsJsonAsync(new { error = new { message = $"fake status {status}", type = "server_error" } });
    });

    /// <summary>A 401 whose error message quotes the Authorization header it received, as careless servers do.</summary>
    public FakeOpenAIServer ThenEchoAuthorization() => Then(async context =>
    {
        context.Response.StatusCode = 401;
        await context.Response.WriteAsJsonAsync(new { error = new { message = $"Invalid credentials: {context.Request.Headers.Authorization}", type = "invalid_request_error" } });
    });

    /// <summary>Two chunks of text, then the connection drops.</summary>
    public FakeOpenAIServer ThenCutStream() => Then(async context =>
    {
        context.Response.ContentType = "text/event-stream";
        await WriteChunkAsync(context, Delta(new JsonObject { ["role"] = "assistant", ["content"] = "Half an " }));
        await WriteChunkAsync(context, Delta(new JsonObject { ["content"] = "answer" }));
        await Task.Delay(50);
        context.Abort();
    });

    /// <summary>Streams the given chunks, then ends the response cleanly without a finish_reason, usage or [DONE]: a truncated answer.</summary>
    public FakeOpenAIServer ThenStreamEndingEarly(params string[] chunks) => Then(async context =>
    {
        context.Response.ContentType = "text/event-stream";
        for (var i = 0; i < chunks.Length; i++)
        {
            await WriteChunkAsync(context, Delta(i == 0 ? new JsonObject { ["role"] = "assistant", ["content"] = chunks[i] } : new JsonObject { ["content"] = chunks[i] }));
        }
    });

    /// <summary>A 200 with <paramref name="body"/> as <paramref name="contentType"/>: what a proxy, a captive portal or a broken server sends.</summary>
    public FakeOpenAIServer Then200(string contentType, string body) => Then(async context =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = contentType;
        if (body.Length > 0)
        {
            await context.Response.WriteAsync(body);
        }
    });

    /// <summary>One chunk of text, then SSE keep-alive comments every <paramref name="interval"/> and nothing else, until the client gives up.</summary>
    public FakeOpenAIServer ThenKeepAliveDrip(TimeSpan interval) => Then(async context =>
    {
        context.Response.ContentType = "text/event-stream";
        await WriteChunkAsync(context, Delta(new JsonObject { ["role"] = "assistant", ["content"] = "Thinking" }));
        try
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await Task.Delay(interval, context.RequestAborted);
                await context.Response.WriteAsync(": keep-alive\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client gave up, as it should.
        }
    });

    /// <summary>Accepts the request and never answers (until the client gives up).</summary>
    public FakeOpenAIServer ThenStall() => Then(async context =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, as it should.
        }
    });

    private async Task HandleAsync(HttpContext context)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        Requests.Enqueue(new ReceivedRequest(body, context.Request.Headers.Authorization, DateTimeOffset.UtcNow, context.Request.Path));
        if (!_responders.TryDequeue(out var responder))
        {
            context.Response.StatusCode = 418;
            await context.Response.WriteAsync("the test queued no response for this request");
            return;
        }

        await responder(context);
    }

    private static async Task StreamAsync(HttpContext context, IReadOnlyList<JsonObject> chunks)
    {
        context.Response.ContentType = "text/event-stream";
        foreach (var chunk in chunks)
        {
            await WriteChunkAsync(context, chunk);
        }

        await WriteChunkAsync(context, new JsonObject
        {
            ["id"] = "chatcmpl-fake", ["object"] = "chat.completion.chunk", ["created"] = 1, ["model"] = "gpt-4o", ["choices"] = new JsonArray(),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 11, ["completion_tokens"] = 7, ["total_tokens"] = 18 },
        });
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static async Task WriteChunkAsync(HttpContext context, JsonObject chunk)
    {
        await context.Response.WriteAsync($"data: {chunk.ToJsonString()}\n\n", Encoding.UTF8);
        await context.Response.Body.FlushAsync();
    }

    private static JsonObject Delta(JsonObject delta, string? finish = null) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1,
        ["model"] = "gpt-4o",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
    };

    private static JsonObject ToolDelta(int index, JsonObject call)
    {
        call["index"] = index;
        return Delta(new JsonObject { ["tool_calls"] = new JsonArray(call) });
    }

    private static JsonObject Finish(string reason) => Delta(new JsonObject(), reason);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
