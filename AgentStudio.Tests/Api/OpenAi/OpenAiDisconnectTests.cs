using System.Diagnostics;
using System.Net;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;

namespace AgentStudio.Tests.Api.OpenAi;

/// <summary>
/// A client that hangs up in the middle of a streamed chat completion: the run is cancelled (the model stream stops)
/// and stored as cancelled, on an app whose simulated model takes a second per chunk so that a run is still going.
/// </summary>
public sealed class OpenAiDisconnectTests(OpenAiDisconnectTests.SlowModel app) : IClassFixture<OpenAiDisconnectTests.SlowModel>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HangingUpMidStream_CancelsTheRun_AndItIsStoredAsCancelled()
    {
        // No draining of the unread response on dispose (the handler's default), so hanging up closes the connection at once.
        using var client = new HttpClient(new SocketsHttpHandler { MaxResponseDrainSize = 0 }) { BaseAddress = app.App.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", app.Key);
        var json = $$"""{"model":"{{OpenAiAppFixture.Slug}}","stream":true,"messages":[{"role":"user","content":"I was charged twice"}]}""";
        Guid runId;
        using (var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(json, Encoding.UTF8, "application/json") }, HttpCompletionOption.ResponseHeadersRead, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            runId = Guid.Parse(response.Headers.GetValues("AgentStudio-Run-Id").Single());
            await using var stream = await response.Content.ReadAsStreamAsync(Cancel);
            await foreach (var item in SseParser.Create(stream).EnumerateAsync(Cancel))
            {
                var delta = JsonDocument.Parse(item.Data).RootElement.GetProperty("choices")[0].GetProperty("delta");
                if (delta.TryGetProperty("content", out var content) && content.GetString() is { Length: > 0 })
                {
                    break;
                }
            }
        }

        var hungUp = Stopwatch.StartNew();

        // The run is stored when it ends: wait for it (the rest of the answer would take over ten seconds at a chunk a second).
        var record = await StoredRunAsync(client, runId, TimeSpan.FromSeconds(30));

        Assert.Equal("cancelled", record.GetProperty("status").GetString());
        Assert.True(hungUp.Elapsed < TimeSpan.FromSeconds(4), $"The run ended {hungUp.Elapsed.TotalSeconds:0.0} s after the client hung up: the model stream went on.");
    }

    private static async Task<JsonElement> StoredRunAsync(HttpClient client, Guid runId, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var response = await client.GetAsync($"/api/runs/{runId}", Cancel);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
            }

            Assert.True(waited.Elapsed < timeout, $"Run {runId} was not stored within {timeout.TotalSeconds} s.");
            await Task.Delay(100, Cancel);
        }
    }

    /// <summary>The app of <see cref="OpenAiAppFixture"/> with a simulated model that pauses a second between chunks.</summary>
    public sealed class SlowModel : OpenAiAppFixture
    {
        /// <inheritdoc />
        protected override IReadOnlyList<string> MoreArguments => ["--AgentStudio:Models:SimulatedChunkDelay", "00:00:01"];
    }
}
