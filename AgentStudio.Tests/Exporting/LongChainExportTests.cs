using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;

namespace AgentStudio.Tests.Exporting;

/// <summary>
/// A design is untrusted input: one that chains thousands of agents must export, not overflow the stack. A stack
/// overflow cannot be caught in .NET, it ends the process, so the web app would go down with the user's export dialog.
/// </summary>
public sealed class LongChainExportTests
{
    // Far fewer frames than a thread of the web app has room for, so that the chain below overflowed it when the
    // generators walked agents recursively, and the test stays quick.
    private const int SmallStack = 256 * 1024;
    private const int ChainLength = 3_000;

    private static DesignDocument Chain(bool handoffs) => new()
    {
        Name = "Long chain",
        Entry = "a0",
        Agents = [.. Enumerable.Range(0, ChainLength).Select(i => new AgentDefinition { Id = $"a{i}", Name = $"Agent{i}", Model = "gpt-4o-mini" })],
        Edges = [.. Enumerable.Range(1, ChainLength - 1).Select(i => handoffs
            ? (DesignEdge)new HandoffEdge { Id = $"e{i}", From = $"a{i - 1}", To = $"a{i}" }
            : new ToolEdge { Id = $"e{i}", From = $"a{i - 1}", To = $"a{i}" })],
    };

    public static TheoryData<CodeTarget, bool> Cases() =>
        new(from target in new CodeExporter(CodeGenerators.All).Targets from handoffs in new[] { false, true } select (target, handoffs));

    [Theory]
    [MemberData(nameof(Cases))]
    public void AChainOfThousandsOfAgents_Exports_OnASmallStack(CodeTarget target, bool handoffs)
    {
        var design = Chain(handoffs);
        CodeExport? export = null;
        var thread = new Thread(() => export = new CodeExporter(CodeGenerators.All).Export(new ExportSource(design, 1), target), SmallStack);

        thread.Start();
        thread.Join();

        Assert.NotNull(export);
        Assert.True(export.Succeeded, string.Join("; ", export.Refusals.Select(r => r.Message)));
        // The last agent of the chain depends on no other, so it is written before the first (C# joins handoffs in a
        // workflow once every agent exists, so only tool edges order its agents).
        var code = string.Concat(export.Files.Select(f => f.Content));
        Assert.True((target == CodeTarget.CSharp && handoffs) || code.IndexOf($"Agent{ChainLength - 1}", StringComparison.Ordinal) < code.IndexOf("Agent0", StringComparison.Ordinal));
    }
}
