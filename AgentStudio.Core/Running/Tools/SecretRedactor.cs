namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// Remembers the secret values one tool call resolved and masks them in anything that leaves the tool
/// (its output, its error messages), since servers echo headers back and errors quote URLs.
/// </summary>
internal sealed class SecretRedactor
{
    /// <summary>What a secret value turns into.</summary>
    public const string Mask = "***";

    private readonly List<string> _values = [];

    /// <summary>Adds a resolved secret value, together with its URL-escaped form.</summary>
    public void Add(string value)
    {
        // An empty secret cannot be searched for, and there is nothing in it to hide.
        if (value.Length == 0)
        {
            return;
        }

        lock (_values)
        {
            AddOnce(value);
            AddOnce(Uri.EscapeDataString(value));
            // Longest first, so a secret that contains another is masked whole.
            _values.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary><paramref name="text"/> with every remembered secret replaced by <see cref="Mask"/>.</summary>
    public string Redact(string text)
    {
        lock (_values)
        {
            foreach (var value in _values)
            {
                text = text.Replace(value, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Whether the message of <paramref name="exception"/> or of one of its inner exceptions contains a secret.</summary>
    public bool Reveals(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (Redact(current.Message) != current.Message)
            {
                return true;
            }
        }

        return false;
    }

    private void AddOnce(string value)
    {
        if (!_values.Contains(value, StringComparer.Ordinal))
        {
            _values.Add(value);
        }
    }
}
