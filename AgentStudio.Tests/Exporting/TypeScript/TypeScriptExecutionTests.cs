using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Serialization;
using AgentStudio.Tests.Core.Running.Tools;
using AgentStudio.Tests.Support;
using AgentStudio.Tests.WireFidelity;

namespace AgentStudio.Tests.Exporting.TypeScript;

/// <summary>
/// The exported TypeScript project behaves as the design does in AgentStudio (issue 15): each design is exported,
/// run with <c>npm start -- "&lt;input&gt;"</c> on the pinned SDK (AgentStudio.Tests/Sdk/node_modules) against a
/// scripted Chat Completions server, and run by AgentStudio against the same script; the requests and the final
/// output must be equal. The JavaScript SDK's requests are shaped to the Python SDK's on their way out, as in the
/// wire fidelity tests (Sdk/exported-project-wire.mjs), since AgentStudio sends what the Python SDK sends.
/// </summary>
public sealed class TypeScriptExecutionTests
{
    public static TheoryData<string> Cases => new("customer-support", "research-manager", "hybrid-support", "unusual");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ExportedProject_SendsTheRequests_AndGivesTheOutput_OfAgentStudiosRun(string caseName)
    {
        var wireCase = caseName == "unusual" ? TypeScriptDesigns.UnusualCase : WireCases.Find(caseName);
        await AssertRunsAlikeAsync(wireCase, tools: null);
    }

    [Fact]
    public async Task ExportedProject_WithMockHttpAndBuiltinTools_SendsTheRequests_AndGivesTheOutput_OfAgentStudiosRun()
    {
        // The endpoint answers with what it was sent, so the tool's output (in the next model request) shows the request.
        await using var endpoint = new LocalHttpServer(r => new ServerReply(200,
            $"{r.Method} {r.RawUrl} [{r.Header("Content-Type")}] [X-Days: {r.Header("X-Days")}] {r.Body}"));
        var wireCase = TypeScriptDesigns.ToolsCase(endpoint.BaseUrl);

        await AssertRunsAlikeAsync(wireCase, new ToolServices { OutboundHttp = new OutboundHttpOptions { AllowPrivateNetworks = true } });

        var received = endpoint.Received.ToList();
        Assert.Equal(2, received.Count);
        Assert.All(received, r => Assert.Equal("POST /weather?q=S%C3%A3o%20Paulo%20%28SP%29%21&units=metric", $"{r.Method} {r.RawUrl}"));
        Assert.Equal(received[1].Body, received[0].Body);
        Assert.Equal(received[1].Header("Content-Type"), received[0].Header("Content-Type"));
        Assert.Equal("3", received[0].Header("X-Days"));
    }

    [Fact]
    public async Task ExportedProject_OnAzureVariablesAlone_SendsTheRequests_AndGivesTheOutput_OfAgentStudiosRun()
    {
        // Only AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY are set: the scripted server is reached through Azure
        // OpenAI's v1 path or not at all.
        await AssertRunsAlikeAsync(WireCases.Find("customer-support"), tools: null, azure: true);
    }

    // The exported project runs first, then AgentStudio on the same script; requests and outcome must be equal.
    private static async Task AssertRunsAlikeAsync(WireCase wireCase, ToolServices? tools, bool azure = false)
    {
        var design = DesignSerializer.Load(wireCase.DesignJson).Design!;

        await using var exportedServer = await RecordingChatCompletionsServer.StartAsync(wireCase.AgentByInstructions, wireCase.Script);
        var exported = await RunExportedAsync(wireCase, design, exportedServer.BaseAddress, azure);

        await using var studioServer = await RecordingChatCompletionsServer.StartAsync(wireCase.AgentByInstructions, wireCase.Script);
        var studio = await WireFidelityTests.RunStreamingAsync(WireFidelityTests.Runner(studioServer, tools), WireFidelityTests.Compile(wireCase), wireCase.Input);

        var differences = new List<string>();
        JsonDiff.Collect("outcome", exported.Outcome, WireFidelityTests.OutcomeOf(studio), differences);
        var ours = studioServer.Requests.ToList();
        var theirs = exportedServer.Requests.ToList();
        for (var i = 0; i < Math.Max(ours.Count, theirs.Count); i++)
        {
            JsonDiff.Collect(
                $"request {i + 1} $",
                i < theirs.Count ? WireFidelityTests.Labelled(theirs[i].Agent, PythonSdkRequests.FromJavaScriptSdk(theirs[i].Body, wireCase)) : null,
                i < ours.Count ? WireFidelityTests.Labelled(ours[i].Agent, PythonSdkRequests.Compared(ours[i].Body)) : null,
                differences);
        }

        Assert.True(differences.Count == 0,
            $"{wireCase.Name}: the exported project (\"ours\") differs from AgentStudio's run (\"SDK's\") in {differences.Count} field(s):\n"
            + $"{string.Join('\n', differences)}\n--- the project's output:\n{exported.Output}");
    }

    private sealed record ExportedRun(JsonObject Outcome, string Output);

    private static async Task<ExportedRun> RunExportedAsync(WireCase wireCase, DesignDocument design, Uri baseAddress, bool azure)
    {
        using var folder = new TemporaryFolder("agentstudio-ts-run");
        TypeScriptExports.WriteTo(TypeScriptExports.Export(wireCase.DesignJson), folder.Path);
        var modules = Path.Combine(NodeSdk.Folder, "node_modules");
        if (!Directory.Exists(Path.Combine(modules, "tsx")))
        {
            throw new InvalidOperationException($"tsx is not installed: run `npm ci` in {NodeSdk.Folder} (./test.sh does it).");
        }

        // The project's dependencies are the pinned ones the tests install from the committed lock file.
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "node_modules"), modules);

        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["start", "--silent", "--", wireCase.Input])
        {
            start.ArgumentList.Add(argument);
        }

        if (azure)
        {
            start.Environment.Remove("OPENAI_API_KEY");
            start.Environment.Remove("OPENAI_BASE_URL");
            start.Environment["AZURE_OPENAI_ENDPOINT"] = new Uri(baseAddress, "/").ToString();
            start.Environment["AZURE_OPENAI_API_KEY"] = "azure-differential-test";
        }
        else
        {
            // Azure's variables of the machine running the tests would take the project to Azure.
            start.Environment.Remove("AZURE_OPENAI_ENDPOINT");
            start.Environment.Remove("AZURE_OPENAI_API_KEY");
            start.Environment["OPENAI_API_KEY"] = "sk-differential-test";
            start.Environment["OPENAI_BASE_URL"] = baseAddress.ToString();
        }

        start.Environment["OPENAI_AGENTS_DISABLE_TRACING"] = "1";
        start.Environment["NODE_OPTIONS"] = $"--import={new Uri(Path.Combine(NodeSdk.Folder, "exported-project-wire.mjs")).AbsoluteUri}";
        start.Environment["AGENTSTUDIO_WIRE_NAMES"] = WireNames(design);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("Node.js and npm must be on PATH: the exported TypeScript project is run with npm start.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(120));
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"npm start did not finish within 120 s:\n{await output}");
            }

            var text = await output;
            Assert.True(process.ExitCode == 0, $"npm start exited with {process.ExitCode}:\n{await errors}\n{text}");
            return new ExportedRun(OutcomeOf(text, design), text);
        }
    }

    // main.ts ends with "Final output (<agent>):" and the output on the lines after it (JSON for a structured output).
    private static JsonObject OutcomeOf(string output, DesignDocument design)
    {
        const string Marker = "\n\nFinal output (";
        var at = output.LastIndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The project printed no final output:\n{output}");
        var rest = output[(at + Marker.Length)..];
        var close = rest.IndexOf("):\n", StringComparison.Ordinal);
        var lastAgent = rest[..close];
        var finalOutput = rest[(close + 3)..];
        finalOutput = finalOutput.EndsWith('\n') ? finalOutput[..^1] : finalOutput;
        var structured = design.Agents.Any(a => a.Name == lastAgent && a.OutputSchema is { ValueKind: JsonValueKind.Object })
            && design.Agents.First(a => a.Name == lastAgent).ToolUseBehavior != ToolUseBehavior.StopOnFirstTool;
        return new JsonObject
        {
            ["finalOutput"] = structured ? JsonNode.Parse(finalOutput) : finalOutput,
            ["lastAgent"] = lastAgent,
        };
    }

    // Which tool names are handoffs and which are agents used as tools, for the request shaping.
    private static string WireNames(DesignDocument design) => new JsonObject
    {
        ["handoffToolNames"] = new JsonArray([.. design.Edges.OfType<HandoffEdge>().Select(e => (JsonNode?)ToolNaming.EffectiveName(design, e))]),
        ["agentToolNames"] = new JsonArray([.. design.Edges.OfType<ToolEdge>().Where(e => design.FindAgent(e.To) is not null)
            .Select(e => (JsonNode?)ToolNaming.EffectiveName(design, e))]),
    }.ToJsonString();
}
