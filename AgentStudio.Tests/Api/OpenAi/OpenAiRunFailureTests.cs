using System.ClientModel;
using System.Net;
using System.Text;
using System.Text.Json;
using OpenAI;
using OpenAI.Chat;

namespace AgentStudio.Tests.Api.OpenAi;

/// <summary>
/// An app whose only model provider serves another model, so that every run of the published design fails as a model
/// error: a failed run is an OpenAI error object with the run's error kind and message, streamed or not.
/// </summary>
public sealed class OpenAiRunFailureTests(OpenAiRunFailureTests.NoProviderForTheDesign app) : IClassFixture<OpenAiRunFailureTests.NoProviderForTheDesign>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFailedRun_Is422_WithTheRunsErrorKindAndMessage(bool stream)
    {
        using var client = app.Client();
        var json = $$"""{"model":"{{OpenAiAppFixture.Slug}}","stream":{{(stream ? "true" : "false")}},"messages":[{"role":"user","content":"I was charged twice"}]}""";

        using var response = await client.PostAsync("/v1/chat/completions", new StringContent(json, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("error");
        Assert.Equal(("model_error", "server_error"), (error.GetProperty("code").GetString(), error.GetProperty("type").GetString()));
        Assert.Contains("No model provider serves gpt-4o", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenAISdk_RaisesTheRunsError()
    {
        var client = new ChatClient(OpenAiAppFixture.Slug, new ApiKeyCredential(app.Key), new OpenAIClientOptions { Endpoint = new Uri(app.App.BaseAddress, "v1") });

        var error = await Assert.ThrowsAsync<ClientResultException>(() => client.CompleteChatAsync([new UserChatMessage("I was charged twice")], cancellationToken: Cancel));

        Assert.Equal((int)HttpStatusCode.UnprocessableEntity, error.Status);
        Assert.Contains("No model provider serves gpt-4o", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The app of <see cref="OpenAiAppFixture"/> with one provider, which serves only a model no agent of the design uses.</summary>
    public sealed class NoProviderForTheDesign : OpenAiAppFixture
    {
        /// <inheritdoc />
        protected override IReadOnlyList<string> MoreArguments =>
        [
            "--AgentStudio:Models:Providers:0:Name", "elsewhere",
            "--AgentStudio:Models:Providers:0:Kind", "OpenAICompatible",
            "--AgentStudio:Models:Providers:0:Endpoint", "http://127.0.0.1:9/v1",
            "--AgentStudio:Models:Providers:0:Models:0", "another-model",
        ];
    }
}
