using System.Net;
using System.Net.Sockets;

namespace Authlete.Sdk;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the notification handler: resolves the host once, keeps the
/// addresses the policy allows and connects only to those, so a name (or a DNS answer that changes between a check and
/// the connection) cannot lead to a refused address.
/// </summary>
internal sealed class NotificationConnector
{
    private readonly NotificationDestinationPolicy _policy;

    public NotificationConnector(NotificationDestinationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
    }

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        DnsEndPoint target = context.DnsEndPoint;
        string host = target.Host;
        string bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        IPAddress[] resolved = IPAddress.TryParse(bare, out IPAddress? literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);

        if (resolved.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        bool hostAllowed = _policy.IsAllowedHost(host);
        var allowed = new List<IPAddress>(resolved.Length);
        string? refusal = null;
        foreach (IPAddress address in resolved)
        {
            string? reason = hostAllowed ? null : _policy.CheckAddress(address);
            if (reason is null)
            {
                allowed.Add(address);
            }
            else
            {
                refusal ??= reason;
            }
        }

        if (allowed.Count == 0)
        {
            throw new NotificationDestinationRefusedException(refusal!);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync([.. allowed], target.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
