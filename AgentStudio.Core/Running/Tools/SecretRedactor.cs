namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// The secrets one tool call resolved: masks them in anything that leaves the tool (its output, its error messages),
/// since servers echo headers back and errors quote URLs, and refuses to let a request carry one to a host the
/// secret is not bound to.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class SecretRedactor
{
    /// <summary>What a secret value turns into.</summary>
    public const string Mask = SecretMasker.Mask;

    private readonly List<string> _values = [];
    private readonly List<(string Name, SecretValue Secret)> _secrets = [];

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

    /// <summary>Adds a resolved secret with its name and binding, so requests carrying it can be checked.</summary>
    public void Add(string name, SecretValue secret)
    {
        Add(secret.Value);
        lock (_values)
        {
            if (secret.Value.Length > 0 && !_secrets.Exists(s => s.Name == name))
            {
                _secrets.Add((name, secret));
            }
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

    /// <summary>
    /// Refuses <paramref name="request"/> when its URL, a header or its body carries a secret that is not bound to
    /// the request's host. Called for every hop, so a redirect cannot take a secret elsewhere.
    /// </summary>
    /// <exception cref="SecretNotBoundException">A secret would reach a host it is not bound to.</exception>
    public async Task EnsureBoundAsync(HttpRequestMessage request, string toolName, CancellationToken cancellationToken)
    {
        List<(string Name, SecretValue Secret)> secrets;
        lock (_values)
        {
            secrets = [.. _secrets];
        }

        if (secrets.Count == 0 || request.RequestUri is not { IsAbsoluteUri: true } uri)
        {
            return;
        }

        var carried = new List<string> { uri.OriginalString, uri.AbsoluteUri };
        carried.AddRange(request.Headers.SelectMany(h => h.Value));
        if (request.Content is { } content)
        {
            carried.AddRange(content.Headers.SelectMany(h => h.Value));
            carried.Add(await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        }

        foreach (var (name, secret) in secrets)
        {
            var escaped = Uri.EscapeDataString(secret.Value);
            if (!secret.MaySendTo(uri.IdnHost) && carried.Exists(text => text.Contains(secret.Value, StringComparison.Ordinal) || text.Contains(escaped, StringComparison.Ordinal)))
            {
                throw new SecretNotBoundException(name, uri.IdnHost, secret, toolName);
            }
        }
    }

    private void AddOnce(string value)
    {
        if (!_values.Contains(value, StringComparer.Ordinal))
        {
            _values.Add(value);
        }
    }
}
