namespace AgentStudio.Core.Validation;

/// <summary>
/// Keeps lists of problems readable and bounded: a damaged or generated design can have thousands of
/// problems of one kind, and nobody reads past the first few.
/// </summary>
public static class DesignProblemLimits
{
    /// <summary>How many problems of one code <see cref="Cap"/> keeps by default.</summary>
    public const int DefaultPerCode = 20;

    /// <summary>The longest message a problem carries; longer ones (quoting huge names) are cut with "…".</summary>
    public const int MaxMessageLength = 1_000;

    /// <summary>
    /// Keeps the first <paramref name="perCode"/> problems of each code, in order, and adds after them one
    /// problem per shortened code that says how many more there were ("… and 1,234 more like this").
    /// </summary>
    /// <param name="problems">The full list.</param>
    /// <param name="perCode">How many problems of one code to keep; at least 1.</param>
    /// <returns>The shortened list; the same items when no code exceeds the cap.</returns>
    public static IReadOnlyList<DesignProblem> Cap(IReadOnlyList<DesignProblem> problems, int perCode = DefaultPerCode)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentOutOfRangeException.ThrowIfLessThan(perCode, 1);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<DesignProblem>(Math.Min(problems.Count, 256));
        foreach (var problem in problems)
        {
            var count = counts[problem.Code] = counts.GetValueOrDefault(problem.Code) + 1;
            if (count <= perCode)
            {
                kept.Add(problem);
            }
        }

        foreach (var (code, count) in counts.Where(c => c.Value > perCode))
        {
            var first = problems.First(p => p.Code == code);
            kept.Add(new DesignProblem(code, first.Severity, $"… and {count - perCode:N0} more {code} problems like the ones above.", "$"));
        }

        return kept.Count == problems.Count ? problems : kept;
    }

    /// <summary>Cuts a message (or a name quoted in one) to <paramref name="maxLength"/> characters, ending it with "…".</summary>
    internal static string Clip(string text, int maxLength = MaxMessageLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        // Never cut between the two halves of a surrogate pair.
        var cut = char.IsHighSurrogate(text[maxLength - 2]) ? maxLength - 2 : maxLength - 1;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
