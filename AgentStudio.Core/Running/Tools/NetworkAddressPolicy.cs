using System.Net;
using System.Net.Sockets;

namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// Tells public internet addresses from the loopback, private, link-local, documentation and other special-purpose
/// addresses tools must not reach (the ranges are listed in <see cref="SpecialPurposeAddresses"/>).
/// </summary>
internal static class NetworkAddressPolicy
{
    /// <summary>
    /// Why <paramref name="address"/> is not a public address, phrased to follow "127.0.0.1 is …"
    /// (for example "a loopback address"), or null when it is public.
    /// </summary>
    public static string? WhyNotPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            return "not an internet address";
        }

        // IPv6 forms that carry an IPv4 address reach that IPv4 address, so they are judged by it first; the
        // range of the form itself may still be refused (Teredo, IPv4-translated) when the IPv4 address is public.
        if (address.AddressFamily == AddressFamily.InterNetworkV6
            && EmbeddedIPv4.Find(address.GetAddressBytes()) is { } embedded
            && SpecialPurposeAddresses.ReasonFor(new IPAddress(embedded.Address)) is { } reason)
        {
            return $"{reason} ({embedded.Form})";
        }

        return SpecialPurposeAddresses.ReasonFor(address);
    }
}
