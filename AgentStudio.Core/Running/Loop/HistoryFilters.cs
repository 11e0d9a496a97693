using AgentStudio.Core.Designs;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Loop;

/// <summary>What of the conversation a handoff's target sees.</summary>
internal static class HistoryFilters
{
    /// <summary>The history as the target of a handoff with <paramref name="filter"/> receives it.</summary>
    public static List<ChatMessage> Apply(IEnumerable<ChatMessage> history, HistoryFilter filter)
    {
        if (filter == HistoryFilter.All)
        {
            return [.. history];
        }

        // no_tools: every tool call and output goes (handoff calls included, as the SDK's remove_all_tools does);
        // a message left with no content goes too, so a response that only called tools leaves nothing behind (the
        // SDK has no message item for it), not an empty assistant message.
        var kept = new List<ChatMessage>();
        foreach (var message in history)
        {
            var contents = message.Contents.Where(c => c is not FunctionCallContent and not FunctionResultContent and not TextContent { Text.Length: 0 }).ToList();
            if (contents.Count > 0)
            {
                kept.Add(new ChatMessage(message.Role, contents) { AuthorName = message.AuthorName, MessageId = message.MessageId });
            }
        }

        return kept;
    }
}
