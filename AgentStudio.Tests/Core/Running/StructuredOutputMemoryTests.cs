using System.Runtime.CompilerServices;
using System.Text.Json;
using AgentStudio.Core.Running.Loop;

namespace AgentStudio.Tests.Core.Running;

/// <summary>Checking a structured answer leaves nothing behind: the schema built for it is released with it.</summary>
public sealed class StructuredOutputMemoryTests
{
    private const string Schema = """{"type":"object","properties":{"answer":{"type":"string"}},"required":["answer"]}""";

    [Fact]
    public void Parse_ReleasesTheSchemaItBuilt_OnceTheCheckIsDone()
    {
        var built = CheckOnce();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(built.TryGetTarget(out _), "The schema built to check one answer is still rooted (a process-wide schema registry keeps it).");
    }

    // Out of line, so that no local of the check outlives it on this stack frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<Json.Schema.JsonSchema> CheckOnce()
    {
        using var schema = JsonDocument.Parse(Schema);
        var built = StructuredOutput.Build(schema.RootElement);
        var value = StructuredOutput.Parse("Agent", """{"answer":"yes"}""", schema.RootElement);
        Assert.Equal("yes", value.GetProperty("answer").GetString());
        Assert.True(built.Evaluate(value).IsValid);
        return new WeakReference<Json.Schema.JsonSchema>(built);
    }
}
