namespace Authlete.Sdk;

/// <summary>Settings of <see cref="CibaNotificationSender"/>.</summary>
public sealed class CibaNotificationSenderOptions
{
    /// <summary>The longest a delivery may take. 10 seconds by default.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Allows plain <c>http</c> notification endpoints. CIBA Core requires https (the body carries tokens), so leave it
    /// false except for tests against a local server.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }
}
