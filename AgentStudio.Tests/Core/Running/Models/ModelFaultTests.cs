using System.Diagnostics;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Tests.Fakes;
using static AgentStudio.Tests.Core.Running.RunDesigns;

namespace AgentStudio.Tests.Core.Running.Models;

/// <summary>
/// The fault suite: a model server that cuts its answer short, answers 200 with something else, hangs, drips
/// keep-alives or asks to wait too long never makes a run succeed or go on past its deadline; the run fails as a
/// model error with a plain message, quickly.
/// </summary>
public sealed class ModelFaultTests : IAsyncLifetime
{
    private static readonly string[] SdkInternals = ["ClientPipeline", "NetworkTimeout", "aka.ms", "System.", "HTTP 2", "ClientResultException"];
    private FakeOpenAIServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private AgentRunner Runner(TimeSpan? callTimeout = null, TimeSpan? idleTimeout = null, int maxRetries = 2) => new(new ModelCatalog([new OpenAIModelSource(new ModelProviderSettings
    {
        Name = "fake",
        Kind = ModelProviderKind.OpenAICompatible,
        Endpoint = _server.BaseAddress,
        ApiKey = "test-key",
        MaxRetries = maxRetries,
        Timeout = callTimeout ?? TimeSpan.FromSeconds(4),
        StreamIdleTimeout = idleTimeout ?? TimeSpan.FromSeconds(4),
    })]));

    private static CompiledDesign OneAgent() => DesignCompiler.Compile(Design([Agent("triage", "TriageAgent")])).Design!;

    private static async Task<(List<RunEvent> Events, RunResult Result, TimeSpan Elapsed)> StreamAsync(AgentRunner runner, RunOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        await using var run = runner.Start(OneAgent(), "hi", options, TestContext.Current.CancellationToken);
        var events = new List<RunEvent>();
        await foreach (var runEvent in run.ReadEventsAsync(TestContext.Current.CancellationToken))
        {
            events.Add(runEvent);
        }

        var result = await run.Completion.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        return (events, result, clock.Elapsed);
    }

    private static void AssertPlainModelError(RunResult result, string expected)
    {
        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(RunErrorKind.ModelError, result.ErrorKind);
        Assert.Contains(expected, result.ErrorMessage, StringComparison.Ordinal);
        foreach (var internals in SdkInternals)
        {
            Assert.DoesNotContain(internals, result.ErrorMessage, StringComparison.Ordinal);
        }

        Assert.Equal(SpanStatus.Error, result.Trace!.Spans.Single(s => s.Kind == SpanKind.Generation).Status);
    }

    [Fact]
    public async Task StreamEndingWithoutFinishReason_FailsTheRun_AfterTheTextThatArrived()
    {
        _server.ThenStreamEndingEarly("Three ", "of ", "ten ");

        var (events, result, _) = await StreamAsync(Runner());

        Assert.Equal("Three of ten ", string.Concat(events.OfType<TextDeltaEvent>().Select(e => e.Delta)));
        AssertPlainModelError(result, "the model server closed the stream before the answer ended");
        Assert.IsType<RunFailedEvent>(events[^1]);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task StreamCutByAnAbortedConnection_FailsWithAPlainMessage()
    {
        _server.ThenCutStream();

        var (_, result, _) = await StreamAsync(Runner());

        AssertPlainModelError(result, "the model server closed the stream before the answer ended");
    }

    [Theory]
    [InlineData("application/json", """{"hello": "wor""", "not a Chat Completions response (text that is not JSON)")]
    [InlineData("application/json", """{"hello": "world"}""", "not a Chat Completions response (JSON without choices)")]
    [InlineData("text/html; charset=utf-8", "<!DOCTYPE html><html><body>Sign in to the Wi-Fi</body></html>", "not a Chat Completions response (an HTML page)")]
    [InlineData("application/json", "", "not a Chat Completions response (an empty body)")]
    public async Task A200ThatIsNotAChatCompletion_FailsTheRun_StreamingOrNot(string contentType, string body, string expected)
    {
        _server.Then200(contentType, body).Then200(contentType, body);

        var (events, streamed, _) = await StreamAsync(Runner());
        var whole = await Runner().RunAsync(OneAgent(), "hi", cancellationToken: TestContext.Current.CancellationToken);

        AssertPlainModelError(streamed, "the model server answered 200 with something that is ");
        Assert.Empty(events.OfType<TextDeltaEvent>());
        AssertPlainModelError(whole, "the model server answered 200 with something that is " + expected);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A200HtmlPage_ToAStreamingCall_IsNamedAnHtmlPage()
    {
        _server.Then200("text/html", "<html><body>Proxy login</body></html>");

        var (_, result, _) = await StreamAsync(Runner());

        AssertPlainModelError(result, "the model server answered 200 with something that is not a Chat Completions response (an HTML page)");
    }

    [Fact]
    public async Task ServerThatNeverAnswers_FailsAtTheCallDeadline_WithoutRetrying()
    {
        _server.ThenStall().ThenStall();

        var (_, result, elapsed) = await StreamAsync(Runner(callTimeout: TimeSpan.FromSeconds(1.5), idleTimeout: TimeSpan.FromSeconds(30)));

        AssertPlainModelError(result, "the model server did not finish answering within 1.5 s");
        Assert.InRange(elapsed, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task ServerThatNeverAnswers_WithoutStreaming_FailsAtTheCallDeadline()
    {
        _server.ThenStall().ThenStall();
        var clock = Stopwatch.StartNew();

        var result = await Runner(callTimeout: TimeSpan.FromSeconds(1.5)).RunAsync(OneAgent(), "hi", cancellationToken: TestContext.Current.CancellationToken);

        AssertPlainModelError(result, "the model server did not finish answering within 1.5 s");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task KeepAliveDrip_AfterOneChunk_FailsAtTheIdleTimeout()
    {
        _server.ThenKeepAliveDrip(TimeSpan.FromMilliseconds(200));

        var (events, result, elapsed) = await StreamAsync(Runner(callTimeout: TimeSpan.FromSeconds(8), idleTimeout: TimeSpan.FromSeconds(1)));

        Assert.Equal("Thinking", string.Concat(events.OfType<TextDeltaEvent>().Select(e => e.Delta)));
        AssertPlainModelError(result, "the model server sent nothing for 1 s");
        Assert.InRange(elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task RetryAfterBeyondTheDeadline_FailsFast_WithoutWaiting()
    {
        _server.ThenStatus(429, retryAfter: "60");

        var (events, result, elapsed) = await StreamAsync(Runner(callTimeout: TimeSpan.FromSeconds(5)));

        AssertPlainModelError(result, "the model server asked to wait 60 s before trying again (429 Too Many Requests)");
        Assert.Empty(events.OfType<ModelRetryEvent>());
        Assert.Single(_server.Requests);
        Assert.True(elapsed < TimeSpan.FromSeconds(3), $"took {elapsed}");
    }

    [Fact]
    public async Task RetryAfter_IsAnnouncedAsARunEvent_ThenTheAnswerStreams()
    {
        _server.ThenStatus(503, retryAfter: "1").ThenText("Made it.");

        var (events, result, _) = await StreamAsync(Runner());

        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal("Made it.", result.FinalOutput);
        var retry = Assert.Single(events.OfType<ModelRetryEvent>());
        Assert.Equal(("TriageAgent", 1, 2, 1000d), (retry.Agent, retry.Attempt, retry.MaxRetries, retry.DelayMs));
        Assert.Equal("retrying in 1 s (1 of 2): the server asked to wait (503 Service Unavailable)", retry.Message);
        Assert.True(events.IndexOf(retry) < events.FindIndex(e => e is TextDeltaEvent));
        Assert.Contains("\"type\":\"model_retry\"", RunEventJson.Serialize(retry), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerErrors_AfterEveryRetry_FailWithAPlainMessage()
    {
        _server.ThenStatus(500).ThenStatus(500);

        var (events, result, _) = await StreamAsync(Runner(maxRetries: 1));

        AssertPlainModelError(result, "the model server answered 500 (Internal Server Error) after 2 tries: fake status 500");
        Assert.Single(events.OfType<ModelRetryEvent>());
    }

    [Fact]
    public async Task RunDeadline_FailsTheRun_WhileAModelCallIsUnderWay()
    {
        _server.ThenStall();

        var (_, result, elapsed) = await StreamAsync(Runner(callTimeout: TimeSpan.FromSeconds(30), idleTimeout: TimeSpan.FromSeconds(30)), new RunOptions { Timeout = TimeSpan.FromSeconds(1) });

        Assert.Equal(RunStatus.Failed, result.Status);
        Assert.Equal(RunErrorKind.ModelError, result.ErrorKind);
        Assert.Equal("The run went past its deadline of 1 s.", result.ErrorMessage);
        Assert.True(elapsed < TimeSpan.FromSeconds(4), $"took {elapsed}");
    }
}
