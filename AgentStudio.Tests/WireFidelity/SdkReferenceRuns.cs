using System.Text.Json.Nodes;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.WireFidelity;

/// <summary>
/// Every <see cref="WireCases"/> case run once by the OpenAI Agents SDK (JavaScript, shaped to the Python SDK's
/// requests by Sdk/python-conventions.mjs), each against its own recording server, all in one node process.
/// </summary>
public sealed class SdkReferenceRuns : IAsyncLifetime
{
    private readonly Dictionary<string, SdkRun> _runs = new(StringComparer.Ordinal);

    /// <summary>The SDK's run of a case.</summary>
    internal SdkRun this[string caseName] => _runs[caseName];

    public async ValueTask InitializeAsync()
    {
        var servers = new Dictionary<string, RecordingChatCompletionsServer>(StringComparer.Ordinal);
        try
        {
            foreach (var wireCase in WireCases.All)
            {
                servers[wireCase.Name] = await RecordingChatCompletionsServer.StartAsync(wireCase.AgentByInstructions, wireCase.Script);
            }

            var cases = new JsonArray([.. WireCases.All.Select(c => new JsonObject
            {
                ["name"] = c.Name,
                ["baseUrl"] = servers[c.Name].BaseAddress.ToString(),
                ["input"] = c.Input,
                ["design"] = JsonNode.Parse(c.DesignJson),
            })]);
            using var folder = new TemporaryFolder("agentstudio-wire");
            var casesFile = Path.Combine(folder.Path, "cases.json");
            await File.WriteAllTextAsync(casesFile, new JsonObject { ["cases"] = cases }.ToJsonString());

            var output = await NodeSdk.RunAsync("run-design.mjs", [casesFile], TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var outcome = JsonNode.Parse(line)!.AsObject();
                var name = (string)outcome["case"]!;
                outcome.Remove("case");
                _runs[name] = new SdkRun(outcome, [.. servers[name].Requests]);
            }
        }
        finally
        {
            foreach (var server in servers.Values)
            {
                await server.DisposeAsync();
            }
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>What the SDK did in one case: its outcome line and the requests the server recorded.</summary>
internal sealed record SdkRun(JsonObject Outcome, IReadOnlyList<RecordingChatCompletionsServer.RecordedRequest> Requests);
