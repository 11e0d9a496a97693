using System.Runtime.CompilerServices;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Editing;
using AgentStudio.Diagram;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Diagram;

/// <summary>Tests that measure the process's heap run alone, so that other tests' allocations do not count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasurementCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Heap measurement";
}

/// <summary>
/// The undo history costs what the edits changed, not what the design holds: 200 moves in a 2,000-node design keep a
/// few hundred bytes each, where keeping the whole design per step kept its 2,000-entry layout (~70 KB) each time;
/// steps that change everything are kept only as far as the byte budget goes.
/// </summary>
[Collection(HeapMeasurementCollection.Name)]
public sealed class DesignEditorHistoryMemoryTests
{
    private const int Nodes = 2000, Moves = DesignEditor.UndoLimit;

    // The editor is handed back in a box, so that the test can drop it without a local of its own keeping it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static DesignDocument MovedTwoHundredTimes(StrongBox<DesignEditor?> box)
    {
        var original = BigDesigns.AgentsAndTools(Nodes);
        var editor = new DesignEditor(original);
        box.Value = editor;
        var ids = original.Layout.Keys.ToArray();
        for (var i = 0; i < Moves; i++)
        {
            var id = ids[i * 7 % ids.Length];
            editor.Execute("Move", d => DesignCommands.Move(d, new Dictionary<string, CanvasPosition>(StringComparer.Ordinal) { [id] = new(i * 10, -i) }));
        }

        return original;
    }

    private static long HeapAfterFullCollection()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    [Fact]
    public void TwoHundredMoves_InATwoThousandNodeDesign_KeepLessThanHalfAMegabyteOfHistory()
    {
        var box = new StrongBox<DesignEditor?>();
        var original = MovedTwoHundredTimes(box);
        Assert.True(box.Value!.CanUndo);
        var withHistory = HeapAfterFullCollection();

        // Only the history goes: the current design and the original stay referenced.
        var current = box.Value.Design;
        box.Value = null;
        var withoutHistory = HeapAfterFullCollection();
        GC.KeepAlive(current);
        GC.KeepAlive(original);

        var historyBytes = withHistory - withoutHistory;
        TestContext.Current.TestOutputHelper?.WriteLine($"History of {Moves} moves in a {Nodes}-node design: {historyBytes:N0} bytes ({historyBytes / Moves:N0} a step).");
        Assert.InRange(historyBytes, 0, 512 * 1024);
    }

    [Fact]
    public void UndoingTwoHundredMoves_GivesBackTheDesignAsItWas_AndRedoGivesBackTheLast()
    {
        var box = new StrongBox<DesignEditor?>();
        var original = MovedTwoHundredTimes(box);
        var editor = box.Value!;
        var last = editor.Design;

        while (editor.CanUndo)
        {
            editor.Undo();
        }

        Assert.Equal(original.Layout.ToArray(), editor.Design.Layout.ToArray());
        Assert.Same(original.Agents, editor.Design.Agents);
        Assert.Equal(original with { Layout = editor.Design.Layout }, editor.Design);
        while (editor.CanRedo)
        {
            editor.Redo();
        }

        Assert.Equal(last.Layout.ToArray(), editor.Design.Layout.ToArray());
    }

    [Fact]
    public void EditsThatMoveEveryNode_KeepOnlyTheNewestStepsThatFitTheByteBudget()
    {
        var editor = new DesignEditor(BigDesigns.AgentsAndTools(Nodes));
        var designs = new List<DesignDocument> { editor.Design };
        for (var i = 1; i <= Moves; i++)
        {
            // Each step moves all 2,000 nodes (as auto-layout does): about 48 KB of positions to keep.
            editor.Execute("Auto-layout", d => DesignCommands.Move(d, d.Layout.ToDictionary(p => p.Key, p => new CanvasPosition(p.Value.X + 1, p.Value.Y), StringComparer.Ordinal)));
            designs.Add(editor.Design);
        }

        var undone = 0;
        while (editor.CanUndo)
        {
            editor.Undo();
            undone++;
        }

        Assert.InRange(undone, 1, Moves - 1);
        Assert.InRange(undone * Nodes * 24L, DesignEditor.UndoByteBudget / 2, DesignEditor.UndoByteBudget);
        Assert.Equal(designs[Moves - undone].Layout.ToArray(), editor.Design.Layout.ToArray());
    }
}
