using System.Net;
using System.Net.Sockets;

namespace Authlete.Sdk;

/// <summary>
/// The address ranges a client notification may not go to by default: every special-purpose range of the IANA IPv4 and
/// IPv6 registries that is not globally reachable, plus the cloud metadata addresses outside them. IPv6 forms that carry
/// an IPv4 address (IPv4-mapped, NAT64, 6to4) are judged by the IPv4 address they carry.
/// </summary>
internal static class ReservedAddresses
{
    private const int NoEmbeddedAddress = -1;

    private static readonly Range[] s_ipv4 =
    [
        new("0.0.0.0/8", "unspecified or 'this network' (0.0.0.0/8)"),
        new("127.0.0.0/8", "loopback (127.0.0.0/8)"),
        new("169.254.0.0/16", "link-local, where cloud metadata services live (169.254.0.0/16)"),
        new("100.100.100.200/32", "cloud metadata service (100.100.100.200)"),
        new("168.63.129.16/32", "cloud platform endpoint (168.63.129.16)"),
        new("192.0.0.0/24", "IETF protocol assignments, including a cloud metadata service (192.0.0.0/24)"),
        new("10.0.0.0/8", "private network (10.0.0.0/8, RFC 1918)", isPrivate: true),
        new("172.16.0.0/12", "private network (172.16.0.0/12, RFC 1918)", isPrivate: true),
        new("192.168.0.0/16", "private network (192.168.0.0/16, RFC 1918)", isPrivate: true),
        new("100.64.0.0/10", "shared address space / carrier-grade NAT (100.64.0.0/10, RFC 6598)", isPrivate: true),
        new("192.0.2.0/24", "documentation (192.0.2.0/24)"),
        new("198.51.100.0/24", "documentation (198.51.100.0/24)"),
        new("203.0.113.0/24", "documentation (203.0.113.0/24)"),
        new("198.18.0.0/15", "benchmarking (198.18.0.0/15)"),
        new("224.0.0.0/4", "multicast (224.0.0.0/4)"),
        new("255.255.255.255/32", "broadcast (255.255.255.255)"),
        new("240.0.0.0/4", "reserved (240.0.0.0/4)"),
    ];

    private static readonly Range[] s_ipv6 =
    [
        new("::/128", "unspecified (::)"),
        new("::1/128", "loopback (::1)"),
        new("::ffff:0:0/96", "IPv4-mapped", embeddedAt: 12),
        new("::/96", "IPv4-compatible, deprecated (::/96)"),
        new("64:ff9b::/96", "NAT64", embeddedAt: 12),
        new("64:ff9b:1::/48", "local-use IPv4/IPv6 translation (64:ff9b:1::/48)"),
        new("100::/64", "discard-only (100::/64)"),
        new("2001::/32", "Teredo tunnelling (2001::/32)"),
        new("2001:2::/48", "benchmarking (2001:2::/48)"),
        new("2001:db8::/32", "documentation (2001:db8::/32)"),
        new("2002::/16", "6to4", embeddedAt: 2),
        new("fd00:ec2::254/128", "cloud metadata service (fd00:ec2::254)"),
        new("fc00::/7", "unique local (fc00::/7)", isPrivate: true),
        new("fe80::/10", "link-local (fe80::/10)"),
        new("fec0::/10", "site-local, deprecated (fec0::/10)", isPrivate: true),
        new("ff00::/8", "multicast (ff00::/8)"),
    ];

    /// <summary>The rule refusing <paramref name="address"/>, or null when it is a public address.</summary>
    public static NotificationAddressRule? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        Range[] ranges = address.AddressFamily switch
        {
            AddressFamily.InterNetwork => s_ipv4,
            AddressFamily.InterNetworkV6 => s_ipv6,
            _ => [],
        };
        if (ranges.Length == 0)
        {
            return new NotificationAddressRule($"not an IP address ({address.AddressFamily})", false);
        }

        foreach (Range range in ranges)
        {
            if (!range.Network.Contains(address))
            {
                continue;
            }

            if (range.EmbeddedAt == NoEmbeddedAddress)
            {
                return new NotificationAddressRule(range.Name, range.IsPrivate);
            }

            var embedded = new IPAddress(address.GetAddressBytes().AsSpan(range.EmbeddedAt, 4));
            return Classify(embedded) is { } inner
                ? new NotificationAddressRule($"{range.Name} form of {embedded}, {inner.Name}", inner.IsPrivateNetwork)
                : null;
        }

        return null;
    }

    private sealed record Range(NotificationNetwork Network, string Name, bool IsPrivate, int EmbeddedAt)
    {
        public Range(string network, string name, bool isPrivate = false, int embeddedAt = NoEmbeddedAddress)
            : this(NotificationNetwork.Parse(network), name, isPrivate, embeddedAt)
        {
        }
    }
}
