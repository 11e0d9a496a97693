using AgentStudio.Core.Exporting;

namespace AgentStudio.Exporting;

/// <summary>How a <see cref="CodeTarget"/> is named on the command line and in URLs (<c>python</c>), and to people (<c>Python</c>).</summary>
internal static class CodeTargetNames
{
    /// <summary>The lower-case name the CLI's <c>--to</c> and the zip URL use: python, typescript, csharp.</summary>
    public static string Of(CodeTarget target) => target.ToString().ToLowerInvariant();

    /// <summary>The name a person reads: Python, TypeScript, C#.</summary>
    public static string DisplayOf(CodeTarget target) => target switch
    {
        CodeTarget.CSharp => "C#",
        _ => target.ToString(),
    };

    /// <summary>Finds the target of <paramref name="exporter"/> called <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryParse(CodeExporter exporter, string name, out CodeTarget target)
    {
        foreach (var candidate in exporter.Targets)
        {
            if (string.Equals(Of(candidate), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                target = candidate;
                return true;
            }
        }

        target = default;
        return false;
    }

    /// <summary>The names of the targets <paramref name="exporter"/> writes, for "known targets: …" messages.</summary>
    public static string Known(CodeExporter exporter) => exporter.Targets.Count == 0 ? "none" : string.Join(", ", exporter.Targets.Select(Of));
}
