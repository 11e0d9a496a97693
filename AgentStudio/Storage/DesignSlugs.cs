using System.Globalization;
using System.Text;

namespace AgentStudio.Storage;

/// <summary>
/// The rules of a design's slug, the stable name that API calls use for it: lower-case letters a–z, digits and single
/// hyphens between them, at most <see cref="MaxLength"/> characters (<c>hybrid-support</c>).
/// </summary>
public static class DesignSlugs
{
    /// <summary>The longest slug.</summary>
    public const int MaxLength = 64;

    // Room for "-" and a counter when a slug made from a long name is taken.
    private const int MaxBaseLength = MaxLength - 6;

    /// <summary>
    /// The slug a design named <paramref name="name"/> starts from: lower-case, accents dropped, every run of other
    /// characters one hyphen (<c>"Café support (v2)"</c> → <c>cafe-support-v2</c>); <c>design</c> when nothing is left.
    /// </summary>
    public static string FromName(string? name)
    {
        var builder = new StringBuilder();
        var pendingHyphen = false;
        foreach (var c in (name ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(lower);
                if (builder.Length >= MaxBaseLength)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length == 0 ? "design" : slug;
    }

    /// <summary>
    /// The first of <paramref name="wanted"/>, <c>wanted-2</c>, <c>wanted-3</c>… that <paramref name="isTaken"/> says is free.
    /// </summary>
    public static string FirstFree(string wanted, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        if (!isTaken(wanted))
        {
            return wanted;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{wanted}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Why <paramref name="slug"/> is not a valid slug, in words for the user; null when it is valid.</summary>
    public static string? FormatProblem(string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return "A slug cannot be blank: API calls name the design by it.";
        }

        if (slug.Length > MaxLength)
        {
            return $"A slug is at most {MaxLength} characters; this one has {slug.Length}.";
        }

        for (var i = 0; i < slug.Length; i++)
        {
            var c = slug[i];
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return $"A slug may hold only lower-case letters a-z, digits and hyphens: “{slug}” has “{c}” at position {i + 1}. Try “{FromName(slug)}”.";
            }
        }

        if (slug.StartsWith('-') || slug.EndsWith('-') || slug.Contains("--", StringComparison.Ordinal))
        {
            return $"A slug cannot start or end with a hyphen, or have two in a row: “{slug}”. Try “{FromName(slug)}”.";
        }

        return null;
    }
}
