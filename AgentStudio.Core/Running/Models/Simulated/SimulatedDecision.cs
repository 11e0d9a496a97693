using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Designs;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models.Simulated;

/// <summary>
/// What the simulated model answers to one call: the handoff whose description best fits the user's words;
/// otherwise the tools that fit and were not called yet in this turn; otherwise an answer, summarising the
/// tool outputs, as text or as JSON of the output schema's shape.
/// </summary>
internal static class SimulatedDecision
{
    public static (string? Text, IReadOnlyList<(string Name, JsonObject Arguments)> Calls) Decide(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        var agent = Models.AgentChatOptions.AgentNameOf(options) ?? "Assistant";
        var lastUser = messages.Select((m, i) => (m, i)).LastOrDefault(p => p.m.Role == ChatRole.User);
        var userText = lastUser.m?.Text ?? "";
        var sinceUser = lastUser.m is null ? messages : messages.Skip(lastUser.i + 1).ToList();
        var calledThisTurn = sinceUser.SelectMany(m => m.Contents.OfType<FunctionCallContent>()).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var declarations = (options?.Tools ?? []).OfType<AIFunctionDeclaration>().ToList();
        var handoffs = declarations.Where(d => d.Name.StartsWith(ToolNaming.HandoffPrefix, StringComparison.Ordinal)).ToList();
        var tools = declarations.Except(handoffs).ToList();

        // One handoff per user message at most, so that two agents which hand off to each other cannot loop.
        var handedOff = calledThisTurn.Any(n => n.StartsWith(ToolNaming.HandoffPrefix, StringComparison.Ordinal));
        if (!handedOff && Best(handoffs, userText) is { } handoff)
        {
            return (null, [(handoff.Name, new JsonObject())]);
        }

        if (calledThisTurn.Count == 0 || calledThisTurn.All(n => n.StartsWith(ToolNaming.HandoffPrefix, StringComparison.Ordinal)))
        {
            var fitting = tools.Where(t => TopicMatcher.Score(userText, $"{t.Name.Replace('_', ' ')} {t.Description}") > 0).ToList();
            if (fitting.Count > 0)
            {
                return (null, [.. fitting.Select(t => (t.Name, SchemaSampler.Arguments(t.JsonSchema, userText)))]);
            }
        }

        var outputs = sinceUser.SelectMany(m => m.Contents.OfType<FunctionResultContent>())
            .Select(r => (Name: NameOfCall(sinceUser, r.CallId), Output: r.Result?.ToString() ?? ""))
            .Where(r => !r.Name.StartsWith(ToolNaming.HandoffPrefix, StringComparison.Ordinal))
            .ToList();
        if (options?.ResponseFormat is ChatResponseFormatJson { Schema: { } schema })
        {
            return (SchemaSampler.Sample(schema, userText)?.ToJsonString(AnswerJson) ?? "null", []);
        }

        return (Answer(agent, userText, outputs, messages), []);
    }

    // A model writes "…" and "é" as themselves, not as \u2026: so does the simulated one, or its answers read as code.
    private static readonly JsonSerializerOptions AnswerJson = new() { Encoder = Serialization.MinimalJsonEncoder.Instance };

    private static AIFunctionDeclaration? Best(IEnumerable<AIFunctionDeclaration> candidates, string userText) =>
        candidates
            .Select(c => (Declaration: c, Score: TopicMatcher.Score(userText, $"{c.Name[ToolNaming.HandoffPrefix.Length..].Replace('_', ' ')} {c.Description}")))
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .Select(c => c.Declaration)
            .FirstOrDefault();

    private static string NameOfCall(IEnumerable<ChatMessage> messages, string callId) =>
        messages.SelectMany(m => m.Contents.OfType<FunctionCallContent>()).FirstOrDefault(c => c.CallId == callId)?.Name ?? "tool";

    private static string Answer(string agent, string userText, IReadOnlyList<(string Name, string Output)> outputs, IReadOnlyList<ChatMessage> messages)
    {
        var answer = new StringBuilder();
        answer.Append(agent).Append(" (simulated model) here. ");
        if (outputs.Count > 0)
        {
            answer.Append("Here is what my tools found:");
            foreach (var (name, output) in outputs)
            {
                answer.Append("\n- ").Append(name).Append(": ").Append(Shorten(output, 240));
            }

            answer.Append("\nThat is my answer to \"").Append(Shorten(userText, 120)).Append("\".");
        }
        else
        {
            var role = FirstSentence(messages.FirstOrDefault(m => m.Role == ChatRole.System)?.Text);
            answer.Append("About \"").Append(Shorten(userText, 120)).Append("\": ");
            answer.Append(role is null ? "I would answer this from my instructions." : $"following my instructions (\"{role}\"), I would take it from here.");
        }

        answer.Append(" Configure a model provider in settings for real answers.");
        return answer.ToString();
    }

    private static string? FirstSentence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var end = text.IndexOfAny(['.', '\n', '!', '?']);
        return Shorten(end > 0 ? text[..end] : text, 120);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
