using System.Net;

namespace Authlete.Sdk;

/// <summary>
/// Decides where a CIBA notification may go (see <see cref="CibaNotificationSenderOptions"/>): the endpoint's host before
/// sending, and every address a name resolves to when connecting. Allowed hosts and networks win over every rule;
/// <see cref="CibaNotificationSenderOptions.AllowPrivateNetworks"/> allows the private ranges only.
/// </summary>
internal sealed class NotificationDestinationPolicy
{
    private readonly HashSet<string> _allowedHosts;
    private readonly NotificationNetwork[] _allowedNetworks;
    private readonly bool _allowPrivateNetworks;

    /// <summary>Builds the policy of valid <paramref name="options"/>; invalid allow-list entries are ignored.</summary>
    public NotificationDestinationPolicy(CibaNotificationSenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _allowedHosts = new HashSet<string>(
            options.AllowedHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => NormalizeHost(h.Trim())),
            StringComparer.Ordinal);
        var networks = new List<NotificationNetwork>();
        foreach (string entry in options.AllowedNetworks)
        {
            if (NotificationNetwork.TryParse(entry, out NotificationNetwork? network))
            {
                networks.Add(network);
            }
        }

        _allowedNetworks = [.. networks];
        _allowPrivateNetworks = options.AllowPrivateNetworks;
    }

    /// <summary>
    /// Lower case, without IPv6 brackets, zone index or trailing dots: the form the rules and allowed hosts compare.
    /// </summary>
    public static string NormalizeHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        string h = host;
        if (h.StartsWith('[') && h.EndsWith(']'))
        {
            h = h[1..^1];
        }

        int zone = h.IndexOf('%', StringComparison.Ordinal);
        if (zone >= 0 && h.Contains(':', StringComparison.Ordinal))
        {
            h = h[..zone];
        }

        return h.TrimEnd('.').ToLowerInvariant();
    }

    /// <summary>True when <paramref name="host"/> is one of the allowed hosts.</summary>
    public bool IsAllowedHost(string host) => _allowedHosts.Count > 0 && _allowedHosts.Contains(NormalizeHost(host));

    /// <summary>
    /// Checks the host of <paramref name="endpoint"/> as written: an address in any notation <see cref="IPAddress"/>
    /// accepts, or a name. Returns why it is refused, or null.
    /// </summary>
    public string? CheckEndpoint(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        string host = NormalizeHost(endpoint.IdnHost);
        if (IsAllowedHost(host))
        {
            return null;
        }

        if (IPAddress.TryParse(host, out IPAddress? address))
        {
            return CheckAddress(address);
        }

        return ReservedHostNames.Classify(host) is { } rule
            ? $"The client notification endpoint's host '{host}' is refused: {rule}."
            : null;
    }

    /// <summary>Checks one address. Returns why it is refused, or null.</summary>
    public string? CheckAddress(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        IPAddress normalized = NotificationNetwork.Normalize(address);
        foreach (NotificationNetwork network in _allowedNetworks)
        {
            if (network.Contains(normalized) || network.Contains(address))
            {
                return null;
            }
        }

        NotificationAddressRule? rule = ReservedAddresses.Classify(address);
        if (rule is null || (rule.IsPrivateNetwork && _allowPrivateNetworks))
        {
            return null;
        }

        return $"The client notification endpoint's address {address} is refused: {rule.Name}.";
    }
}
