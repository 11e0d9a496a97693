using System.Text.Json;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tracing;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Loop;

/// <summary>Runs the function tool calls of one model response, concurrently, returning their outputs in call order.</summary>
internal static class ToolCalls
{
    /// <summary>The output of one call.</summary>
    public sealed record Outcome(FunctionCallContent Call, string Output, bool IsError, TimeSpan Duration);

    public static async Task<IReadOnlyList<Outcome>> RunAsync(RunContext run, CompiledAgent agent, IReadOnlyList<(FunctionCallContent Call, ToolRoute Tool)> calls, TraceSpan agentSpan, IAgentToolRunner agentRunner, CancellationToken cancellationToken)
    {
        // Every call starts before any is awaited; Task.WhenAll keeps the results in call order whatever order they finish in.
        var tasks = calls.Select(c => RunOneAsync(run, agent, c.Call, c.Tool, agentSpan, agentRunner, cancellationToken)).ToList();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private static async Task<Outcome> RunOneAsync(RunContext run, CompiledAgent agent, FunctionCallContent call, ToolRoute route, TraceSpan agentSpan, IAgentToolRunner agentRunner, CancellationToken cancellationToken)
    {
        // The span starts here, before the yield, while the calls are still started one by one: the trace lists parallel
        // calls in the order the model made them (after the yield, the thread pool's order, which varies).
        var started = run.Time.GetTimestamp();
        var tool = route.Tool;
        var span = run.Trace.Start(SpanKind.Function, tool.Name, agentSpan,
        [
            new(SpanDataKeys.CallId, call.CallId), new(SpanDataKeys.AgentId, agent.Id), new(SpanDataKeys.ToolId, route.ToolId), new(SpanDataKeys.EdgeId, route.EdgeId),
        ]);
        var argumentsText = ArgumentsText(call);
        span.SetData(SpanDataKeys.Arguments, argumentsText);

        // Then yield, so that a tool which blocks before its first await cannot hold up the other calls.
        await Task.Yield();

        if (call.Exception is { } parseError)
        {
            var output = $"An error occurred while parsing tool arguments. Please try again with valid JSON. Error: {parseError.Message}";
            span.SetData(SpanDataKeys.Output, output);
            span.Fail(parseError.Message, argumentsText);
            return new Outcome(call, output, true, run.Time.GetElapsedTime(started));
        }

        try
        {
            using var arguments = JsonDocument.Parse(argumentsText);
            var context = new ToolInvocationContext(run.Tools, span, agent.Name) { AgentRunner = agentRunner };
            var output = run.Mask(await tool.InvokeAsync(arguments.RootElement, context, cancellationToken).ConfigureAwait(false));
            span.SetData(SpanDataKeys.Output, output);
            span.End();
            return new Outcome(call, output, false, run.Time.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            span.Cancel();
            throw;
        }
        catch (Exception e)
        {
            var message = run.Mask(e.Message);
            var output = $"An error occurred while running the tool. Please try again. Error: {message}";
            span.SetData(SpanDataKeys.Output, output);
            span.Fail(message, argumentsText);
            return new Outcome(call, output, true, run.Time.GetElapsedTime(started));
        }
    }

    /// <summary>The call's arguments as the model wrote them (compact JSON when the model gave values; <c>{}</c> when it has none).</summary>
    public static string ArgumentsText(FunctionCallContent call) => Requests.CallArguments.Text(call);
}
