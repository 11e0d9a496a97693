using System.Net;
using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Tests.Core.Running.Tools;

public sealed class NetworkAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.255.0.9", "a loopback address")]
    [InlineData("10.0.0.1", "a private network address (10.0.0.0/8)")]
    [InlineData("172.16.0.1", "a private network address (172.16.0.0/12)")]
    [InlineData("172.31.255.255", "a private network address (172.16.0.0/12)")]
    [InlineData("192.168.1.1", "a private network address (192.168.0.0/16)")]
    [InlineData("169.254.169.254", "a link-local address (169.254.0.0/16)")]
    [InlineData("100.64.0.1", "a shared carrier-grade NAT address (100.64.0.0/10)")]
    [InlineData("100.127.255.255", "a shared carrier-grade NAT address (100.64.0.0/10)")]
    [InlineData("0.0.0.0", "an unspecified address (0.0.0.0/8)")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("255.255.255.255", "a reserved address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("fc00::1", "a unique local address (fc00::/7)")]
    [InlineData("fd12:3456::1", "a unique local address (fc00::/7)")]
    [InlineData("fe80::1", "a link-local address (fe80::/10)")]
    [InlineData("febf::1", "a link-local address (fe80::/10)")]
    [InlineData("fec0::1", "a site-local address (fec0::/10)")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address (IPv4-mapped)")]
    [InlineData("::ffff:10.1.2.3", "a private network address (10.0.0.0/8) (IPv4-mapped)")]
    [InlineData("::ffff:169.254.169.254", "a link-local address (169.254.0.0/16) (IPv4-mapped)")]
    [InlineData("::127.0.0.1", "a loopback address (IPv4-compatible)")]
    [InlineData("64:ff9b::192.168.0.1", "a private network address (192.168.0.0/16) (NAT64)")]
    [InlineData("2002:7f00:1::", "a loopback address (6to4)")]
    public void RefusesNonPublicAddresses(string address, string reason) =>
        Assert.Equal(reason, NetworkAddressPolicy.WhyNotPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::8.8.8.8")]
    public void LetsPublicAddressesThrough(string address) => Assert.Null(NetworkAddressPolicy.WhyNotPublic(IPAddress.Parse(address)));
}
