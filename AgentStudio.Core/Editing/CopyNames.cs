using System.Text.RegularExpressions;

namespace AgentStudio.Core.Editing;

/// <summary>
/// Names for copies: <c>BillingAgent copy</c>, <c>BillingAgent copy 2</c> … for agents, <c>lookup_copy</c>,
/// <c>lookup_copy_2</c> … for tools (whose names the model APIs restrict to letters, digits, <c>_</c> and <c>-</c>).
/// A copy of a copy counts on from the original's name instead of stacking suffixes.
/// </summary>
public static partial class CopyNames
{
    /// <summary>A free name for a copy of the agent <paramref name="name"/>; adds it to <paramref name="taken"/>.</summary>
    /// <param name="name">The copied agent's name.</param>
    /// <param name="taken">The names in use (agents' and tools' names; a copy must not shadow either). Updated.</param>
    public static string ForAgent(string name, ISet<string> taken) => Free(name, AgentSuffix(), " copy", " ", taken);

    /// <summary>A free name for a copy of the tool <paramref name="name"/>; adds it to <paramref name="taken"/>.</summary>
    /// <param name="name">The copied tool's name.</param>
    /// <param name="taken">The names in use. Updated.</param>
    public static string ForTool(string name, ISet<string> taken) => Free(name, ToolSuffix(), "_copy", "_", taken);

    // The name itself when it is free (a paste into another design keeps names), else the first free copy of the
    // name without its copy suffix.
    private static string Free(string name, Regex copySuffix, string suffix, string separator, ISet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(taken);
        if (taken.Add(name))
        {
            return name;
        }

        var original = copySuffix.Replace(name, "");
        var candidate = original + suffix;
        for (var i = 2; taken.Contains(candidate); i++)
        {
            candidate = $"{original}{suffix}{separator}{i}";
        }

        taken.Add(candidate);
        return candidate;
    }

    [GeneratedRegex(@" copy( \d+)?$")]
    private static partial Regex AgentSuffix();

    [GeneratedRegex(@"_copy(_\d+)?$")]
    private static partial Regex ToolSuffix();
}
