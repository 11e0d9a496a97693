using System.Globalization;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Records;
using AgentStudio.Playground;

namespace AgentStudio.Components.Pages.Runs;

/// <summary>How the run pages word a stored run: one form of each status, counts in the right number, no internal values.</summary>
internal static class RunText
{
    /// <summary>"Completed", "Failed" or "Cancelled", the form the playground's outcome line uses.</summary>
    public static string Status(RunStatus status) => status switch
    {
        RunStatus.Completed => "Completed",
        RunStatus.Failed => "Failed",
        RunStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>A span's status in the same words: "Running", "Completed", "Failed" or "Cancelled".</summary>
    public static string Status(AgentStudio.Core.Running.Tracing.SpanStatus status) => status switch
    {
        AgentStudio.Core.Running.Tracing.SpanStatus.Running => "Running",
        AgentStudio.Core.Running.Tracing.SpanStatus.Ok => Status(RunStatus.Completed),
        AgentStudio.Core.Running.Tracing.SpanStatus.Error => Status(RunStatus.Failed),
        AgentStudio.Core.Running.Tracing.SpanStatus.Cancelled => Status(RunStatus.Cancelled),
        _ => status.ToString(),
    };

    /// <summary>The model choice: "as designed" for runs on each agent's own model, else the one model every agent ran on.</summary>
    public static string Models(string models) => models == PlaygroundSessionFactory.AsDesigned ? "as designed" : models;

    /// <summary>"1 model call", "3 model calls".</summary>
    public static string Count(long count, string singular) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {singular}{(count == 1 ? "" : "s")}");

    /// <summary>Where a run came from: the API with the key that called it, or the playground.</summary>
    public static string Source(RunRecord run) => run.ApiKeyName is { } key ? $"API · key “{key}”" : "Playground";

    /// <summary>The input as a column label shows it: quoted, and cut to a line.</summary>
    public static string ShortInput(RunRecord run) => run.Input.Length <= 60 ? $"“{run.Input}”" : $"“{run.Input[..60]}…”";
}
