using System.Net;

namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// The address ranges tools must not reach, with the reason each is refused: every range of the IANA IPv4 and IPv6
/// Special-Purpose Address Registries, plus multicast and the deprecated IPv6 site-local range.
/// </summary>
/// <remarks>
/// A few registry ranges are marked globally reachable (AS112 and AMT anycast, ORCHIDv2, the anycast addresses in
/// 192.0.0.0/24 and 2001::/23); they are refused too, because no tool has a reason to call those services and the
/// rule "special purpose means not public" is easier to trust than a list of exceptions. IPv6 forms that carry an
/// IPv4 address are judged first by that address (see <see cref="EmbeddedIPv4"/>); three registry ranges are
/// therefore missing here, because they are as public as the IPv4 address they lead to: IPv4-mapped
/// (::ffff:0:0/96), NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
/// </remarks>
internal static class SpecialPurposeAddresses
{
    private static readonly (IPNetwork Range, string Reason)[] Ranges =
    [
        // IPv4: https://www.iana.org/assignments/iana-ipv4-special-registry
        Range("0.0.0.0/8", "an unspecified address (0.0.0.0/8)"),
        Range("10.0.0.0/8", "a private network address (10.0.0.0/8)"),
        Range("100.64.0.0/10", "a shared carrier-grade NAT address (100.64.0.0/10)"),
        Range("127.0.0.0/8", "a loopback address"),
        Range("169.254.0.0/16", "a link-local address (169.254.0.0/16)"),
        Range("172.16.0.0/12", "a private network address (172.16.0.0/12)"),
        Range("192.0.0.0/24", "an IETF protocol assignment address (192.0.0.0/24)"),
        Range("192.0.2.0/24", "a documentation address (192.0.2.0/24)"),
        Range("192.31.196.0/24", "an AS112 DNS address (192.31.196.0/24)"),
        Range("192.52.193.0/24", "an AMT relay address (192.52.193.0/24)"),
        Range("192.88.99.0/24", "a 6to4 relay anycast address (192.88.99.0/24)"),
        Range("192.168.0.0/16", "a private network address (192.168.0.0/16)"),
        Range("192.175.48.0/24", "an AS112 DNS address (192.175.48.0/24)"),
        Range("198.18.0.0/15", "a benchmarking address (198.18.0.0/15)"),
        Range("198.51.100.0/24", "a documentation address (198.51.100.0/24)"),
        Range("203.0.113.0/24", "a documentation address (203.0.113.0/24)"),
        Range("224.0.0.0/4", "a multicast address"),
        Range("240.0.0.0/4", "a reserved address"),
        Range("255.255.255.255/32", "a limited broadcast address (255.255.255.255)"),

        // IPv6: https://www.iana.org/assignments/iana-ipv6-special-registry
        Range("::/128", "an unspecified address"),
        Range("::1/128", "a loopback address"),
        Range("::ffff:0:0:0/96", "an IPv4-translated address (::ffff:0:0:0/96)"),
        Range("64:ff9b:1::/48", "a local-use NAT64 address (64:ff9b:1::/48)"),
        Range("100::/64", "a discard-only address (100::/64)"),
        Range("100:0:0:1::/64", "a dummy address (100:0:0:1::/64)"),
        Range("2001::/23", "an IETF protocol assignment address (2001::/23)"),
        Range("2001::/32", "a Teredo address (2001::/32)"),
        Range("2001:2::/48", "a benchmarking address (2001:2::/48)"),
        Range("2001:3::/32", "an AMT relay address (2001:3::/32)"),
        Range("2001:4:112::/48", "an AS112 DNS address (2001:4:112::/48)"),
        Range("2001:10::/28", "a deprecated ORCHID address (2001:10::/28)"),
        Range("2001:20::/28", "an ORCHIDv2 address (2001:20::/28)"),
        Range("2001:30::/28", "a drone remote ID address (2001:30::/28)"),
        Range("2001:db8::/32", "a documentation address (2001:db8::/32)"),
        Range("2620:4f:8000::/48", "an AS112 DNS address (2620:4f:8000::/48)"),
        Range("3fff::/20", "a documentation address (3fff::/20)"),
        Range("5f00::/16", "a segment routing (SRv6) address (5f00::/16)"),
        Range("fc00::/7", "a unique local address (fc00::/7)"),
        Range("fe80::/10", "a link-local address (fe80::/10)"),
        Range("fec0::/10", "a site-local address (fec0::/10)"),
        Range("ff00::/8", "a multicast address"),
    ];

    /// <summary>
    /// The reason of the most specific range that holds <paramref name="address"/> (so 2001:db8::1 is documentation,
    /// and 2001::1 is Teredo rather than the IETF block around it), or null when no range does.
    /// </summary>
    public static string? ReasonFor(IPAddress address)
    {
        (IPNetwork Range, string Reason)? best = null;
        foreach (var entry in Ranges)
        {
            if (entry.Range.Contains(address) && (best is null || entry.Range.PrefixLength > best.Value.Range.PrefixLength))
            {
                best = entry;
            }
        }

        return best?.Reason;
    }

    private static (IPNetwork, string) Range(string cidr, string reason) => (IPNetwork.Parse(cidr), reason);
}
