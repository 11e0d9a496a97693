using System.Reflection;
using AgentStudio.Benchmarks;
using AgentStudio.Benchmarks.Hybrid;
using BenchmarkDotNet.Attributes;

namespace AgentStudio.Tests.Benchmarks;

/// <summary>
/// Every benchmark case does the work it is compared on, so CI catches a case that drifts into measuring less:
/// each hybrid run case makes the conversation's 5 model calls, calls the handoff and both sub-agents, and is
/// answered by billing; the compile cases work on a valid design that compiles whole.
/// </summary>
public sealed class BenchmarkWorkTests
{
    public static TheoryData<string> HybridCases => [.. HybridRunCases.All.Keys];

    [Theory]
    [MemberData(nameof(HybridCases))]
    public async Task HybridCase_MakesTheConversationsModelCalls_CallsItsTools_AndBillingAnswers(string caseName)
    {
        var work = await WorkCheck.RunOnceAsync(HybridRunCases.All[caseName]);

        Assert.Equal(5, work.ModelCalls);
        Assert.Equal([HybridConversation.HandoffToBilling, "lookup_invoice", "calculate_refund"], work.ToolsCalled);
        Assert.Equal("BillingAgent", work.AnsweringAgent);
        Assert.Empty(work.DifferencesFrom(HybridConversation.Expected));
    }

    [Fact]
    public void EveryHybridBenchmarkMethod_HasACheckedCase()
    {
        var benchmarks = typeof(HybridRunBenchmarks).GetMethods()
            .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(benchmarks, HybridRunCases.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WorkCheck_FailsLoudly_WhenACaseAnswersWithoutTheHandoff()
    {
        // What the Agent Framework case did before its handoff was recognised: triage answered at once.
        var triageAnswered = new RunWork(1, [], "TriageAgent");

        var failure = Assert.Throws<InvalidOperationException>(() => WorkCheck.Ensure("AgentFrameworkRun", triageAnswered, HybridConversation.Expected));

        Assert.Contains("1 model calls instead of 5", failure.Message, StringComparison.Ordinal);
        Assert.Contains("answered by TriageAgent instead of BillingAgent", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HybridBenchmarks_RunOnceEach_PassTheirSetupAndCleanupChecks()
    {
        var benchmarks = new HybridRunBenchmarks();
        await benchmarks.SetupAsync();

        Assert.Equal("BillingAgent", await benchmarks.AgentStudioRun());
        Assert.Equal("BillingAgent", await benchmarks.AgentStudioCompileAndRun());
        Assert.Equal("BillingAgent", await benchmarks.AgentStudioStreaming());
        Assert.Equal("BillingAgent", await benchmarks.AgentFrameworkRun());
        await benchmarks.CleanupAsync();
    }

    [Fact]
    public void CompileBenchmarks_Setup_AcceptsTheGeneratedDesign_AndItCompilesEveryAgent()
    {
        var benchmarks = new CompileBenchmarks();
        benchmarks.Setup();

        Assert.Equal(CompileBenchmarks.AgentCount, benchmarks.ValidateAndCompile());
    }

    [Fact]
    public void CompileCheck_FailsLoudly_OnADesignThatDoesNotCompileWhole()
    {
        var design = LargeDesign.Generate(10);
        var broken = design with { Edges = [.. design.Edges, new AgentStudio.Core.Designs.HandoffEdge { Id = "dangling", From = "triage", To = "nobody" }] };

        var failure = Assert.Throws<InvalidOperationException>(() => CompileBenchmarks.EnsureCompilesWhole(broken));

        Assert.Contains("compiles to 0 of 10 agents", failure.Message, StringComparison.Ordinal);
    }
}
