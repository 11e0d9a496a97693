using System.Diagnostics;

namespace AgentStudio.Core.Running.Tracing;

/// <summary>
/// Mirrors trace spans as <see cref="Activity"/> objects named and tagged by the OpenTelemetry GenAI semantic
/// conventions (<c>invoke_agent</c>, <c>chat</c>, <c>execute_tool</c>), so any OpenTelemetry exporter can
/// collect AgentStudio runs. Costs nothing when no listener is attached.
/// </summary>
public static class AgentTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> to listen to.</summary>
    public const string SourceName = "AgentStudio.Agents";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>The root activity of a run, so that all its spans form one OpenTelemetry trace.</summary>
    internal static Activity? StartRun()
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity("invoke_workflow agentstudio_run", ActivityKind.Internal, parentContext: default);
        activity?.SetTag("gen_ai.operation.name", "invoke_workflow");
        activity?.SetTag("gen_ai.provider.name", "agentstudio");
        return activity;
    }

    internal static void EndRun(Activity? run, bool failed, string? error)
    {
        if (run is null)
        {
            return;
        }

        run.SetStatus(failed ? ActivityStatusCode.Error : ActivityStatusCode.Ok, error);
        run.Dispose();
    }

    internal static Activity? Start(SpanKind kind, string name, TraceSpan? parent, Activity? run)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var operation = kind switch
        {
            SpanKind.Agent => "invoke_agent",
            SpanKind.Generation => "chat",
            SpanKind.Function => "execute_tool",
            SpanKind.Handoff => "handoff",
            _ => kind.ToString().ToLowerInvariant(),
        };
        var parentContext = parent?.Activity?.Context ?? run?.Context ?? default;
        var activity = Source.StartActivity($"{operation} {name}", kind == SpanKind.Generation ? ActivityKind.Client : ActivityKind.Internal, parentContext);
        if (activity is null)
        {
            return null;
        }

        activity.SetTag("gen_ai.operation.name", operation);
        activity.SetTag("gen_ai.provider.name", "agentstudio");
        switch (kind)
        {
            case SpanKind.Agent:
                activity.SetTag("gen_ai.agent.name", name);
                break;
            case SpanKind.Generation:
                activity.SetTag("gen_ai.request.model", name);
                break;
            case SpanKind.Function:
                activity.SetTag("gen_ai.tool.name", name);
                break;
        }

        return activity;
    }

    internal static void End(TraceSpan span, SpanStatus status, SpanError? error)
    {
        if (span.Activity is not { } activity)
        {
            return;
        }

        foreach (var (key, tag) in GenAiTags)
        {
            if (span.GetData(key) is { } value)
            {
                activity.SetTag(tag, value.ToJsonString());
            }
        }

        activity.SetStatus(status == SpanStatus.Error ? ActivityStatusCode.Error : ActivityStatusCode.Ok, error?.Message);
        if (error is not null)
        {
            activity.SetTag("error.type", "agentstudio.run_error");
        }

        activity.Dispose();
    }

    private static readonly (string Data, string Tag)[] GenAiTags =
    [
        (SpanDataKeys.InputTokens, "gen_ai.usage.input_tokens"),
        (SpanDataKeys.OutputTokens, "gen_ai.usage.output_tokens"),
        (SpanDataKeys.CallId, "gen_ai.tool.call.id"),
        (SpanDataKeys.ResponseModel, "gen_ai.response.model"),
    ];
}
