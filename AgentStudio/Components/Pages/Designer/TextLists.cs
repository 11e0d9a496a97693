namespace AgentStudio.Components.Pages.Designer;

/// <summary>Turns the property panel's plain-text lists (lines, "Name: value" pairs, commas) into design values and back.</summary>
internal static class TextLists
{
    public static IReadOnlyList<string>? ParseLines(string? text)
    {
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count == 0 ? null : lines;
    }

    public static IReadOnlyList<string>? ParseCommaList(string? text)
    {
        var items = (text ?? "").Split(',').Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        return items.Count == 0 ? null : items;
    }

    public static IReadOnlyDictionary<string, string>? ParsePairs(string? text, char separator)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (text ?? "").Split('\n'))
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                pairs[line[..at].Trim()] = line[(at + 1)..].Trim();
            }
        }

        return pairs.Count == 0 ? null : pairs;
    }

    public static string FormatPairs(IReadOnlyDictionary<string, string>? pairs, string separator) =>
        pairs is null ? "" : string.Join("\n", pairs.Select(p => $"{p.Key}{separator}{p.Value}"));
}
