using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;
using AgentStudio.Core.Templates;
using AgentStudio.Core.Validation;

namespace AgentStudio.Tests.Core.Editing;

/// <summary>One test per kind of refusal, each the validator's own problem for the would-be edge, and the edges it allows.</summary>
public sealed class ConnectionRulesTests
{
    private static readonly DesignDocument Hybrid = DesignTemplates.Find("hybrid-support")!.Design;

    private static readonly DesignDocument TwoToolsNamedLookup = new()
    {
        Name = "Names",
        Entry = "a",
        Agents = [new AgentDefinition { Id = "a", Name = "A" }],
        Tools = [new MockTool { Id = "t1", Name = "lookup" }, new MockTool { Id = "t2", Name = "lookup" }],
        Edges = [new ToolEdge { Id = "e1", From = "a", To = "t1" }],
    };

    [Theory]
    [InlineData(true, "triage", "diagnostic")]
    [InlineData(false, "technical", "refund-calculator")]
    [InlineData(false, "triage", "billing")]
    public void AllowedEdges_HaveNoRefusal(bool handoff, string from, string to) => Assert.Null(ConnectionRules.Refusal(Hybrid, handoff, from, to));

    // Each refusal is the validator's own problem for the design with the edge added (named 'edge-1', the id it would get).
    [Theory]
    [InlineData("hybrid-support", true, "triage", "triage", ProblemCodes.SelfEdge, "Handoff edge 'edge-1' from TriageAgent (triage) to TriageAgent (triage) hands off to itself; connect it to another agent.")]
    [InlineData("hybrid-support", false, "billing", "billing", ProblemCodes.SelfEdge, "Tool edge 'edge-1' from BillingAgent (billing) to BillingAgent (billing) calls itself as a tool; connect it to another agent.")]
    [InlineData("hybrid-support", true, "triage", "billing", ProblemCodes.DuplicateEdge, "Handoff edge 'edge-1' from TriageAgent (triage) to BillingAgent (billing) repeats edge 'triage-billing'; delete one of them.")]
    [InlineData("hybrid-support", false, "billing", "invoice-lookup", ProblemCodes.DuplicateEdge, "Tool edge 'edge-1' from BillingAgent (billing) to InvoiceLookup (invoice-lookup) repeats edge 'billing-invoice-lookup'; delete one of them.")]
    [InlineData("hybrid-support", true, "triage", "nowhere", ProblemCodes.UnknownEdgeEnd, "Handoff edge 'edge-1' goes to 'nowhere', which is no agent or tool of this design.")]
    [InlineData("hybrid-support", false, "invoice-lookup", "billing", ProblemCodes.AgentToolCycle, "Agents call each other as tools in a cycle (BillingAgent → InvoiceLookup → BillingAgent), which would never end; make one of these a handoff or remove it. The cycle closes at Tool edge 'edge-1' from InvoiceLookup (invoice-lookup) to BillingAgent (billing).")]
    // A handoff to a tool, and an edge from a tool.
    [InlineData("customer-support", true, "triage", "lookup_invoices", ProblemCodes.EdgeTargetWrongKind, "Handoff edge 'edge-1' from TriageAgent (triage) to tool lookup_invoices (lookup_invoices) goes to a tool: a handoff transfers the conversation to another agent; connect the tool with a tool edge instead.")]
    [InlineData("customer-support", false, "lookup_invoices", "billing", ProblemCodes.EdgeFromNonAgent, "Tool edge 'edge-1' from tool lookup_invoices (lookup_invoices) to BillingAgent (billing) starts at a tool; only agents call tools or hand off.")]
    public void RefusedEdges_SayWhy(string template, bool handoff, string from, string to, string code, string reason)
    {
        var design = DesignTemplates.Find(template)!.Design;

        var problem = ConnectionRules.Check(design, handoff, from, to);

        Assert.Equal((code, reason), (problem?.Code, problem?.Message));
        Assert.Equal(reason, ConnectionRules.Refusal(design, handoff, from, to));
    }

    [Fact]
    public void ASecondToolWithTheSameName_IsRefused()
    {
        var problem = ConnectionRules.Check(TwoToolsNamedLookup, false, "a", "t2");

        Assert.Equal(ProblemCodes.DuplicateToolName, problem?.Code);
        Assert.Equal("A (a) is offered two tools named 'lookup' (edges 'e1' and 'edge-1'); give one a different tool name.", problem?.Message);
    }

    /// <summary>Agents a, b and c named A, B and C, with the given tool edges among them.</summary>
    private static DesignDocument AgentsABC(params (string Id, string From, string To)[] toolEdges) => new()
    {
        Name = "Three agents",
        Entry = "a",
        Agents = [.. new[] { "a", "b", "c" }.Select(id => new AgentDefinition { Id = id, Name = id.ToUpperInvariant() })],
        Edges = [.. toolEdges.Select(e => new ToolEdge { Id = e.Id, From = e.From, To = e.To })],
    };

    [Fact]
    public void ACycleClosedFarFromTheNewEdge_IsRefused_AsTheValidatorReportsIt()
    {
        // a → b and c → a exist; b → c closes a → b → c → a, which the validator reports at its edge into a.
        var design = AgentsABC(("ab", "a", "b"), ("ca", "c", "a"));

        var problem = ConnectionRules.Check(design, false, "b", "c");

        Assert.Equal(ProblemCodes.AgentToolCycle, problem?.Code);
        Assert.Equal("Agents call each other as tools in a cycle (A → B → C → A), which would never end; make one of these a handoff or remove it. The cycle closes at Tool edge 'ca' from C (c) to A (a).", problem?.Message);
        Assert.Null(ConnectionRules.Check(design, true, "b", "c"));
    }

    [Fact]
    public void ErrorsTheDesignAlreadyHas_AreNotBlamedOnANewEdge()
    {
        var design = AgentsABC(("ab", "a", "b"), ("ba", "b", "a"));
        Assert.Contains(DesignValidator.Validate(design), p => p.Code == ProblemCodes.AgentToolCycle);

        Assert.Null(ConnectionRules.Check(design, false, "c", "a"));
        Assert.Null(ConnectionRules.Check(design, true, "a", "c"));
    }

    [Fact]
    public void EveryEdgeTheRulesAllow_LeavesTheDesignFreeOfEdgeErrors()
    {
        var ids = Hybrid.Agents.Select(a => a.Id).Concat(Hybrid.Tools.Select(t => t.Id)).Append("nowhere").ToList();
        foreach (var handoff in new[] { true, false })
        {
            foreach (var from in ids)
            {
                foreach (var to in ids.Where(_ => ConnectionRules.Refusal(Hybrid, handoff, from, _) is null))
                {
                    var (design, _) = DesignCommands.Connect(Hybrid, handoff, from, to);
                    var errors = DesignValidator.Validate(design).Where(p => p.IsError).ToList();
                    Assert.True(errors.Count == 0, $"{(handoff ? "handoff" : "tool")} {from} → {to}: {string.Join("; ", errors)}");
                }
            }
        }
    }

    [Fact]
    public void EveryRefusal_IsAnErrorTheValidatorGivesForTheDesignWithThatEdge()
    {
        var starts = DesignTemplates.All.Select(t => t.Design).Append(TwoToolsNamedLookup);
        var codes = new HashSet<string>();
        foreach (var start in starts)
        {
            var ids = start.Agents.Select(a => a.Id).Concat(start.Tools.Select(t => t.Id)).Concat(start.Notes.Select(n => n.Id)).Append("nowhere").ToList();
            var before = DesignValidator.Validate(start);
            foreach (var handoff in new[] { true, false })
            {
                foreach (var (from, to) in ids.SelectMany(from => ids.Select(to => (from, to))))
                {
                    if (ConnectionRules.Check(start, handoff, from, to) is not { } refusal)
                    {
                        continue;
                    }

                    var (design, _) = DesignCommands.Connect(start, handoff, from, to);
                    Assert.True(refusal.IsError, $"{start.Name}: {refusal}");
                    Assert.Contains(refusal, DesignValidator.Validate(design));
                    Assert.DoesNotContain(refusal, before);
                    Assert.Equal(refusal.Message, ConnectionRules.Refusal(start, handoff, from, to));
                    codes.Add(refusal.Code);
                }
            }
        }

        // The sweep meets every edge rule, so it cannot pass by refusing nothing.
        string[] edgeCodes =
        [
            ProblemCodes.UnknownEdgeEnd, ProblemCodes.EdgeFromNonAgent, ProblemCodes.EdgeTargetWrongKind, ProblemCodes.SelfEdge,
            ProblemCodes.AgentToolCycle, ProblemCodes.DuplicateToolName, ProblemCodes.DuplicateEdge,
        ];
        Assert.Superset(edgeCodes.ToHashSet(), codes);
    }
}
