using System.Threading.Channels;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Events;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Tracing;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Loop;

/// <summary>
/// One model call of an agent: options from its settings, tools and handoffs; streaming into text deltas; its model's client
/// wrapped in the run's tracing (<see cref="RunTracingChatClient"/>), which records the generation span, and logging
/// (<see cref="RunLoggingChatClient"/>).
/// </summary>
internal static class ModelCall
{
    public static async Task<ChatResponse> RunAsync(RunContext run, CompiledAgent agent, IReadOnlyList<Tools.IAgentTool> agentTools, IReadOnlyList<ChatMessage> history, bool toolChoiceReset, TraceSpan agentSpan, ChannelWriter<RunEvent>? textDeltas, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>(history.Count + 1);
        if (agent.Instructions.Length > 0)
        {
            messages.Add(new ChatMessage(ChatRole.System, agent.Instructions));
        }

        messages.AddRange(history);
        var options = Requests.AgentRequestOptions.Build(agent, agentTools, toolChoiceReset);
        if (textDeltas is { } retries)
        {
            // A retry's wait can be long (Retry-After): the run says so instead of looking hung. The channel is unbounded.
            options.RetryObserver = retry => retries.TryWrite(new ModelRetryEvent
            {
                Agent = agent.Name, Attempt = retry.Attempt, MaxRetries = retry.MaxRetries, DelayMs = Math.Round(retry.Delay.TotalMilliseconds), Reason = run.Mask(retry.Reason),
            });
        }

        // The trace, the log and errors name the model that answers, which is not the designed one when the provider
        // stands in another (the simulated model offline, or one model for every agent).
        var model = run.Models.ServedModel(agent.Model);
        IChatClient client;
        try
        {
            client = run.Models.GetChatClient(agent.Model)
                .AsBuilder()
                .UseRunTracing(run.Trace, agentSpan, model, run.Time, run.Tools.Masker, designedModel: agent.Model)
                .UseRunLogging(run.ModelLogger, model, run.Time, run.Tools.Masker)
                .Build();
        }
        catch (RunException e)
        {
            // No client serves the model: the call still shows in the trace, failed.
            RunTracingChatClient.RecordUnavailable(run.Trace, agentSpan, model, messages, options, e);
            throw;
        }

        try
        {
            // Only the run's own agents stream: an agent used as a tool runs as the SDK's as_tool runs it, without
            // streaming (nothing of its text reaches the events, so the request is the SDK's, without "stream").
            var response = run.Streaming && textDeltas is not null
                ? await StreamAsync(run, client, agent, messages, options, textDeltas, cancellationToken).ConfigureAwait(false)
                : await client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            MaskText(run, response);
            run.AddUsage(new RunUsage(1, response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0));
            return response;
        }
        catch (Exception e) when (e is not RunException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // The tracing client has failed the call's span with the same message.
            run.AddUsage(new RunUsage(1, 0, 0));
            throw new RunException(RunErrorKind.ModelError, run.Mask(RunTracingChatClient.FailureMessage(model, agent.Name, e)), e);
        }
    }

    private static async Task<ChatResponse> StreamAsync(RunContext run, IChatClient client, CompiledAgent agent, List<ChatMessage> messages, ChatOptions options, ChannelWriter<RunEvent>? textDeltas, CancellationToken cancellationToken)
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            updates.Add(update);
            var text = run.Mask(update.Text);
            if (text.Length > 0 && textDeltas is { } events)
            {
                await events.WriteAsync(new TextDeltaEvent { Agent = agent.Name, Delta = text }, cancellationToken).ConfigureAwait(false);
            }
        }

        return updates.ToChatResponse();
    }

    // A server may echo a key back in its answer; the answer joins the history, events and trace, so it is masked first.
    private static void MaskText(RunContext run, ChatResponse response)
    {
        foreach (var content in response.Messages.SelectMany(m => m.Contents).OfType<TextContent>())
        {
            content.Text = run.Mask(content.Text);
        }
    }

    /// <summary>The name of an agent's output type in its trace (letters, digits, _ and - only); the model sees <c>final_output</c>.</summary>
    internal static string OutputSchemaName(CompiledAgent agent) => Designs.ToolNaming.Transform(agent.Name) + "_output";
}
