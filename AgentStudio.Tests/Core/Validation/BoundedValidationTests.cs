using System.Diagnostics;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation;
using static AgentStudio.Tests.Core.Validation.DesignBuilder;

namespace AgentStudio.Tests.Core.Validation;

/// <summary>Validation output grows at most linearly with the design, and every message stays short.</summary>
public sealed class BoundedValidationTests
{
    [Fact]
    public void ChainWhereEveryAgentAlsoCallsTheFirst_IsOneCycleProblem_WithABoundedPath()
    {
        var design = QuadraticChain(5_000);

        var stopwatch = Stopwatch.StartNew();
        var problems = DesignValidator.Validate(design);
        stopwatch.Stop();

        var cycle = Assert.Single(problems, p => p.Code == ProblemCodes.AgentToolCycle);
        Assert.StartsWith("Agents call each other as tools in a cycle (Agent0 → Agent1 → Agent0)", cycle.Message, StringComparison.Ordinal);
        Assert.Contains("4,998 more agents are caught in the same calls", cycle.Message, StringComparison.Ordinal);
        Assert.InRange(cycle.Message.Length, 0, 1_000);
        Assert.InRange(problems.Sum(p => p.Message.Length + p.Path.Length), 0, 64 * 1024);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"validation took {stopwatch.Elapsed}");
    }

    [Fact]
    public void TwoSeparateCycles_AreTwoProblems_OnePerGroupOfAgents()
    {
        var design = new DesignDocument
        {
            Name = "Two loops",
            Entry = "a",
            Agents = [Agent("a"), Agent("b"), Agent("c"), Agent("d"), Agent("e")],
            Edges = [Tool("e1", "a", "b"), Tool("e2", "b", "a"), Tool("e3", "b", "c"), Tool("e4", "c", "d"), Tool("e5", "d", "e"), Tool("e6", "e", "c"), Tool("e7", "e", "d")],
        };

        var cycles = DesignValidator.Validate(design).Where(p => p.Code == ProblemCodes.AgentToolCycle).ToList();

        Assert.Equal(2, cycles.Count);
        Assert.Contains("(AAgent → BAgent → AAgent)", cycles[0].Message, StringComparison.Ordinal);
        Assert.Contains("(CAgent → DAgent → EAgent → CAgent)", cycles[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeNames_AreCutInMessages_SoEachMessageStaysShort()
    {
        var huge = new string('n', 1_000_000);
        var design = new DesignDocument
        {
            Name = "Huge",
            Entry = "hub",
            Agents = [Agent("hub", name: huge), .. Enumerable.Range(0, 300).Select(i => Agent($"s{i}", instructions: null))],
            // Repeated edges: every DuplicateEdge error names the hub.
            Edges = [.. Enumerable.Range(0, 300).Select(i => Handoff($"h{i}", "hub", "s0"))],
        };

        var problems = DesignValidator.Validate(design);

        Assert.Equal(299, problems.Count(p => p.Code == ProblemCodes.DuplicateEdge));
        Assert.All(problems, p => Assert.InRange(p.Message.Length, 0, DesignProblemLimits.MaxMessageLength));
    }

    [Fact]
    public void Cap_KeepsTheFirstOfEachCode_AndSaysHowManyMore()
    {
        var problems = Enumerable.Range(0, 30).Select(i => new DesignProblem("AS0202", ProblemSeverity.Warning, $"w{i}", "$"))
            .Append(new DesignProblem("AS0100", ProblemSeverity.Error, "e", "$")).ToList();

        var capped = DesignProblemLimits.Cap(problems, perCode: 5);

        Assert.Equal(["w0", "w1", "w2", "w3", "w4", "e"], capped.Take(6).Select(p => p.Message));
        Assert.Equal(("AS0202", ProblemSeverity.Warning), (capped[6].Code, capped[6].Severity));
        Assert.Contains("and 25 more AS0202 problems", capped[6].Message, StringComparison.Ordinal);
        Assert.Equal(7, capped.Count);
    }

    [Fact]
    public void TwoThousandNodeDesign_ValidatesQuickly_ForTheDesignerOnEveryEdit()
    {
        var design = QuadraticChain(2_000);
        DesignValidator.Validate(design);

        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            DesignValidator.Validate(design);
        }

        // Generous for a shared, busy machine: the old cycle rule alone needed seconds here; now it is milliseconds.
        Assert.True(stopwatch.Elapsed / 10 < TimeSpan.FromSeconds(1), $"one validation took {stopwatch.Elapsed / 10}");
    }

    /// <summary>a0 → a1 → … → a(n-1) as tools, and every agent also calls a0: the shape that once gave n problems of n names each.</summary>
    internal static DesignDocument QuadraticChain(int length) => new()
    {
        Name = "Chain",
        Entry = "a0",
        Agents = [.. Enumerable.Range(0, length).Select(i => Agent($"a{i}", name: $"Agent{i}"))],
        Edges =
        [
            .. Enumerable.Range(0, length - 1).Select(i => (DesignEdge)Tool($"n{i}", $"a{i}", $"a{i + 1}")),
            .. Enumerable.Range(1, length - 1).Select(i => (DesignEdge)Tool($"b{i}", $"a{i}", "a0")),
        ],
    };
}
