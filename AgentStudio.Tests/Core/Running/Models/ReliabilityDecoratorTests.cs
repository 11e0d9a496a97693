using System.Runtime.CompilerServices;
using AgentStudio.Core.Running.Models.Reliability;
using Microsoft.Extensions.AI;

namespace AgentStudio.Tests.Core.Running.Models;

/// <summary>The reliability decorators on their own, around a fake client: what passes, what fails, and that cancelling still cancels.</summary>
public sealed class ReliabilityDecoratorTests
{
    private static readonly ChatResponseUpdate Hello = new(ChatRole.Assistant, "Hello");
    private static readonly ChatResponseUpdate Stop = new() { FinishReason = ChatFinishReason.Stop };

    [Fact]
    public async Task AnswerChecks_PassAWholeStream_AndFailOneWithoutAFinishReason()
    {
        var whole = new StreamingFake((_, _) => Updates(Hello, Stop)).AsBuilder().UseAnswerChecks().Build();
        var cut = new StreamingFake((_, _) => Updates(Hello)).AsBuilder().UseAnswerChecks().Build();

        Assert.Equal(2, (await whole.GetStreamingResponseAsync("hi", cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken)).Count);
        var error = await Assert.ThrowsAsync<ModelCallException>(async () => await cut.GetStreamingResponseAsync("hi", cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(AnswerCheckingChatClient.StreamClosedEarly, error.Message);
    }

    [Fact]
    public async Task StreamIdleTimeout_CancelsTheInnerStream_AndSaysHowLongItWaited()
    {
        var innerToken = new TaskCompletionSource<CancellationToken>();
        var client = new StreamingFake((_, token) => HelloThenSilence(innerToken, token)).AsBuilder().UseStreamIdleTimeout(TimeSpan.FromMilliseconds(300)).Build();

        var error = await Assert.ThrowsAsync<ModelCallException>(async () => await client.GetStreamingResponseAsync("hi", cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal("the model server sent nothing for 300 ms, so the call was abandoned", error.Message);
        Assert.True((await innerToken.Task).IsCancellationRequested);
    }

    [Fact]
    public async Task CallDeadline_LeavesTheCallersCancellation_ACancellation()
    {
        using var cancel = new CancellationTokenSource();
        var client = new StreamingFake((_, token) => HelloThenSilence(new(), token)).AsBuilder().UseCallDeadline(TimeSpan.FromSeconds(30)).Build();
        var updates = client.GetStreamingResponseAsync("hi", cancellationToken: cancel.Token).GetAsyncEnumerator(cancel.Token);
        Assert.True(await updates.MoveNextAsync());

        var next = updates.MoveNextAsync().AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
        await updates.DisposeAsync();
    }

    [Fact]
    public async Task Retries_TellTheObserver_AndPassOnANonTransientFailureInPlainWords()
    {
        var tries = 0;
        var client = new StreamingFake((_, _) => ++tries == 1 ? Throwing(new HttpRequestException("Connection refused (127.0.0.1:1)")) : Updates(Hello, Stop))
            .AsBuilder().UseRetries(maxRetries: 2, callTimeout: TimeSpan.FromSeconds(30)).Build();
        var seen = new List<ModelRetry>();
        var options = new AgentStudio.Core.Running.Models.AgentChatOptions("A") { RetryObserver = seen.Add };

        var updates = await client.GetStreamingResponseAsync("hi", options, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, updates.Count);
        var retry = Assert.Single(seen);
        Assert.Equal((1, 2, "the server could not be reached"), (retry.Attempt, retry.MaxRetries, retry.Reason));
        var failing = new StreamingFake((_, _) => Throwing(new InvalidOperationException("bad request shape"))).AsBuilder().UseRetries(2, TimeSpan.FromSeconds(30)).Build();
        var error = await Assert.ThrowsAsync<ModelCallException>(async () => await failing.GetStreamingResponseAsync("hi", cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal("bad request shape", error.Message);
    }

    [Fact]
    public async Task Retries_ThatGiveUp_SayTheCauseOnce_WithHowManyTries()
    {
        var client = new StreamingFake((_, _) => Throwing(new HttpRequestException("Connection refused (127.0.0.1:1)")))
            .AsBuilder().UseRetries(maxRetries: 1, callTimeout: TimeSpan.FromSeconds(30)).Build();

        var error = await Assert.ThrowsAsync<ModelCallException>(async () => await client.GetStreamingResponseAsync("hi", cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));

        // Not the SDK's "Retry failed after 2 tries. (Connection refused …) (Connection refused …)".
        Assert.Equal("the model server could not be reached after 2 tries: Connection refused (127.0.0.1:1)", error.Message);
    }

    private static async IAsyncEnumerable<ChatResponseUpdate> Updates(params ChatResponseUpdate[] updates)
    {
        foreach (var update in updates)
        {
            await Task.Yield();
            yield return update;
        }
    }

    private static async IAsyncEnumerable<ChatResponseUpdate> HelloThenSilence(TaskCompletionSource<CancellationToken> innerToken, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return Hello;
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        finally
        {
            innerToken.TrySetResult(cancellationToken);
        }
    }

#pragma warning disable CS0162 // The yield makes it an iterator that throws on its first MoveNext, as a failed request does.
    private static async IAsyncEnumerable<ChatResponseUpdate> Throwing(Exception exception)
    {
        await Task.Yield();
        throw exception;
        yield break;
    }
#pragma warning restore CS0162

    /// <summary>A chat client that streams what a test scripts.</summary>
    private sealed class StreamingFake(Func<IEnumerable<ChatMessage>, CancellationToken, IAsyncEnumerable<ChatResponseUpdate>> stream) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            stream(messages, cancellationToken).ToChatResponseAsync(cancellationToken);

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            stream(messages, cancellationToken);

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
