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
}
