using System.Runtime.CompilerServices;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tracing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace AgentStudio.Tests.Core.Running.Tracing;

/// <summary><see cref="RunLoggingChatClient"/>: model calls are logged by model and agent, masked, never with prompts or exceptions.</summary>
public sealed class RunLoggingChatClientTests
{
    private const string Secret = "sk-echoed-by-server-4242";
    private static readonly SecretMasker Masker = new(() => [Secret]);

    [Fact]
    public async Task AFailedCall_IsAWarning_WithTheMaskedMessage_AndNoException()
    {
        var logger = new ListLogger();
        using var client = new StubChatClient(() => throw new InvalidOperationException($"401: bad key Bearer {Secret}")).AsBuilder().UseRunLogging(logger, "gpt-4o", masker: Masker).Build();

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hello")], new AgentChatOptions("TriageAgent"), TestContext.Current.CancellationToken));

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Null(entry.Exception);
        Assert.Equal($"Model gpt-4o failed for TriageAgent (InvalidOperationException): 401: bad key Bearer {SecretMasker.Mask}", entry.Message);
    }

    [Fact]
    public async Task AStreamedAnswer_IsLoggedAtDebug_WithItsTokens_WithoutThePrompt()
    {
        var logger = new ListLogger();
        var answer = new ChatResponse(new ChatMessage(ChatRole.Assistant, "Hi there")) { Usage = new UsageDetails { InputTokenCount = 7, OutputTokenCount = 2 } };
        using var client = new StubChatClient(() => answer).AsBuilder().UseRunLogging(logger, "gpt-4o").Build();

        var updates = await client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "a private prompt")], new AgentChatOptions("TriageAgent"), TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Hi there", updates.ToChatResponse().Text);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Debug, entry.Level);
        Assert.StartsWith("Model gpt-4o answered TriageAgent in ", entry.Message, StringComparison.Ordinal);
        Assert.EndsWith("(7 tokens in, 2 out).", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("private prompt", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutALogger_NothingIsAdded()
    {
        using var inner = new StubChatClient(() => new ChatResponse());

        var built = inner.AsBuilder().UseRunLogging(null, "gpt-4o").Build();

        Assert.Same(inner, built);
    }

    private sealed record Entry(LogLevel Level, string Message, Exception? Exception);

    private sealed class ListLogger : ILogger
    {
        public List<Entry> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add(new Entry(logLevel, formatter(state, exception), exception));
    }

    private sealed class StubChatClient(Func<ChatResponse> answer) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(answer());

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            foreach (var update in answer().ToChatResponseUpdates())
            {
                yield return update;
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
