namespace Authlete.Sdk;

/// <summary>
/// Settings of <see cref="CibaNotificationSender"/>. By default a notification goes only to a public address: loopback,
/// link-local, private, shared (carrier-grade NAT), unique-local, multicast, documentation and other special-purpose
/// addresses, and names such as <c>localhost</c> or <c>metadata.google.internal</c>, are refused, because the endpoint
/// comes from client registration data and the request carries a Bearer token (server-side request forgery). The
/// allow-list settings open exceptions for tests and internal deployments.
/// </summary>
public sealed class CibaNotificationSenderOptions
{
    /// <summary>The longest a delivery may take: more than zero and at most one hour. 10 seconds by default.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many times a notification may be sent: 1 (never retried) to 10; 3 by default. A failed delivery is retried
    /// only when the failure proves the notification was not delivered (no connection could be made: refused, name not
    /// resolved, TLS handshake failed) or the endpoint refused it for now (HTTP 408, 429 or 503). A timeout, another
    /// status or a refused destination is never retried. Sending twice is safe in ping and push modes alike: the client
    /// identifies the notification by its <c>auth_req_id</c> (CIBA Core §10.2, §10.3) and Authlete issued the tokens once.
    /// </summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the first retry, doubled before each next one up to <see cref="MaxRetryDelay"/>; 1 second by default.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait between two attempts: zero to 5 minutes; 10 seconds by default. An endpoint whose <c>Retry-After</c>
    /// asks for longer is not retried (the failure is reported).
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Allows plain <c>http</c> notification endpoints. CIBA Core requires https (the body carries tokens), so leave it
    /// false except for tests against a local server.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// Host names a notification may go to whatever addresses they resolve to, for example <c>notify.corp.example</c> or
    /// <c>localhost</c>. Compared case-insensitively, ignoring a trailing dot; no wildcards. Empty by default.
    /// </summary>
    public IList<string> AllowedHosts { get; } = new List<string>();

    /// <summary>
    /// Networks a notification may go to even though the default rules refuse them, in CIDR notation (for example
    /// <c>10.20.0.0/16</c>, <c>127.0.0.0/8</c> or <c>fd12:3456::/48</c>) or as single addresses (<c>127.0.0.1</c>). Empty by
    /// default.
    /// </summary>
    public IList<string> AllowedNetworks { get; } = new List<string>();

    /// <summary>
    /// Allows the private ranges: 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16 (RFC 1918), 100.64.0.0/10 (RFC 6598),
    /// fc00::/7 and fec0::/10. Loopback, link-local, cloud metadata and the other special-purpose addresses stay refused.
    /// False by default.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }
}
