using AgentStudio.Core.Designs;

namespace AgentStudio.Playground;

/// <summary>
/// First messages worth trying on a design, read from the design itself: one for each route its entry agent offers
/// (a handoff's description, then a tool's), else one from the entry agent's instructions. Any design gets some,
/// whatever it is called.
/// </summary>
public static class PlaygroundSuggestions
{
    /// <summary>How many suggestions at most.</summary>
    public const int Max = 3;

    private static readonly char[] PhraseEnds = ['.', ':', ';', '(', '\n', '!', '?'];

    /// <summary>Up to <see cref="Max"/> messages to try on <paramref name="design"/>; empty only for a design without an entry agent.</summary>
    public static IReadOnlyList<string> For(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (design.Entry is not { } entryId || design.FindAgent(entryId) is not { } entry)
        {
            return [];
        }

        var fromEdges = design.Edges.Where(e => e.From == entryId)
            .OrderBy(e => e is HandoffEdge ? 0 : 1)
            .Select(e => e is HandoffEdge ? AboutHandoff(design, e) : AboutTool(design, e));
        var suggestions = fromEdges.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(Max).ToList();
        if (suggestions.Count == 0)
        {
            suggestions.Add(AboutInstructions(entry));
        }

        return suggestions;
    }

    // A handoff's description says which requests belong to the target ("Billing and payment issues: ..."): ask for that.
    private static string? AboutHandoff(DesignDocument design, DesignEdge edge) =>
        Phrase(edge.Description ?? design.FindAgent(edge.To)?.HandoffDescription) is { } topic ? $"I need help with {LowerFirst(topic)}." : null;

    // A tool's description says what it does ("Search the web for a query"): ask the agent to do it.
    private static string? AboutTool(DesignDocument design, DesignEdge edge)
    {
        var description = edge.Description ?? design.FindTool(edge.To)?.Description ?? design.FindAgent(edge.To)?.HandoffDescription;
        if (Phrase(description) is { } task)
        {
            return $"Please {LowerFirst(task)}.";
        }

        var name = edge.ToolName ?? design.FindTool(edge.To)?.Name ?? design.FindAgent(edge.To)?.Name;
        return string.IsNullOrWhiteSpace(name) ? null : $"Use {name.Replace('_', ' ')} for me.";
    }

    // "You are a research manager. ..." → ask what that role can do.
    private static string AboutInstructions(AgentDefinition entry)
    {
        var first = Phrase(entry.Instructions);
        const string YouAre = "You are ";
        return first is not null && first.StartsWith(YouAre, StringComparison.OrdinalIgnoreCase) && first.Length > YouAre.Length
            ? $"What can you do for me as {first[YouAre.Length..]}?"
            : $"Hello {entry.Name}, what can you help me with?";
    }

    private static string? Phrase(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var end = trimmed.IndexOfAny(PhraseEnds);
        var phrase = (end > 0 ? trimmed[..end] : trimmed).Trim();
        return phrase.Length is 0 or > 120 ? null : phrase;
    }

    // "Billing" → "billing", but "API errors" keeps its capitals.
    private static string LowerFirst(string phrase) =>
        phrase.Length > 1 && char.IsUpper(phrase[0]) && !char.IsUpper(phrase[1]) ? char.ToLowerInvariant(phrase[0]) + phrase[1..] : phrase;
}
