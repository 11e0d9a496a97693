namespace AgentStudio.Core.Running.Tools;

/// <summary>The IPv4 address inside the IPv6 forms that lead to one, and the name of the form.</summary>
internal static class EmbeddedIPv4
{
    /// <summary>
    /// The IPv4 address that traffic to the IPv6 address <paramref name="b"/> (16 bytes) ends up at, with the
    /// form's name, or null when it carries none.
    /// </summary>
    public static (byte[] Address, string Form)? Find(byte[] b)
    {
        var zeroPrefix = b.AsSpan(0, 8).IndexOfAnyExcept((byte)0) < 0;

        // ::ffff:a.b.c.d, the form dual-stack sockets use for IPv4 peers.
        if (zeroPrefix && b is [.., 0, 0, 0xff, 0xff, _, _, _, _])
        {
            return (b[12..16], "IPv4-mapped");
        }

        // ::ffff:0:a.b.c.d, which stateless IP/ICMP translation (RFC 2765) maps to the IPv4 address.
        if (zeroPrefix && b is [.., 0xff, 0xff, 0, 0, _, _, _, _])
        {
            return (b[12..16], "IPv4-translated");
        }

        // ::a.b.c.d, deprecated but still routed by some stacks; :: and ::1 are the unspecified and loopback addresses.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && (b[12] | b[13] | b[14] | (b[15] & 0xfe)) != 0)
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

        // 2001:0:server:flags:port:client, Teredo; the client's IPv4 address is stored with every bit flipped (RFC 4380).
        if (b is [0x20, 0x01, 0, 0, ..])
        {
            return ([(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]], "Teredo");
        }

        return null;
    }
}
