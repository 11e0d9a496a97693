using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;
using AgentStudio.Core.Exporting.CSharp;
using AgentStudio.Core.Templates;
using AgentStudio.Tests.Core.Running.Tools;
using AgentStudio.Tests.Support;
using AgentStudio.Tests.WireFidelity;

namespace AgentStudio.Tests.Exporting.CSharp;

/// <summary>
/// The C# export compiles and runs: each template is exported into a temporary folder, built with <c>dotnet build</c>
/// (packages from the local cache), and run against a scripted local Chat Completions server that drives its handoffs
/// and tool calls; the final output and the last agent it prints are checked. One build per test, one test at a time.
/// </summary>
public sealed class CSharpExportExecutionTests
{
    private const string Input = "I was charged twice";

    [Fact]
    public async Task CustomerSupport_HandsOffToBilling_WhichCallsTheMockTool()
    {
        var design = DesignTemplates.Find("customer-support")!.Design;
        var script = new Dictionary<string, IReadOnlyList<ScriptedTurn>>
        {
            // Agent Framework names the first handoff of an agent handoff_to_1 (the Agents SDK: transfer_to_billingagent).
            ["TriageAgent"] = [Call("handoff_to_1", "{\"reasonForHandoff\":\"a double charge\"}")],
            ["BillingAgent"] = [Call("lookup_invoices", "{\"customer_email\":\"ann@example.com\"}"), ScriptedTurn.Say("You were charged twice; $20.00 is on its way back.")],
        };

        await using var run = await ExportedRun.StartAsync(design, script);
        var (lastAgent, finalOutput) = await run.RunAsync(Input);

        Assert.Equal("BillingAgent", lastAgent);
        Assert.Equal("You were charged twice; $20.00 is on its way back.", finalOutput);
        var toolOutput = run.Server.Requests.Where(r => r.Agent == "BillingAgent").Last().Body["messages"]!.AsArray()
            .Single(m => (string?)m!["role"] == "tool")!["content"]!.GetValue<string>();
        Assert.Equal(
            "Invoices for ann@example.com: INV-1042 $20.00 on 2026-10-01 (subscription), INV-1043 $20.00 on 2026-10-01 (subscription, duplicate charge).",
            toolOutput);

        // dotnet format leaves the exported project as it is (it runs offline on the restored project).
        var format = await DotnetCli.RunAsync(["format", "--verify-no-changes", "--no-restore"], run.Cancellation, throwOnFailure: false, workingDirectory: run.Folder);
        Assert.True(format.ExitCode == 0, format.Output);
    }

    [Fact]
    public async Task HybridSupport_HandsOff_AndTheSpecialistCallsSubAgentsAsTools()
    {
        var design = DesignTemplates.Find("hybrid-support")!.Design;
        var script = new Dictionary<string, IReadOnlyList<ScriptedTurn>>
        {
            ["TriageAgent"] = [Call("handoff_to_1", "{\"reasonForHandoff\":\"billing\"}")],
            ["BillingAgent"] =
            [
                Call("lookup_invoice", "{\"query\":\"two charges of $20 in October\"}"),
                Call("calculate_refund", "{\"query\":\"INV-1042 and INV-1043, a duplicate charge\"}"),
                ScriptedTurn.Say("INV-1043 was a duplicate; you will get $20.00 back."),
            ],
            ["InvoiceLookup"] = [ScriptedTurn.Say("INV-1042 2026-10-01 $20.00 paid\nINV-1043 2026-10-01 $20.00 paid")],
            ["RefundCalculator"] = [ScriptedTurn.Say("$20.00: a full refund of the duplicate charge.")],
        };

        await using var run = await ExportedRun.StartAsync(design, script);
        var (lastAgent, finalOutput) = await run.RunAsync(Input);

        Assert.Equal("BillingAgent", lastAgent);
        Assert.Equal("INV-1043 was a duplicate; you will get $20.00 back.", finalOutput);
        // The sub-agents ran on what the specialist asked them, with no other history.
        var lookup = Assert.Single(run.Server.Requests, r => r.Agent == "InvoiceLookup");
        Assert.Equal("two charges of $20 in October", (string?)lookup.Body["messages"]![1]!["content"]);
        Assert.Equal("gpt-4o-mini", (string?)lookup.Body["model"]);
        Assert.Single(run.Server.Requests, r => r.Agent == "RefundCalculator");
    }

    [Fact]
    public async Task ResearchManager_CallsAgentsAsTools_AndTheResearcherAnswersInItsSchema()
    {
        var design = DesignTemplates.Find("research-manager")!.Design;
        const string findings = "{\"topic\":\"heat pumps\",\"key_facts\":[\"Sales grew in 2025\"],\"sources\":[\"IEA\"],\"confidence_score\":0.8}";
        var script = new Dictionary<string, IReadOnlyList<ScriptedTurn>>
        {
            ["ManagerAgent"] =
            [
                Call("research", "{\"query\":\"heat pumps\"}"),
                Call("analyze", "{\"query\":\"Sales grew in 2025\"}"),
                ScriptedTurn.Say("Heat pump sales grew in 2025 (IEA); the trend looks durable."),
            ],
            ["ResearchAgent"] = [Call("web_search", "{\"query\":\"heat pump sales 2025\"}"), ScriptedTurn.Say(findings)],
            ["AnalysisAgent"] = [ScriptedTurn.Say("The growth is likely to continue.")],
        };

        await using var run = await ExportedRun.StartAsync(design, script);
        var (lastAgent, finalOutput) = await run.RunAsync("How are heat pumps selling?");

        Assert.Equal("ManagerAgent", lastAgent);
        Assert.Equal("Heat pump sales grew in 2025 (IEA); the trend looks durable.", finalOutput);
        var research = run.Server.Requests.First(r => r.Agent == "ResearchAgent").Body;
        Assert.Equal("final_output", (string?)research["response_format"]!["json_schema"]!["name"]);
        Assert.Equal("topic", (string?)research["response_format"]!["json_schema"]!["schema"]!["required"]![0]);
        var manager = run.Server.Requests.First(r => r.Agent == "ManagerAgent").Body;
        Assert.Equal(0.3, (double)manager["temperature"]!, 5);
        Assert.True((bool?)manager["parallel_tool_calls"]);
    }

    [Fact]
    public async Task NamesInstructionsAndDescriptions_ReachTheModelByteForByte()
    {
        const string firstInstructions = "Say \"\"\"hello\"\"\" to C:\\Users\\Ωmega 😀 {{name}} ${secret:X}\n\tindented line\n\nafter a blank line\n";
        const string secondInstructions = "Windows\r\nline\u2028separator, zero\u200Bwidth, \"quotes\" and \\backslash";
        const string handoffDescription = "When \"asked\" for \\ things — naïve café 😀";
        var design = new DesignDocument
        {
            Name = "Tricky \"text\" — ünïcode",
            Entry = "first",
            Agents =
            [
                new AgentDefinition { Id = "first", Name = "First \"Agent\" Ω", Instructions = firstInstructions, Model = "gpt-4o" },
                new AgentDefinition { Id = "second", Name = "Second\\Agent", Instructions = secondInstructions },
            ],
            Edges = [new HandoffEdge { Id = "first-second", From = "first", To = "second", Description = handoffDescription }],
            Notes = [new DesignNote { Id = "note", Text = "A note\nover */ two lines" }],
        };
        var script = new Dictionary<string, IReadOnlyList<ScriptedTurn>>
        {
            ["First \"Agent\" Ω"] = [Call("handoff_to_1", "{}")],
            ["Second\\Agent"] = [ScriptedTurn.Say("Done — ✓")],
        };

        await using var run = await ExportedRun.StartAsync(design, script);
        var (lastAgent, finalOutput) = await run.RunAsync(Input);

        // The server recognises each agent only by its exact instructions, so reaching the second agent proves both.
        Assert.Equal("Second\\Agent", lastAgent);
        Assert.Equal("Done — ✓", finalOutput);
        var first = run.Server.Requests.First(r => r.Agent == "First \"Agent\" Ω").Body;
        Assert.Equal(handoffDescription, (string?)first["tools"]![0]!["function"]!["description"]);
    }

    [Fact]
    public async Task FunctionTools_MockHttpAndCalculator_AnswerTheModelAsInTheStudio()
    {
        await using var api = new LocalHttpServer(request => new ServerReply(200,
            request.Header("Authorization") == "Bearer token-123" ? "In transit, arriving Friday" : "unauthorised"));
        var design = ToolsDesign(api.BaseUrl);
        var script = new Dictionary<string, IReadOnlyList<ScriptedTurn>>
        {
            ["Desk"] =
            [
                Call("lookup_order", "{\"order_id\":\"A-17\"}"),
                Call("order_status", "{\"order_id\":\"A-17\",\"note\":\"late & lost\"}"),
                Call("calculator", "{\"expression\":\"2^10 - (3 * 4) / 2\"}"),
                ScriptedTurn.Say("Order A-17 arrives Friday; the answer is 1018."),
            ],
        };

        await using var run = await ExportedRun.StartAsync(design, script);
        var (lastAgent, finalOutput) = await run.RunAsync(Input, new Dictionary<string, string?> { ["STATUS_TOKEN"] = "token-123" });

        Assert.Equal("Desk", lastAgent);
        Assert.Equal("Order A-17 arrives Friday; the answer is 1018.", finalOutput);
        var toolOutputs = run.Server.Requests.Last().Body["messages"]!.AsArray()
            .Where(m => (string?)m!["role"] == "tool").Select(m => m!["content"]!.GetValue<string>());
        Assert.Equal(["Order A-17 shipped.", "In transit, arriving Friday", "1018"], toolOutputs);

        // The request is the one the studio sends: arguments URL-escaped in the URL, the secret from its variable, JSON body.
        var sent = Assert.Single(api.Received);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/status?id=A-17&note=late%20%26%20lost", sent.RawUrl);
        Assert.Equal("{\"order\": \"A-17\"}", sent.Body);
        Assert.Equal("application/json; charset=utf-8", sent.Header("Content-Type"));

        var format = await DotnetCli.RunAsync(["format", "--verify-no-changes", "--no-restore"], run.Cancellation, throwOnFailure: false, workingDirectory: run.Folder);
        Assert.True(format.ExitCode == 0, format.Output);
    }

    [Fact]
    public async Task StopOnFirstTool_TheToolOutputIsTheFinalOutput_AndTheModelIsNotCalledAgain()
    {
        var tools = ToolsDesign("http://127.0.0.1:9/");
        var design = tools with { Agents = [tools.Agents[0] with { ToolUseBehavior = ToolUseBehavior.StopOnFirstTool }] };
        var script = new Dictionary<string, IReadOnlyList<ScriptedTurn>>
        {
            ["Desk"] = [Call("lookup_order", "{\"order_id\":\"B-2\"}"), ScriptedTurn.Say("The model should not be asked again.")],
        };

        await using var run = await ExportedRun.StartAsync(design, script);
        var (lastAgent, finalOutput) = await run.RunAsync(Input);

        Assert.Equal("Desk", lastAgent);
        Assert.Equal("Order B-2 shipped.", finalOutput);
        Assert.Single(run.Server.Requests);
        var format = await DotnetCli.RunAsync(["format", "--verify-no-changes", "--no-restore"], run.Cancellation, throwOnFailure: false, workingDirectory: run.Folder);
        Assert.True(format.ExitCode == 0, format.Output);
    }

    [Fact]
    public async Task EveryToolKind_McpIncluded_Builds_AndIsFormatted()
    {
        var design = CSharpExportCases.Load(CSharpExportCases.EveryTool);

        await using var run = await ExportedRun.StartAsync(design, new Dictionary<string, IReadOnlyList<ScriptedTurn>>());

        var format = await DotnetCli.RunAsync(["format", "--verify-no-changes", "--no-restore"], run.Cancellation, throwOnFailure: false, workingDirectory: run.Folder);
        Assert.True(format.ExitCode == 0, format.Output);
    }

    // One agent with a mock tool, an HTTP tool that reads a secret, and the calculator.
    private static DesignDocument ToolsDesign(string baseUrl) => new()
    {
        Name = "Order desk",
        Entry = "desk",
        Agents = [new AgentDefinition { Id = "desk", Name = "Desk", Instructions = "Look the order up, check its status, and do the sums.", Model = "gpt-4o" }],
        Tools =
        [
            new MockTool
            {
                Id = "lookup",
                Name = "lookup_order",
                Parameters = JsonDocument.Parse("{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":\"string\"}},\"required\":[\"order_id\"]}").RootElement,
                Response = "Order {{order_id}} shipped.",
            },
            new HttpTool
            {
                Id = "status",
                Name = "order_status",
                Description = "The delivery status of an order",
                Parameters = JsonDocument.Parse("{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":\"string\"},\"note\":{\"type\":\"string\"}}}").RootElement,
                Method = "post",
                Url = baseUrl + "status?id={{order_id}}&note={{note}}",
                Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer ${secret:STATUS_TOKEN}" },
                Body = "{\"order\": \"{{order_id}}\"}",
            },
            new BuiltinTool { Id = "calc", Name = "calculator" },
        ],
        Edges =
        [
            new ToolEdge { Id = "desk-lookup", From = "desk", To = "lookup" },
            new ToolEdge { Id = "desk-status", From = "desk", To = "status" },
            new ToolEdge { Id = "desk-calc", From = "desk", To = "calc" },
        ],
    };

    private static ScriptedTurn Call(string name, string arguments) => ScriptedTurn.Call(new ScriptedToolCall("call_" + name, name, arguments));

    /// <summary>An exported project, built, with the scripted server it runs against.</summary>
    private sealed class ExportedRun : IAsyncDisposable
    {
        private readonly TemporaryFolder _folder;
        private readonly CancellationTokenSource _timeout;
        private readonly string _assembly;

        private ExportedRun(TemporaryFolder folder, CancellationTokenSource timeout, string assembly, RecordingChatCompletionsServer server)
        {
            _folder = folder;
            _timeout = timeout;
            _assembly = assembly;
            Server = server;
        }

        public RecordingChatCompletionsServer Server { get; }

        public string Folder => _folder.Path;

        public CancellationToken Cancellation => _timeout.Token;

        public static async Task<ExportedRun> StartAsync(DesignDocument design, IReadOnlyDictionary<string, IReadOnlyList<ScriptedTurn>> script)
        {
            var export = new CSharpGenerator().Generate(new ExportSource(design, 1));
            Assert.True(export.Succeeded, string.Join("; ", export.Refusals.Select(r => r.Message)));
            var folder = new TemporaryFolder("agentstudio-csharp-export");
            var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            // A deadline against a hung build, not a time the test measures: a loaded machine builds slowly.
            timeout.CancelAfter(TimeSpan.FromMinutes(15));
            foreach (var file in export.Files)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.Path, file.Path), file.Content, timeout.Token);
            }

            // Warnings stay warnings here: the project must compile, whatever analyzers a future SDK adds.
            await DotnetCli.RunAsync(["build", "-c", "Release", "-p:TreatWarningsAsErrors=false"], timeout.Token, workingDirectory: folder.Path);
            var project = Path.GetFileNameWithoutExtension(export.Files.Single(f => f.Path.EndsWith(".csproj", StringComparison.Ordinal)).Path);
            var agentByInstructions = design.Agents.ToDictionary(a => a.Instructions!, a => a.Name, StringComparer.Ordinal);
            var server = await RecordingChatCompletionsServer.StartAsync(agentByInstructions, script);
            return new ExportedRun(folder, timeout, Path.Combine(folder.Path, "bin", "Release", "net10.0", project + ".dll"), server);
        }

        /// <summary>Runs the program; returns the last agent and the final output it prints after its "--- Last agent:" line.</summary>
        public async Task<(string LastAgent, string FinalOutput)> RunAsync(string input, IReadOnlyDictionary<string, string?>? variables = null)
        {
            var environment = new Dictionary<string, string?>
            {
                ["OPENAI_BASE_URL"] = Server.BaseAddress.ToString(),
                ["OPENAI_API_KEY"] = "test-key",
                ["AZURE_OPENAI_ENDPOINT"] = null,
                ["AZURE_OPENAI_API_KEY"] = null,
            };
            foreach (var (name, value) in variables ?? new Dictionary<string, string?>())
            {
                environment[name] = value;
            }

            var (exitCode, output) = await DotnetCli.RunAsync([_assembly, input], Cancellation, throwOnFailure: false, workingDirectory: Folder, environment: environment);
            Assert.True(exitCode == 0, output);
            const string marker = "\n--- Last agent: ";
            var at = output.LastIndexOf(marker, StringComparison.Ordinal);
            Assert.True(at >= 0, output);
            var rest = output[(at + marker.Length)..];
            var lineEnd = rest.IndexOf('\n', StringComparison.Ordinal);
            return (rest[..lineEnd], rest[(lineEnd + 1)..].TrimEnd('\n'));
        }

        public async ValueTask DisposeAsync()
        {
            await Server.DisposeAsync();
            _timeout.Dispose();
            _folder.Dispose();
        }
    }
}
