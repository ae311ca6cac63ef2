using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Authlete.Sdk;

/// <summary>
/// An IP network (an address and a prefix length) matched byte by byte: the rules of the notification policy and the
/// networks of <see cref="CibaNotificationSenderOptions.AllowedNetworks"/>. (Not <see cref="IPNetwork"/>, whose
/// <c>Contains</c> answers false for addresses such as <c>::ffff:127.0.0.1</c> in <c>::ffff:0:0/96</c>.)
/// </summary>
internal sealed class NotificationNetwork
{
    private readonly byte[] _prefix;

    private NotificationNetwork(byte[] prefix, int prefixLength)
    {
        _prefix = prefix;
        PrefixLength = prefixLength;
    }

    /// <summary>The number of leading bits that must match.</summary>
    public int PrefixLength { get; }

    /// <summary>True for IPv4 networks.</summary>
    public bool IsIPv4 => _prefix.Length == 4;

    /// <summary>Parses a network the policy defines itself; throws when <paramref name="text"/> is not one.</summary>
    public static NotificationNetwork Parse(string text)
        => TryParse(text, out NotificationNetwork? network) ? network : throw new FormatException($"'{text}' is not an IP network.");

    /// <summary>
    /// Parses <c>address/prefix</c> (host bits are cleared, so <c>10.1.2.3/16</c> means <c>10.1.0.0/16</c>) or a bare address
    /// (a single-address network). Zone indexes (<c>%eth0</c>) are not accepted.
    /// </summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out NotificationNetwork? network)
    {
        network = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string trimmed = text.Trim();
        int slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        string addressText = slash < 0 ? trimmed : trimmed[..slash];
        if (addressText.Contains('%', StringComparison.Ordinal) || !IPAddress.TryParse(addressText, out IPAddress? address))
        {
            return false;
        }

        byte[] bytes = address.GetAddressBytes();
        int prefix = bytes.Length * 8;
        if (slash >= 0 && (!int.TryParse(trimmed.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > bytes.Length * 8))
        {
            return false;
        }

        for (int bit = prefix; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        network = new NotificationNetwork(bytes, prefix);
        return true;
    }

    /// <summary>The IPv4 address behind an IPv4-mapped IPv6 address, else the address itself.</summary>
    public static IPAddress Normalize(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
    }

    /// <summary>True when <paramref name="address"/> (of the same family; its zone index is ignored) is in the network.</summary>
    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if ((address.AddressFamily == AddressFamily.InterNetwork) != IsIPv4)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out int written) || written != _prefix.Length)
        {
            return false;
        }

        for (int bit = 0; bit < PrefixLength; bit++)
        {
            int mask = 0x80 >> (bit % 8);
            if ((bytes[bit / 8] & mask) != (_prefix[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The network in CIDR notation.</summary>
    public override string ToString() => $"{new IPAddress(_prefix)}/{PrefixLength.ToString(CultureInfo.InvariantCulture)}";
}
