namespace AgentStudio.Core.Validation;

/// <summary>Context window sizes of well-known models, for the context-window warning. Unknown models are not checked.</summary>
public static class ModelContextWindows
{
    private static readonly (string Prefix, int Tokens)[] Known =
    [
        ("gpt-4.1", 1_047_576),
        ("gpt-4o", 128_000),
        ("gpt-4-turbo", 128_000),
        ("gpt-4", 8_192),
        ("gpt-3.5-turbo", 16_385),
        ("gpt-5", 400_000),
        ("o1", 200_000),
        ("o3", 200_000),
        ("o4-mini", 200_000),
    ];

    /// <summary>The context window of <paramref name="model"/> in tokens, or null when the model is not known.</summary>
    /// <remarks>Matches the longest known prefix, so dated variants such as <c>gpt-4o-2024-08-06</c> are found.</remarks>
    public static int? Find(string? model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return null;
        }

        var normalized = model.Trim().ToLowerInvariant();
        return Known.Where(k => normalized.StartsWith(k.Prefix, StringComparison.Ordinal))
            .OrderByDescending(k => k.Prefix.Length)
            .Select(k => (int?)k.Tokens)
            .FirstOrDefault();
    }
}
