using System.Threading.Channels;
using AgentStudio.Core.Running.Events;

namespace AgentStudio.Core.Running.Loop;

/// <summary>
/// Writes events on to the run's stream with <see cref="RunEvent.AgentId"/> filled in, for the steps that name the
/// agent but do not know the design (a model call's text deltas and retries).
/// </summary>
internal sealed class AgentIdStampingWriter(ChannelWriter<RunEvent> inner, string agentId) : ChannelWriter<RunEvent>
{
    public override bool TryWrite(RunEvent item) => inner.TryWrite(Stamp(item));

    public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) => inner.WaitToWriteAsync(cancellationToken);

    public override ValueTask WriteAsync(RunEvent item, CancellationToken cancellationToken = default) => inner.WriteAsync(Stamp(item), cancellationToken);

    public override bool TryComplete(Exception? error = null) => inner.TryComplete(error);

    private RunEvent Stamp(RunEvent item) => item.AgentId is null ? item with { AgentId = agentId } : item;
}
