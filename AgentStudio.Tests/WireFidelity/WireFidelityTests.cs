using System.Text.Json.Nodes;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Core.Serialization;

namespace AgentStudio.Tests.WireFidelity;

/// <summary>
/// What you try is what you ship (issue 14): each case runs through AgentStudio and through the OpenAI Agents SDK
/// against the same scripted Chat Completions server, and every request AgentStudio sends must equal the Python SDK's,
/// field by field (tools, tool_choice, parallel_tool_calls, response_format, messages, sampling settings), with the
/// same outcome. The SDK side is the JavaScript SDK, shaped to what Python sends (Sdk/python-conventions.mjs,
/// <see cref="PythonSdkRequests"/>).
/// </summary>
public sealed class WireFidelityTests(SdkReferenceRuns sdk) : IClassFixture<SdkReferenceRuns>
{
    public static TheoryData<string> Cases => WireCases.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Requests_AndOutcome_EqualThePythonSdks(string caseName)
    {
        var wireCase = WireCases.Find(caseName);
        var reference = sdk[caseName];
        Assert.NotEmpty(reference.Requests);

        await using var server = await RecordingChatCompletionsServer.StartAsync(wireCase.AgentByInstructions, wireCase.Script);
        var result = await RunStreamingAsync(Runner(server), Compile(wireCase), wireCase.Input);

        var differences = new List<string>();
        JsonDiff.Collect("outcome", OutcomeOf(result), PythonOutcome(wireCase, reference.Outcome), differences);
        var ours = server.Requests.ToList();
        for (var i = 0; i < Math.Max(ours.Count, reference.Requests.Count); i++)
        {
            var agent = i < reference.Requests.Count ? reference.Requests[i].Agent : ours[i].Agent;
            JsonDiff.Collect(
                $"request {i + 1} ({agent}) $",
                i < ours.Count ? Labelled(ours[i].Agent, PythonSdkRequests.Compared(ours[i].Body)) : null,
                i < reference.Requests.Count ? Labelled(reference.Requests[i].Agent, PythonSdkRequests.FromJavaScriptSdk(reference.Requests[i].Body, wireCase)) : null,
                differences);
        }

        Assert.True(differences.Count == 0,
            $"{caseName}: AgentStudio differs from the Python SDK in {differences.Count} field(s) (the outcome, then each request in order; "
            + $"the SDK's outcome line was {reference.Outcome.ToJsonString()}):\n{string.Join('\n', differences)}");
    }

    // Streamed, as the playground runs a design (and as the SDK's Runner.run_streamed does).
    internal static async Task<RunResult> RunStreamingAsync(AgentRunner runner, CompiledDesign design, string input)
    {
        await using var run = runner.Start(design, input, cancellationToken: TestContext.Current.CancellationToken);
        await foreach (var _ in run.ReadEventsAsync(TestContext.Current.CancellationToken))
        {
            // Only the requests and the outcome are compared.
        }

        return await run.Completion.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    // The agent a request was for is compared too, so that a missing or extra model call shows as such.
    internal static JsonObject Labelled(string agent, JsonObject body)
    {
        body.Insert(0, "(agent)", agent);
        return body;
    }

    // Outcomes compare by final output and last agent, or by error kind: error messages are each SDK's own wording.
    internal static JsonObject OutcomeOf(RunResult result) => result.Status == RunStatus.Completed
        ? new JsonObject
        {
            ["finalOutput"] = result.StructuredOutput is { } structured ? JsonNode.Parse(structured.GetRawText()) : result.FinalOutput,
            ["lastAgent"] = result.LastAgent,
        }
        : new JsonObject { ["error"] = result.ErrorKind?.ToString() ?? result.Status.ToString() };

    private static JsonObject PythonOutcome(WireCase wireCase, JsonObject sdkOutcome)
    {
        if (wireCase.PythonFailsWith is { } kind)
        {
            return new JsonObject { ["error"] = kind };
        }

        // The JS SDK's error classes are named as our error kinds plus "Error" (ModelBehaviorError, MaxTurnsExceededError).
        return sdkOutcome["error"] is { } error
            ? new JsonObject { ["error"] = ((string?)error["kind"] ?? "").Replace("Error", "", StringComparison.Ordinal) }
            : sdkOutcome.DeepClone().AsObject();
    }

    internal static CompiledDesign Compile(WireCase wireCase)
    {
        var loaded = DesignSerializer.Load(wireCase.DesignJson);
        var design = loaded.Design ?? throw new InvalidOperationException($"{wireCase.Name} does not load: {string.Join("; ", loaded.Problems)}");
        var compiled = DesignCompiler.Compile(design);
        return compiled.Design ?? throw new InvalidOperationException($"{wireCase.Name} does not compile: {string.Join("; ", compiled.Problems)}");
    }

    internal static AgentRunner Runner(RecordingChatCompletionsServer server, AgentStudio.Core.Running.Tools.ToolServices? tools = null) => new(new ModelCatalog([new OpenAIModelSource(new ModelProviderSettings
    {
        Name = "wire",
        Kind = ModelProviderKind.OpenAICompatible,
        Endpoint = server.BaseAddress,
        ApiKey = "sk-differential-test",
        MaxRetries = 0,
        Timeout = TimeSpan.FromSeconds(20),
    })]), tools);
}
