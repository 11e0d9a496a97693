using System.Net;
using System.Net.Sockets;

namespace AgentStudio.Core.Running.Tools;

/// <summary>Tells public internet addresses from the loopback, private, link-local and other addresses tools must not reach.</summary>
internal static class NetworkAddressPolicy
{
    /// <summary>
    /// Why <paramref name="address"/> is not a public address, phrased to follow "127.0.0.1 is …"
    /// (for example "a loopback address"), or null when it is public.
    /// </summary>
    public static string? WhyNotPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return WhyNotPublicV4(address.GetAddressBytes());
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "not an internet address";
        }

        var bytes = address.GetAddressBytes();

        // IPv6 forms that carry an IPv4 address reach that IPv4 address, so they are judged by it.
        if (EmbeddedV4(bytes) is { } embedded && WhyNotPublicV4(embedded.Address) is { } reason)
        {
            return $"{reason} ({embedded.Form})";
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "a loopback address";
        }

        if (address.Equals(IPAddress.IPv6None))
        {
            return "an unspecified address";
        }

        return bytes[0] switch
        {
            0xfc or 0xfd => "a unique local address (fc00::/7)",
            0xfe when (bytes[1] & 0xc0) == 0x80 => "a link-local address (fe80::/10)",
            0xfe when (bytes[1] & 0xc0) == 0xc0 => "a site-local address (fec0::/10)",
            0xff => "a multicast address",
            _ => null,
        };
    }

    private static string? WhyNotPublicV4(byte[] b) => b switch
    {
        [127, ..] => "a loopback address",
        [10, ..] => "a private network address (10.0.0.0/8)",
        [172, >= 16 and <= 31, ..] => "a private network address (172.16.0.0/12)",
        [192, 168, ..] => "a private network address (192.168.0.0/16)",
        [169, 254, ..] => "a link-local address (169.254.0.0/16)",
        [100, >= 64 and <= 127, ..] => "a shared carrier-grade NAT address (100.64.0.0/10)",
        [0, ..] => "an unspecified address (0.0.0.0/8)",
        [>= 224 and <= 239, ..] => "a multicast address",
        [>= 240, ..] => "a reserved address",
        _ => null,
    };

    private static (byte[] Address, string Form)? EmbeddedV4(byte[] b)
    {
        // ::ffff:a.b.c.d, the form dual-stack sockets use for IPv4 peers.
        if (b.AsSpan(0, 10).IndexOfAnyExcept((byte)0) < 0 && b[10] == 0xff && b[11] == 0xff)
        {
            return (b[12..16], "IPv4-mapped");
        }

        // ::a.b.c.d, deprecated but still routed by some stacks; :: and ::1 themselves are handled by the caller.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && (b[12] | b[13]) != 0)
        {
            return (b[12..16], "IPv4-compatible");
        }

        // 64:ff9b::a.b.c.d, where a NAT64 gateway forwards to the IPv4 address.
        if (b is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..])
        {
            return (b[12..16], "NAT64");
        }

        // 2002:a.b.c.d::/48, 6to4.
        if (b is [0x20, 0x02, ..])
        {
            return (b[2..6], "6to4");
        }

        return null;
    }
}
