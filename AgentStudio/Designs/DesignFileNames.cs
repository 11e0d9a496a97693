using System.Text;

namespace AgentStudio.Designs;

/// <summary>File names for exported designs.</summary>
internal static class DesignFileNames
{
    /// <summary>The extension of a design file.</summary>
    public const string Extension = ".agentstudio.json";

    /// <summary>A safe, readable file name from a design's name: "Customer support triage" → customer-support-triage.agentstudio.json.</summary>
    public static string For(string designName)
    {
        var slug = new StringBuilder();
        foreach (var c in designName.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var name = slug.ToString().Trim('-');
        return (name.Length == 0 ? "design" : name[..Math.Min(name.Length, 80)]) + Extension;
    }
}
