using AgentStudio.Core.Running.Events;

namespace AgentStudio.Cli;

/// <summary>Writes a run's events for people: the answer as it streams, tool calls, handoffs and a closing line.</summary>
internal sealed class ConsoleRunWriter(TextWriter output)
{
    private bool _midLine;

    public async Task WriteAsync(RunEvent runEvent)
    {
        switch (runEvent)
        {
            case AgentUpdatedEvent e:
                await LineAsync($"[{e.Agent}]");
                break;
            case TextDeltaEvent e:
                await output.WriteAsync(e.Delta);
                _midLine = !e.Delta.EndsWith('\n');
                break;
            case ToolCalledEvent e:
                await LineAsync($"  → {e.Tool}({e.Arguments})");
                break;
            case ToolOutputEvent e:
                await LineAsync($"  ← {e.Tool}{(e.IsError ? " failed" : "")}: {OneLine(e.Output)}");
                break;
            case HandoffOccurredEvent e:
                await LineAsync($"  ⇢ handoff from {e.Agent} to {e.Target}");
                break;
            case ModelRetryEvent e:
                await LineAsync($"  ↻ {e.Agent}: {e.Message}");
                break;
            case RunCompletedEvent e:
                await LineAsync($"Completed by {e.Agent}: {e.Usage.Requests} model call(s), {e.Usage.TotalTokens} tokens.");
                break;
            case RunFailedEvent e:
                await LineAsync($"Failed in {e.Agent}.");
                break;
            case RunCancelledEvent e:
                await LineAsync($"Cancelled in {e.Agent}.");
                break;
        }
    }

    private async Task LineAsync(string text)
    {
        if (_midLine)
        {
            await output.WriteLineAsync();
            _midLine = false;
        }

        await output.WriteLineAsync(text);
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}
