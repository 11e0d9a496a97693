using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// The connect step of the tools' HTTP handlers: it resolves the host itself, refuses it unless every address is
/// public (or the request allows private networks), and then connects only to the addresses it checked.
/// </summary>
/// <remarks>
/// Checking before connecting means a refused host never sees a connection, so a name that resolves to an
/// internal address (DNS rebinding) cannot even tell open ports from closed ones. Connecting to the checked
/// addresses, not to the name, means a second DNS answer cannot swap in another address after the check.
/// </remarks>
public static class GuardedConnection
{
    /// <summary>The request option <see cref="OutboundHttp"/> sets when the run allows private networks.</summary>
    public static readonly HttpRequestOptionsKey<bool> AllowPrivateNetworks = new("AgentStudio.AllowPrivateNetworks");

    /// <summary>
    /// A <see cref="SocketsHttpHandler.ConnectCallback"/> that refuses non-public addresses before connecting and
    /// tries the checked addresses in the order DNS returned them.
    /// </summary>
    /// <exception cref="HttpRequestException">
    /// The host resolves to a non-public address and the request does not allow private networks, it could not be
    /// resolved, or no address accepted the connection.
    /// </exception>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endPoint = context.DnsEndPoint;
        var addresses = await ResolveAsync(endPoint, cancellationToken).ConfigureAwait(false);
        var allowed = context.InitialRequestMessage.Options.TryGetValue(AllowPrivateNetworks, out var allow) && allow;
        if (!allowed)
        {
            // Every address must pass, as OutboundHttp's check demands: a refusal should not depend on DNS order.
            foreach (var address in addresses)
            {
                if (NetworkAddressPolicy.WhyNotPublic(address) is { } reason)
                {
                    throw new HttpRequestException($"Refused to connect to {endPoint.Host}: it resolves to {address}, {reason}; set {OutboundHttp.AllowPrivateNetworksSetting} to allow it.");
                }
            }
        }

        return await ConnectToAnyAsync(addresses, endPoint, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IPAddress[]> ResolveAsync(DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        // SocketsHttpHandler passes IPv6 literals without brackets, but a bracketed one must not reach DNS either.
        var host = endPoint.Host.StartsWith('[') && endPoint.Host.EndsWith(']') ? endPoint.Host[1..^1] : endPoint.Host;
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal.IsIPv4MappedToIPv6 ? literal.MapToIPv4() : literal];
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, endPoint.AddressFamily, cancellationToken).ConfigureAwait(false);
            return addresses.Length > 0
                ? [.. addresses.Select(a => a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a)]
                : throw new HttpRequestException($"Could not connect to {host}: it has no addresses.");
        }
        catch (SocketException exception)
        {
            throw new HttpRequestException($"Could not connect to {host}: it could not be resolved ({exception.Message}).", exception);
        }
    }

    private static async Task<Stream> ConnectToAnyAsync(IPAddress[] addresses, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                // As the handler's own connect does: an address that refuses or is unreachable hands over to the next.
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new HttpRequestException($"Could not connect to {endPoint.Host}:{endPoint.Port}: {last?.Message}", last);
    }
}
