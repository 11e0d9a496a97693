using System.Threading.Channels;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tracing;
using Microsoft.Extensions.Logging;

namespace AgentStudio.Core.Running.Loop;

/// <summary>What a run and the runs nested in it (agents as tools) share: models, tools, trace, usage and the event sink.</summary>
internal sealed class RunContext(IModelProvider models, ToolServices tools, RunTrace trace, TimeProvider time, bool streaming, ChannelWriter<RunEvent>? events, ILogger? modelLogger = null)
{
    private readonly Lock _usageGate = new();
    private RunUsage _usage = RunUsage.None;

    public IModelProvider Models { get; } = models;

    public ToolServices Tools { get; } = tools;

    public RunTrace Trace { get; } = trace;

    public TimeProvider Time { get; } = time;

    /// <summary>Where model calls are logged (<see cref="RunLoggingChatClient"/>); null to log nothing.</summary>
    public ILogger? ModelLogger { get; } = modelLogger;

    /// <summary>Whether model calls stream (and text deltas are emitted).</summary>
    public bool Streaming { get; } = streaming;

    /// <summary>The top-level run's event stream; nested runs emit nothing.</summary>
    public ChannelWriter<RunEvent>? Events { get; } = events;

    /// <summary>
    /// Masks the app's known secrets in text entering the run from outside (model answers and errors, tool outputs and
    /// errors), so that the history, events, trace and result built from it never carry one.
    /// </summary>
    public string Mask(string text) => Tools.Masker.Apply(text);

    public RunUsage Usage
    {
        get
        {
            lock (_usageGate)
            {
                return _usage;
            }
        }
    }

    public void AddUsage(RunUsage usage)
    {
        lock (_usageGate)
        {
            _usage += usage;
        }
    }
}
