using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tracing;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Loop;

/// <summary>
/// The turn loop of one run (or one nested run of an agent used as a tool), with the OpenAI Agents SDK's
/// semantics as written down in shared/design/run.md. It throws <see cref="RunException"/> for failures and
/// <see cref="OperationCanceledException"/> for cancellation; <see cref="AgentRunner"/> turns both into results.
/// </summary>
internal sealed class RunLoop : IAgentToolRunner
{
    /// <summary>The text a handoff call that lost to an earlier one gets back.</summary>
    public const string IgnoredHandoffOutput = "Multiple handoffs detected, ignoring this one.";

    private readonly RunContext _run;
    private readonly int _maxTurns;
    private readonly TraceSpan? _parentSpan;
    private readonly List<ChatMessage> _history;
    private readonly List<RunItem> _newItems = [];
    private readonly HashSet<string> _agentsThatUsedTools = new(StringComparer.Ordinal);
    private TraceSpan? _agentSpan;
    private IReadOnlyList<ToolRoute> _currentTools = [];

    public RunLoop(RunContext run, CompiledAgent startAgent, IEnumerable<ChatMessage> history, int maxTurns, TraceSpan? parentSpan)
    {
        _run = run;
        Current = startAgent;
        _history = [.. history];
        _maxTurns = maxTurns;
        _parentSpan = parentSpan;
    }

    /// <summary>The agent in control.</summary>
    public CompiledAgent Current { get; private set; }

    /// <summary>Model calls made so far.</summary>
    public int Turns { get; private set; }

    public IReadOnlyList<RunItem> NewItems => _newItems;

    public IReadOnlyList<ChatMessage> History => _history;

    /// <summary>Runs until a final output; returns it as text and, for a structured output, as JSON.</summary>
    public async Task<(string Text, JsonElement? Json)> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await StartAgentAsync(Current, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (Turns >= _maxTurns)
                {
                    throw new RunException(RunErrorKind.MaxTurnsExceeded, $"Max turns ({_maxTurns}) exceeded");
                }

                Turns++;
                var agent = Current;
                var events = _parentSpan is null && _run.Events is { } writer ? new AgentIdStampingWriter(writer, agent.Id) : null;
                var response = await ModelCall.RunAsync(_run, agent, [.. _currentTools.Select(t => t.Tool)], _history, _agentsThatUsedTools.Contains(agent.Name), _agentSpan!, events, cancellationToken).ConfigureAwait(false);
                var final = await ProcessResponseAsync(agent, response, cancellationToken).ConfigureAwait(false);
                if (final is { } output)
                {
                    _agentSpan!.End();
                    return output;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _agentSpan?.Cancel();
            throw;
        }
        catch (RunException e)
        {
            _agentSpan?.Fail(e.Message);
            throw;
        }
    }

    /// <summary>Handles one model response; returns the final output when the run is done, null to go on.</summary>
    private async Task<(string Text, JsonElement? Json)?> ProcessResponseAsync(CompiledAgent agent, ChatResponse response, CancellationToken cancellationToken)
    {
        var assistantMessages = response.Messages.Where(m => m.Role == ChatRole.Assistant || m.Contents.Count > 0).ToList();
        _history.AddRange(assistantMessages);

        var calls = assistantMessages.SelectMany(m => m.Contents.OfType<FunctionCallContent>()).ToList();
        var lastText = assistantMessages.LastOrDefault(m => m.Text.Length > 0)?.Text ?? "";
        foreach (var message in assistantMessages.Where(m => m.Text.Length > 0))
        {
            _newItems.Add(new RunItem(RunItemKind.Message, agent.Name, message.Text, AgentId: agent.Id));
            await EmitAsync(new MessageOutputCreatedEvent { Agent = agent.Name, AgentId = agent.Id, Text = message.Text }, cancellationToken).ConfigureAwait(false);
        }

        var toolCalls = new List<(FunctionCallContent Call, ToolRoute Tool)>();
        var handoffCalls = new List<(FunctionCallContent Call, HandoffRoute Route)>();
        foreach (var call in calls)
        {
            if (agent.Handoffs.FirstOrDefault(h => h.ToolName == call.Name) is { } route)
            {
                handoffCalls.Add((call, route));
            }
            else if (_currentTools.FirstOrDefault(t => t.Tool.Name == call.Name) is { } tool)
            {
                toolCalls.Add((call, tool));
            }
            else
            {
                throw new RunException($"Tool {call.Name} not found in agent {agent.Name}");
            }
        }

        if (calls.Count == 0)
        {
            return Final(agent, lastText);
        }

        foreach (var call in calls)
        {
            var handoff = handoffCalls.FirstOrDefault(h => h.Call == call);
            var arguments = ToolCalls.ArgumentsText(call);
            if (handoff.Route is { } route)
            {
                _newItems.Add(new RunItem(RunItemKind.HandoffCall, agent.Name, arguments, call.Name, call.CallId, agent.Id));
                await EmitAsync(new HandoffRequestedEvent { Agent = agent.Name, AgentId = agent.Id, CallId = call.CallId, Tool = call.Name, Target = route.Target.Name, EdgeId = route.EdgeId, TargetId = route.Target.Id }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var tool = toolCalls.First(t => t.Call == call).Tool;
                _newItems.Add(new RunItem(RunItemKind.ToolCall, agent.Name, arguments, call.Name, call.CallId, agent.Id));
                await EmitAsync(new ToolCalledEvent { Agent = agent.Name, AgentId = agent.Id, CallId = call.CallId, Tool = call.Name, Arguments = arguments, EdgeId = tool.EdgeId, ToolId = tool.ToolId }, cancellationToken).ConfigureAwait(false);
            }
        }

        var outcomes = toolCalls.Count > 0
            ? await ToolCalls.RunAsync(_run, agent, toolCalls, _agentSpan!, this, cancellationToken).ConfigureAwait(false)
            : [];
        if (toolCalls.Count > 0)
        {
            _agentsThatUsedTools.Add(agent.Name);
        }

        // Outputs go back as the SDK adds them: the tools' outputs in call order, then the outputs of the handoffs
        // that lost to the first one (tool outputs to the SDK, streamed as such), then the handoff taken.
        var results = new List<AIContent>();
        foreach (var outcome in outcomes)
        {
            var call = outcome.Call;
            results.Add(new FunctionResultContent(call.CallId, outcome.Output));
            var tool = toolCalls.First(t => t.Call == call).Tool;
            _newItems.Add(new RunItem(RunItemKind.ToolOutput, agent.Name, outcome.Output, call.Name, call.CallId, agent.Id));
            await EmitAsync(new ToolOutputEvent { Agent = agent.Name, AgentId = agent.Id, CallId = call.CallId, Tool = call.Name, Output = outcome.Output, IsError = outcome.IsError, DurationMs = Math.Round(outcome.Duration.TotalMilliseconds, 1), EdgeId = tool.EdgeId, ToolId = tool.ToolId }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (call, route) in handoffCalls.Skip(1))
        {
            results.Add(new FunctionResultContent(call.CallId, IgnoredHandoffOutput));
            _newItems.Add(new RunItem(RunItemKind.ToolOutput, agent.Name, IgnoredHandoffOutput, call.Name, call.CallId, agent.Id));
            await EmitAsync(new ToolOutputEvent { Agent = agent.Name, AgentId = agent.Id, CallId = call.CallId, Tool = call.Name, Output = IgnoredHandoffOutput, EdgeId = route.EdgeId, ToolId = route.Target.Id }, cancellationToken).ConfigureAwait(false);
        }

        HandoffRoute? taken = null;
        if (handoffCalls.Count > 0)
        {
            var (call, route) = handoffCalls[0];
            var output = Requests.PythonJsonText.HandoffOutput(route.Target.Name);
            taken = route;
            results.Add(new FunctionResultContent(call.CallId, output));
            _newItems.Add(new RunItem(RunItemKind.HandoffOutput, agent.Name, output, call.Name, call.CallId, agent.Id));
        }

        _history.Add(new ChatMessage(ChatRole.Tool, results));

        if (taken is not null)
        {
            await HandOffAsync(agent, taken, handoffCalls.Count, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (agent.ToolUseBehavior == Designs.ToolUseBehavior.StopOnFirstTool && outcomes.Count > 0)
        {
            return (outcomes[0].Output, null);
        }

        return null;
    }

    private (string Text, JsonElement? Json) Final(CompiledAgent agent, string text)
    {
        if (agent.OutputSchema is not { } schema)
        {
            return (text, null);
        }

        var json = StructuredOutput.Parse(agent.Name, text, schema);
        return (json.GetRawText(), json);
    }

    private async Task HandOffAsync(CompiledAgent from, HandoffRoute route, int requested, CancellationToken cancellationToken)
    {
        var span = _run.Trace.Start(SpanKind.Handoff, $"{from.Name} → {route.Target.Name}", _agentSpan);
        span.SetData(SpanDataKeys.FromAgent, from.Name);
        span.SetData(SpanDataKeys.ToAgent, route.Target.Name);
        span.SetData(SpanDataKeys.AgentId, from.Id);
        span.SetData(SpanDataKeys.FromAgentId, from.Id);
        span.SetData(SpanDataKeys.ToAgentId, route.Target.Id);
        span.SetData(SpanDataKeys.EdgeId, route.EdgeId);
        if (requested > 1)
        {
            span.Fail($"Multiple handoffs requested by {from.Name}; took the first, to {route.Target.Name}.", $"{requested} handoff calls");
        }
        else
        {
            span.End();
        }

        _agentSpan!.End();
        var filtered = HistoryFilters.Apply(_history, route.HistoryFilter);
        _history.Clear();
        _history.AddRange(filtered);
        await EmitAsync(new HandoffOccurredEvent { Agent = from.Name, AgentId = from.Id, Target = route.Target.Name, EdgeId = route.EdgeId, TargetId = route.Target.Id }, cancellationToken).ConfigureAwait(false);
        Current = route.Target;
        await StartAgentAsync(route.Target, cancellationToken).ConfigureAwait(false);
    }

    private async Task StartAgentAsync(CompiledAgent agent, CancellationToken cancellationToken)
    {
        _agentSpan = _run.Trace.Start(SpanKind.Agent, agent.Name, _parentSpan, [new(SpanDataKeys.AgentId, agent.Id)]);
        _currentTools = await agent.ResolveToolRoutesAsync(_run.Tools, cancellationToken).ConfigureAwait(false);
        _agentSpan.SetData(SpanDataKeys.Tools, new JsonArray([.. _currentTools.Select(t => (JsonNode?)t.Tool.Name)]));
        _agentSpan.SetData(SpanDataKeys.Handoffs, new JsonArray([.. agent.Handoffs.Select(h => (JsonNode?)h.Target.Name)]));
        _agentSpan.SetData(SpanDataKeys.OutputType, agent.OutputSchema is null ? "text" : ModelCall.OutputSchemaName(agent));
        await EmitAsync(new AgentUpdatedEvent { Agent = agent.Name, AgentId = agent.Id }, cancellationToken).ConfigureAwait(false);
    }

    private ValueTask EmitAsync(RunEvent runEvent, CancellationToken cancellationToken) =>
        _parentSpan is null && _run.Events is { } events ? events.WriteAsync(runEvent, cancellationToken) : ValueTask.CompletedTask;

    /// <summary>A nested run of an agent used as a tool: its own history (just the input), its own turn limit, spans under the call's.</summary>
    public async Task<string> RunAgentAsToolAsync(CompiledAgent agent, string input, TraceSpan parentSpan, CancellationToken cancellationToken)
    {
        var nested = new RunLoop(_run, agent, [new ChatMessage(ChatRole.User, input)], RunOptions.DefaultMaxTurns, parentSpan);
        var (text, _) = await nested.RunAsync(cancellationToken).ConfigureAwait(false);
        return text;
    }
}
