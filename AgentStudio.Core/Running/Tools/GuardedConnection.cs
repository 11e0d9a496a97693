using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace AgentStudio.Core.Running.Tools;

/// <summary>
/// The connect step of the tools' HTTP handler: after connecting, the address actually reached must be public
/// unless the request allows private networks. This closes the gap a DNS check before connecting leaves open
/// (a name that resolves to a public address for the check and to a private one for the connection).
/// </summary>
public static class GuardedConnection
{
    /// <summary>The request option <see cref="OutboundHttp"/> sets when the run allows private networks.</summary>
    public static readonly HttpRequestOptionsKey<bool> AllowPrivateNetworks = new("AgentStudio.AllowPrivateNetworks");

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that refuses non-public addresses.</summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
            var allowed = context.InitialRequestMessage.Options.TryGetValue(AllowPrivateNetworks, out var allow) && allow;
            if (!allowed && socket.RemoteEndPoint is IPEndPoint { Address: var reached })
            {
                var address = reached.IsIPv4MappedToIPv6 ? reached.MapToIPv4() : reached;
                if (NetworkAddressPolicy.WhyNotPublic(address) is { } reason)
                {
                    throw new HttpRequestException($"Refused to connect to {context.DnsEndPoint.Host}: it reached {address}, {reason}; set {OutboundHttp.AllowPrivateNetworksSetting} to allow it.");
                }
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
