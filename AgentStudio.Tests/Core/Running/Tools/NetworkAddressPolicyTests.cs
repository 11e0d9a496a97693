using System.Net;
using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Tests.Core.Running.Tools;

/// <summary>
/// Every range of the IANA IPv4 and IPv6 special-purpose address registries (plus multicast and the deprecated
/// site-local range) is refused from its first to its last address, and the addresses just outside stay public.
/// </summary>
public sealed class NetworkAddressPolicyTests
{
    // before/after: the addresses just outside the range, which must stay public; null where that neighbour is
    // itself special (an adjacent range, or IPv6 space outside global unicast 2000::/3 that no range here covers).
    [Theory]
    [InlineData("0.0.0.0", "0.255.255.255", "an unspecified address (0.0.0.0/8)", null, "1.0.0.0")]
    [InlineData("10.0.0.0", "10.255.255.255", "a private network address (10.0.0.0/8)", "9.255.255.255", "11.0.0.0")]
    [InlineData("100.64.0.0", "100.127.255.255", "a shared carrier-grade NAT address (100.64.0.0/10)", "100.63.255.255", "100.128.0.0")]
    [InlineData("127.0.0.0", "127.255.255.255", "a loopback address", "126.255.255.255", "128.0.0.0")]
    [InlineData("169.254.0.0", "169.254.255.255", "a link-local address (169.254.0.0/16)", "169.253.255.255", "169.255.0.0")]
    [InlineData("172.16.0.0", "172.31.255.255", "a private network address (172.16.0.0/12)", "172.15.255.255", "172.32.0.0")]
    [InlineData("192.0.0.0", "192.0.0.255", "an IETF protocol assignment address (192.0.0.0/24)", "191.255.255.255", "192.0.1.0")]
    [InlineData("192.0.2.0", "192.0.2.255", "a documentation address (192.0.2.0/24)", "192.0.1.255", "192.0.3.0")]
    [InlineData("192.31.196.0", "192.31.196.255", "an AS112 DNS address (192.31.196.0/24)", "192.31.195.255", "192.31.197.0")]
    [InlineData("192.52.193.0", "192.52.193.255", "an AMT relay address (192.52.193.0/24)", "192.52.192.255", "192.52.194.0")]
    [InlineData("192.88.99.0", "192.88.99.255", "a 6to4 relay anycast address (192.88.99.0/24)", "192.88.98.255", "192.88.100.0")]
    [InlineData("192.168.0.0", "192.168.255.255", "a private network address (192.168.0.0/16)", "192.167.255.255", "192.169.0.0")]
    [InlineData("192.175.48.0", "192.175.48.255", "an AS112 DNS address (192.175.48.0/24)", "192.175.47.255", "192.175.49.0")]
    [InlineData("198.18.0.0", "198.19.255.255", "a benchmarking address (198.18.0.0/15)", "198.17.255.255", "198.20.0.0")]
    [InlineData("198.51.100.0", "198.51.100.255", "a documentation address (198.51.100.0/24)", "198.51.99.255", "198.51.101.0")]
    [InlineData("203.0.113.0", "203.0.113.255", "a documentation address (203.0.113.0/24)", "203.0.112.255", "203.0.114.0")]
    [InlineData("224.0.0.0", "239.255.255.255", "a multicast address", "223.255.255.255", null)]
    [InlineData("240.0.0.0", "255.255.255.254", "a reserved address", null, null)]
    [InlineData("255.255.255.255", "255.255.255.255", "a limited broadcast address (255.255.255.255)", null, null)]
    [InlineData("::", "::", "an unspecified address", null, null)]
    [InlineData("::1", "::1", "a loopback address", null, null)]
    [InlineData("64:ff9b:1::", "64:ff9b:1:ffff:ffff:ffff:ffff:ffff", "a local-use NAT64 address (64:ff9b:1::/48)", null, null)]
    [InlineData("100::", "100::ffff:ffff:ffff:ffff", "a discard-only address (100::/64)", null, null)]
    [InlineData("100:0:0:1::", "100::1:ffff:ffff:ffff:ffff", "a dummy address (100:0:0:1::/64)", null, null)]

    // 2001::/23 starts with Teredo (2001::/32), judged below; 2001:1:: is its first address outside a sub-range.
    [InlineData("2001:1::", "2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff", "an IETF protocol assignment address (2001::/23)", "2000:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "2001:200::")]
    [InlineData("2001:2::", "2001:2:0:ffff:ffff:ffff:ffff:ffff", "a benchmarking address (2001:2::/48)", null, null)]
    [InlineData("2001:3::", "2001:3:ffff:ffff:ffff:ffff:ffff:ffff", "an AMT relay address (2001:3::/32)", null, null)]
    [InlineData("2001:4:112::", "2001:4:112:ffff:ffff:ffff:ffff:ffff", "an AS112 DNS address (2001:4:112::/48)", null, null)]
    [InlineData("2001:10::", "2001:1f:ffff:ffff:ffff:ffff:ffff:ffff", "a deprecated ORCHID address (2001:10::/28)", null, null)]
    [InlineData("2001:20::", "2001:2f:ffff:ffff:ffff:ffff:ffff:ffff", "an ORCHIDv2 address (2001:20::/28)", null, null)]
    [InlineData("2001:30::", "2001:3f:ffff:ffff:ffff:ffff:ffff:ffff", "a drone remote ID address (2001:30::/28)", null, null)]
    [InlineData("2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "a documentation address (2001:db8::/32)", "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db9::")]
    [InlineData("2620:4f:8000::", "2620:4f:8000:ffff:ffff:ffff:ffff:ffff", "an AS112 DNS address (2620:4f:8000::/48)", "2620:4f:7fff:ffff:ffff:ffff:ffff:ffff", "2620:4f:8001::")]
    [InlineData("3fff::", "3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff", "a documentation address (3fff::/20)", "3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "3fff:1000::")]
    [InlineData("5f00::", "5f00:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "a segment routing (SRv6) address (5f00::/16)", null, null)]
    [InlineData("fc00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "a unique local address (fc00::/7)", null, null)]
    [InlineData("fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "a link-local address (fe80::/10)", null, null)]
    [InlineData("fec0::", "feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "a site-local address (fec0::/10)", null, null)]
    [InlineData("ff00::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "a multicast address", null, null)]
    public void RefusesTheWholeRange_AndKeepsItsNeighboursPublic(string first, string last, string reason, string? before, string? after)
    {
        Assert.Equal(reason, WhyNotPublic(first));
        Assert.Equal(reason, WhyNotPublic(last));
        foreach (var neighbour in new[] { before, after }.OfType<string>())
        {
            Assert.True(WhyNotPublic(neighbour) is null, $"{neighbour}, just outside the range of {first}, must stay public.");
        }
    }

    // IPv6 forms that carry an IPv4 address reach it, so a non-public IPv4 inside makes them non-public.
    [Theory]
    [InlineData("::ffff:0.0.0.0", "an unspecified address (0.0.0.0/8) (IPv4-mapped)")]
    [InlineData("::ffff:127.0.0.1", "a loopback address (IPv4-mapped)")]
    [InlineData("::ffff:10.1.2.3", "a private network address (10.0.0.0/8) (IPv4-mapped)")]
    [InlineData("::ffff:169.254.169.254", "a link-local address (169.254.0.0/16) (IPv4-mapped)")]
    [InlineData("::ffff:198.18.0.1", "a benchmarking address (198.18.0.0/15) (IPv4-mapped)")]
    [InlineData("::ffff:255.255.255.255", "a limited broadcast address (255.255.255.255) (IPv4-mapped)")]
    [InlineData("::ffff:0:0.0.0.0", "an unspecified address (0.0.0.0/8) (IPv4-translated)")]
    [InlineData("::ffff:0:127.0.0.1", "a loopback address (IPv4-translated)")]
    [InlineData("::ffff:0:255.255.255.255", "a limited broadcast address (255.255.255.255) (IPv4-translated)")]
    [InlineData("::ffff:0:8.8.8.8", "an IPv4-translated address (::ffff:0:0:0/96)")]
    [InlineData("::2", "an unspecified address (0.0.0.0/8) (IPv4-compatible)")]
    [InlineData("::127.0.0.1", "a loopback address (IPv4-compatible)")]
    [InlineData("::192.0.2.1", "a documentation address (192.0.2.0/24) (IPv4-compatible)")]
    [InlineData("::255.255.255.255", "a limited broadcast address (255.255.255.255) (IPv4-compatible)")]
    [InlineData("64:ff9b::", "an unspecified address (0.0.0.0/8) (NAT64)")]
    [InlineData("64:ff9b::192.168.0.1", "a private network address (192.168.0.0/16) (NAT64)")]
    [InlineData("64:ff9b::203.0.113.9", "a documentation address (203.0.113.0/24) (NAT64)")]
    [InlineData("64:ff9b::ffff:ffff", "a limited broadcast address (255.255.255.255) (NAT64)")]
    [InlineData("2002::", "an unspecified address (0.0.0.0/8) (6to4)")]
    [InlineData("2002:7f00:1::", "a loopback address (6to4)")]
    [InlineData("2002:c058:6301::", "a 6to4 relay anycast address (192.88.99.0/24) (6to4)")]
    [InlineData("2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "a limited broadcast address (255.255.255.255) (6to4)")]

    // Teredo hides the client's IPv4 address in the last 32 bits, every bit flipped (RFC 4380).
    [InlineData("2001::", "a limited broadcast address (255.255.255.255) (Teredo)")]
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe", "a loopback address (Teredo)")]
    [InlineData("2001:0:4136:e378:8000:63bf:f5ff:fffe", "a private network address (10.0.0.0/8) (Teredo)")]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", "a documentation address (192.0.2.0/24) (Teredo)")]
    [InlineData("2001:0:4136:e378:8000:63bf:f7f7:f7f7", "a Teredo address (2001::/32)")]
    [InlineData("2001:0:ffff:ffff:ffff:ffff:ffff:ffff", "an unspecified address (0.0.0.0/8) (Teredo)")]
    public void JudgesIPv6FormsByTheIPv4AddressTheyCarry(string address, string reason) => Assert.Equal(reason, WhyNotPublic(address));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::8.8.8.8")]
    [InlineData("2002:808:808::")]
    [InlineData("2001:200::1")]
    public void LetsPublicAddressesThrough(string address) => Assert.Null(WhyNotPublic(address));

    private static string? WhyNotPublic(string address) => NetworkAddressPolicy.WhyNotPublic(IPAddress.Parse(address));
}
