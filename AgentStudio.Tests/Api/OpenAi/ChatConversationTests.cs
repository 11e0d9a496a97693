using System.Text.Json;
using AgentStudio.Api;
using AgentStudio.Api.OpenAi;
using Microsoft.Extensions.AI;

namespace AgentStudio.Tests.Api.OpenAi;

/// <summary>How a chat completion request becomes a design's input and history, and which requests are refused with the parameter at fault.</summary>
public sealed class ChatConversationTests
{
    [Fact]
    public void LastUserMessage_IsTheInput_AndEarlierMessages_AreTheHistory_InOrder()
    {
        var conversation = Read("""
            {"model":"support","messages":[
              {"role":"system","content":"Be brief."},
              {"role":"developer","content":"Answer in English."},
              {"role":"user","content":"I was charged twice"},
              {"role":"assistant","content":"Which invoice?"},
              {"role":"user","content":"INV-1043"}]}
            """);

        Assert.Equal(("support", "INV-1043", false, false), (conversation.Slug, conversation.Input, conversation.Stream, conversation.IncludeUsage));
        Assert.Equal(
            [(ChatRole.System, "Be brief."), (ChatRole.System, "Answer in English."), (ChatRole.User, "I was charged twice"), (ChatRole.Assistant, "Which invoice?")],
            conversation.History.Select(m => (m.Role, m.Text)));
    }

    [Fact]
    public void ContentParts_OfText_AreJoined()
    {
        var conversation = Read("""{"model":"support","messages":[{"role":"user","content":[{"type":"text","text":"I was "},{"type":"text","text":"charged twice"}]}]}""");

        Assert.Equal("I was charged twice", conversation.Input);
        Assert.Empty(conversation.History);
    }

    [Fact]
    public void StreamWithIncludeUsage_IsRead()
    {
        var conversation = Read("""{"model":"support","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"hi"}]}""");

        Assert.True(conversation.Stream);
        Assert.True(conversation.IncludeUsage);
    }

    [Theory]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}]}""", "model")]
    [InlineData("""{"model":" ","messages":[{"role":"user","content":"hi"}]}""", "model")]
    [InlineData("""{"model":"support"}""", "messages")]
    [InlineData("""{"model":"support","messages":[]}""", "messages")]
    [InlineData("""{"model":"support","n":2,"messages":[{"role":"user","content":"hi"}]}""", "n")]
    [InlineData("""{"model":"support","messages":[null]}""", "messages[0]")]
    [InlineData("""{"model":"support","messages":[{"content":"hi"}]}""", "messages[0].role")]
    [InlineData("""{"model":"support","messages":[{"role":"robot","content":"hi"}]}""", "messages[0].role")]
    [InlineData("""{"model":"support","messages":[{"role":"user","content":"hi"},{"role":"tool","content":"42","tool_call_id":"c1"},{"role":"user","content":"ok"}]}""", "messages[1].role")]
    [InlineData("""{"model":"support","messages":[{"role":"assistant","content":null,"tool_calls":[{"id":"c1"}]},{"role":"user","content":"ok"}]}""", "messages[0].tool_calls")]
    [InlineData("""{"model":"support","messages":[{"role":"user"}]}""", "messages[0].content")]
    [InlineData("""{"model":"support","messages":[{"role":"user","content":42}]}""", "messages[0].content")]
    [InlineData("""{"model":"support","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"x"}}]}]}""", "messages[0].content[0].type")]
    [InlineData("""{"model":"support","messages":[{"role":"user","content":[{"type":"text"}]}]}""", "messages[0].content[0].text")]
    [InlineData("""{"model":"support","messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}""", "messages[1].role")]
    [InlineData("""{"model":"support","messages":[{"role":"user","content":"  "}]}""", "messages[0].content")]
    [InlineData("""{"model":"support","stream_options":{"include_usage":true},"messages":[{"role":"user","content":"hi"}]}""", "stream_options")]
    public void AnUnservableRequest_IsRefused_NamingTheParameter(string json, string param)
    {
        var refused = Assert.Throws<ApiRequestException>(() => Read(json));

        Assert.Equal(400, refused.StatusCode);
        Assert.Equal(param, refused.Param);
        Assert.Contains(param.Split('[')[0].Split('.')[0], refused.Message, StringComparison.Ordinal);
    }

    private static ChatConversation Read(string json) =>
        ChatConversation.From(JsonSerializer.Deserialize(json, OpenAiJsonContext.Default.ChatCompletionRequest)!);
}
