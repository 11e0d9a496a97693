using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting;

/// <summary>
/// The environment variable exported code reads for a <c>${secret:NAME}</c> reference: <c>NAME</c> itself, so a
/// secret's value never appears in generated code and a user sets it as they would any credential.
/// </summary>
public static class SecretEnvironmentVariable
{
    /// <summary>Whether <paramref name="secretName"/> can be an environment variable name in every shell and language (letters, digits and <c>_</c>, not starting with a digit).</summary>
    public static bool IsValidName(string secretName)
    {
        ArgumentNullException.ThrowIfNull(secretName);
        return secretName.Length > 0
            && !char.IsAsciiDigit(secretName[0])
            && secretName.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }

    /// <summary>The refusal message for a secret name that cannot be an environment variable.</summary>
    public static string InvalidNameMessage(string secretName) =>
        $"the secret reference ${{secret:{secretName}}} cannot become an environment variable: use letters, digits and _ only, not starting with a digit";

    /// <summary>Every secret name referenced in <paramref name="values"/>, in order of first use, without repeats.</summary>
    public static IReadOnlyList<string> Referenced(IEnumerable<string> values, bool arguments = true)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values
            .SelectMany(v => ExportTemplate.Split(v, arguments))
            .Where(p => p.Kind == TemplatePartKind.Secret)
            .Select(p => p.Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Every secret the tools of <paramref name="design"/> that an edge uses reference (HTTP tools' templates, MCP
    /// servers' environment and headers), in order of first use, with the names of the tools that read it.
    /// </summary>
    public static IReadOnlyList<(string Secret, IReadOnlyList<string> Tools)> UsedBy(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var used = design.Edges.OfType<ToolEdge>().Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        var secrets = new List<(string Secret, List<string> Tools)>();
        foreach (var tool in design.Tools.Where(t => used.Contains(t.Id)))
        {
            IEnumerable<string> values = tool switch
            {
                HttpTool http => [http.Url ?? "", .. (http.Headers ?? new Dictionary<string, string>()).Values, http.Body ?? ""],
                McpTool mcp => [.. (mcp.Environment ?? new Dictionary<string, string>()).Values, .. (mcp.Headers ?? new Dictionary<string, string>()).Values],
                _ => [],
            };
            foreach (var secret in Referenced(values, arguments: tool is HttpTool))
            {
                var entry = secrets.FindIndex(s => s.Secret == secret);
                if (entry < 0)
                {
                    secrets.Add((secret, [tool.Name]));
                }
                else
                {
                    secrets[entry].Tools.Add(tool.Name);
                }
            }
        }

        return [.. secrets.Select(s => (s.Secret, (IReadOnlyList<string>)s.Tools))];
    }
}
