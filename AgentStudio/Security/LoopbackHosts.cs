using System.Net;

namespace AgentStudio.Security;

/// <summary>What counts as "this machine only": the host names and addresses a local browser uses.</summary>
public static class LoopbackHosts
{
    /// <summary>
    /// The host names the app answers to when <c>AllowedHosts</c> is not configured. Anything else in a
    /// request's Host header is refused, which stops DNS rebinding: a foreign page whose name resolves to
    /// 127.0.0.1 still sends its own name.
    /// </summary>
    public static IReadOnlyList<string> DefaultAllowedHosts { get; } = ["localhost", "*.localhost", "127.0.0.1", "[::1]"];

    /// <summary>Whether a host (a name, an IPv4 address, or an IPv6 one with or without brackets) is this machine only.</summary>
    public static bool IsLoopback(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IsLoopback(address);
    }

    /// <summary>Whether an address is loopback, counting IPv4 loopback written as IPv6 (<c>::ffff:127.0.0.1</c>, as dual-mode sockets report it).</summary>
    public static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
