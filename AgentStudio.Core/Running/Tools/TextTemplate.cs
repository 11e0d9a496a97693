using System.Text;
using System.Text.Json;

namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// Fills the templates of mock and HTTP tools: <c>{{name}}</c> (or <c>{{a.b}}</c> for a nested value) becomes
/// the argument of that name, and, when a resolver is given, <c>${secret:NAME}</c> becomes the secret's value.
/// </summary>
internal static class TextTemplate
{
    private const string SecretOpening = "${secret:";

    /// <summary>Fills <paramref name="template"/> from <paramref name="arguments"/>.</summary>
    /// <param name="template">The template text.</param>
    /// <param name="arguments">The tool call's arguments (a JSON object).</param>
    /// <param name="escapeArgument">Applied to each argument's text, for example URL escaping; null keeps it raw.</param>
    /// <param name="resolveSecret">Gives the text of a <c>${secret:NAME}</c> reference; null leaves such references as they are.</param>
    /// <remarks>
    /// The template is read once, left to right, and what a placeholder turns into is never read again. That is
    /// what keeps a model from smuggling <c>${secret:OTHER}</c> in through an argument to make a tool send it out.
    /// </remarks>
    public static string Fill(
        string template,
        JsonElement arguments,
        Func<string, string>? escapeArgument = null,
        Func<string, string>? resolveSecret = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        var text = new StringBuilder(template.Length);
        var position = 0;
        while (position < template.Length)
        {
            if (TryReadPlaceholder(template, position, "{{", "}}", out var path, out var next) && IsPath(path))
            {
                var value = ArgumentText(arguments, path);
                text.Append(escapeArgument is null ? value : escapeArgument(value));
                position = next;
            }
            else if (resolveSecret is not null
                && TryReadPlaceholder(template, position, SecretOpening, "}", out var name, out next)
                && name.Length > 0)
            {
                text.Append(resolveSecret(name));
                position = next;
            }
            else
            {
                text.Append(template[position]);
                position++;
            }
        }

        return text.ToString();
    }

    /// <summary>The text an argument path stands for: strings raw, other values as JSON text, missing ones empty.</summary>
    public static string ArgumentText(JsonElement arguments, string path)
    {
        if (!TryFind(arguments, path, out var value))
        {
            return string.Empty;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
    }

    /// <summary>Reads <paramref name="opening"/>…<paramref name="closing"/> at <paramref name="position"/>; the exporters read templates with it too.</summary>
    internal static bool TryReadPlaceholder(string template, int position, string opening, string closing, out string inside, out int next)
    {
        inside = string.Empty;
        next = position;
        if (string.CompareOrdinal(template, position, opening, 0, opening.Length) != 0)
        {
            return false;
        }

        var start = position + opening.Length;
        var end = template.IndexOf(closing, start, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        inside = template[start..end].Trim();
        next = end + closing.Length;
        return true;
    }

    // Only names and dotted paths count as placeholders, so JSON bodies such as {"a":{"b":1}} keep their braces.
    internal static bool IsPath(string path) =>
        path.Length > 0 && path.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '$');

    private static bool TryFind(JsonElement arguments, string path, out JsonElement value)
    {
        value = default;
        if (arguments.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        // An argument literally named "a.b" wins over the path a → b.
        if (arguments.TryGetProperty(path, out value))
        {
            return true;
        }

        var current = arguments;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array
                && int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return false;
            }
        }

        value = current;
        return true;
    }
}
