using System.Text.RegularExpressions;

namespace AgentStudio.Core.Serialization;

/// <summary>Builds JSON paths such as <c>$.agents[2].name</c> or <c>$.layout['my node']</c> for problem reports.</summary>
internal static partial class JsonPaths
{
    /// <summary>The document root.</summary>
    public const string Root = "$";

    /// <summary>The longest property name written into a path.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The path of a property of the object at <paramref name="parent"/>.</summary>
    /// <remarks>A name longer than <see cref="MaxNameLength"/> is cut with "…", so a huge key cannot make every problem about it huge.</remarks>
    public static string Property(string parent, string name)
    {
        name = Validation.DesignProblemLimits.Clip(name, MaxNameLength);
        return SimpleName().IsMatch(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
    }

    /// <summary>The path of an array item.</summary>
    public static string Item(string parent, int index) => $"{parent}[{index}]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SimpleName();
}
