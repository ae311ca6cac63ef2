namespace Authlete.Sdk;

/// <summary>
/// Host names a client notification may not go to by default, whatever they resolve to: loopback names (RFC 6761),
/// single-label names (resolved through the local search domains), the private-use and multicast DNS domains
/// (<c>.internal</c>, <c>.local</c>) and the names of cloud metadata services.
/// </summary>
internal static class ReservedHostNames
{
    private static readonly HashSet<string> s_metadataNames = new(StringComparer.Ordinal)
    {
        "metadata.google.internal",
        "metadata.goog",
        "metadata",
        "instance-data",
        "instance-data.ec2.internal",
        "metadata.azure.com",
        "metadata.digitalocean.com",
        "metadata.oraclecloud.com",
        "kubernetes.default",
        "kubernetes.default.svc",
    };

    /// <summary>The rule refusing <paramref name="host"/> (lower case, without a trailing dot), or null when none does.</summary>
    public static string? Classify(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.Length == 0)
        {
            return "empty host name";
        }

        if (s_metadataNames.Contains(host))
        {
            return $"cloud metadata service name ({host})";
        }

        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal)
            || host == "localhost.localdomain" || host == "ip6-localhost" || host == "ip6-loopback")
        {
            return "loopback name (localhost, *.localhost, RFC 6761)";
        }

        if (!host.Contains('.', StringComparison.Ordinal))
        {
            return "single-label name, resolved through the local search domains";
        }

        if (host.EndsWith(".internal", StringComparison.Ordinal))
        {
            return "private-use domain (*.internal)";
        }

        if (host.EndsWith(".local", StringComparison.Ordinal))
        {
            return "multicast DNS name (*.local, RFC 6762)";
        }

        return null;
    }
}
