using System.Globalization;

namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// A secret's value and the hosts it may be sent to. A host pattern is a host name (<c>api.github.com</c>), an IP
/// address, or <c>*.example.com</c> for every subdomain of example.com (not example.com itself); ports do not matter.
/// A secret bound to no host can be sent nowhere.
/// </summary>
/// <param name="Value">The secret itself.</param>
/// <param name="Hosts">The host patterns it is bound to.</param>
public sealed record SecretValue(string Value, IReadOnlyList<string> Hosts)
{
    private static readonly IdnMapping Idn = new();

    /// <summary>Whether the secret may be sent to <paramref name="host"/> (a URL's host, any case, IDN or punycode).</summary>
    public bool MaySendTo(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var target = Normalize(host);
        foreach (var pattern in Hosts)
        {
            var normalized = Normalize(pattern);
            if (normalized.StartsWith("*.", StringComparison.Ordinal)
                ? target.EndsWith(normalized[1..], StringComparison.Ordinal) && target.Length > normalized.Length - 1
                : target == normalized)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The hosts as people read them, for error messages: "api.github.com, *.example.com" or "no host".</summary>
    public string HostsText => Hosts.Count == 0 ? "no host" : string.Join(", ", Hosts);

    /// <summary>Splits a list of host patterns written by a person (commas, semicolons, spaces or new lines between them).</summary>
    public static IReadOnlyList<string> ParseHosts(string? text) =>
        [.. (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    // Lower case, no brackets around IPv6 literals, no trailing dot, punycode for international names.
    private static string Normalize(string host)
    {
        var trimmed = host.Trim().Trim('[', ']').TrimEnd('.').ToLowerInvariant();
        if (trimmed.Length == 0 || trimmed.All(char.IsAscii))
        {
            return trimmed;
        }

        try
        {
            return Idn.GetAscii(trimmed);
        }
        catch (ArgumentException)
        {
            return trimmed;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"SecretValue {{ Hosts = {HostsText} }}";
}
