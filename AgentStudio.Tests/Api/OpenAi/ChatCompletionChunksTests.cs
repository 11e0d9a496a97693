using System.Text.Json;
using AgentStudio.Api.OpenAi;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Events;
using Chunks = AgentStudio.Api.OpenAi.ChatCompletionChunks;

namespace AgentStudio.Tests.Api.OpenAi;

/// <summary>The data of a streamed chat completion, made from a run's events as OpenAI streams a completion.</summary>
public sealed class ChatCompletionChunksTests
{
    private static readonly RunUsage Usage = new(3, 120, 30);

    [Fact]
    public void ACompletedRun_StreamsRole_Text_Stop_Usage_AndDone()
    {
        var data = Translate(includeUsage: true,
            new AgentUpdatedEvent { Agent = "Triage" },
            new HandoffOccurredEvent { Agent = "Triage", Target = "Billing" },
            new TextDeltaEvent { Agent = "Billing", Delta = "Refund " },
            new TextDeltaEvent { Agent = "Billing", Delta = "issued." },
            new MessageOutputCreatedEvent { Agent = "Billing", Text = "Refund issued." },
            new RunCompletedEvent { Agent = "Billing", FinalOutput = "Refund issued.", Usage = Usage });

        Assert.Equal(Chunks.Done, data[^1]);
        var chunks = data[..^1].Select(d => JsonDocument.Parse(d).RootElement).ToList();
        Assert.All(chunks, c => Assert.Equal(("chatcmpl-1", "chat.completion.chunk", 1700000000, "support"), (c.GetProperty("id").GetString(), c.GetProperty("object").GetString(), c.GetProperty("created").GetInt64(), c.GetProperty("model").GetString())));
        Assert.Equal("""{"role":"assistant","content":""}""", chunks[0].GetProperty("choices")[0].GetProperty("delta").GetRawText());
        Assert.Equal(["Refund ", "issued."], chunks[1..3].Select(c => c.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString()));
        Assert.All(chunks[..3], c => Assert.Equal(JsonValueKind.Null, c.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind));
        Assert.Equal("{}", chunks[3].GetProperty("choices")[0].GetProperty("delta").GetRawText());
        Assert.Equal("stop", chunks[3].GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.All(chunks[..4], c => Assert.Equal(JsonValueKind.Null, c.GetProperty("usage").ValueKind));
        Assert.Equal(0, chunks[4].GetProperty("choices").GetArrayLength());
        Assert.Equal("""{"prompt_tokens":120,"completion_tokens":30,"total_tokens":150}""", chunks[4].GetProperty("usage").GetRawText());
        Assert.Equal(5, chunks.Count);
    }

    [Fact]
    public void WithoutIncludeUsage_ThereIsNoUsageChunk()
    {
        var data = Translate(includeUsage: false,
            new TextDeltaEvent { Agent = "Billing", Delta = "Done." },
            new RunCompletedEvent { Agent = "Billing", FinalOutput = "Done.", Usage = Usage });

        Assert.Equal(4, data.Count);
        Assert.Equal("stop", JsonDocument.Parse(data[2]).RootElement.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal(Chunks.Done, data[3]);
    }

    [Fact]
    public void MessagesOfSeveralTurns_AreSeparatedByABlankLine()
    {
        var data = Translate(includeUsage: false,
            new TextDeltaEvent { Agent = "Manager", Delta = "Let me check." },
            new MessageOutputCreatedEvent { Agent = "Manager", Text = "Let me check." },
            new ToolCalledEvent { Agent = "Manager", CallId = "c1", Tool = "lookup", Arguments = "{}" },
            new TextDeltaEvent { Agent = "Manager", Delta = "Found it." },
            new RunCompletedEvent { Agent = "Manager", FinalOutput = "Found it.", Usage = Usage });

        Assert.Equal("Let me check.\n\nFound it.", string.Concat(Contents(data)));
    }

    [Fact]
    public void AFinalOutputNoDeltaCarried_IsSentAsOneChunk()
    {
        var data = Translate(includeUsage: false, new RunCompletedEvent { Agent = "Billing", FinalOutput = """{"refund":true}""", Usage = Usage });

        Assert.Equal(["""{"refund":true}"""], Contents(data));
    }

    [Fact]
    public void ARunThatFailsMidStream_EndsWithAnErrorObject_AndNoDone()
    {
        var data = Translate(includeUsage: true,
            new TextDeltaEvent { Agent = "Billing", Delta = "Refund" },
            new RunFailedEvent { Agent = "Billing", ErrorKind = RunErrorKind.ModelError, Message = "The provider answered 500.", Usage = Usage });

        var error = JsonDocument.Parse(data[^1]).RootElement.GetProperty("error");
        Assert.Equal(("model_error", "server_error"), (error.GetProperty("code").GetString(), error.GetProperty("type").GetString()));
        Assert.Contains("The provider answered 500.", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Chunks.Done, data);
    }

    [Fact]
    public void ACancelledRun_EndsWithNothingMore()
    {
        var data = Translate(includeUsage: true,
            new TextDeltaEvent { Agent = "Billing", Delta = "Refund" },
            new RunCancelledEvent { Agent = "Billing", Usage = Usage });

        Assert.Equal(2, data.Count);
    }

    private static List<string> Translate(bool includeUsage, params RunEvent[] events)
    {
        var chunks = new Chunks("chatcmpl-1", 1700000000, "support", includeUsage);
        return [.. events.SelectMany(chunks.Translate)];
    }

    private static List<string> Contents(List<string> data) =>
        [.. data.Where(d => d != Chunks.Done)
            .Select(d => JsonDocument.Parse(d).RootElement.GetProperty("choices"))
            .Where(c => c.GetArrayLength() > 0 && c[0].GetProperty("delta").TryGetProperty("content", out _))
            .Select(c => c[0].GetProperty("delta").GetProperty("content").GetString()!)
            .Where(t => t.Length > 0)];
}
