namespace Authlete.Sdk.Testing;

/// <summary>
/// A client registered with a <see cref="FakeAuthlete"/> (see <see cref="FakeAuthlete.AddClient"/>): its identifiers,
/// secret, authentication method, CIBA settings and allowed scopes.
/// </summary>
/// <remarks>
/// Client authentication supports <c>CLIENT_SECRET_BASIC</c> (the secret arrives as <c>clientId</c>/<c>clientSecret</c>
/// of the Authlete request, taken from the client's Basic header), <c>CLIENT_SECRET_POST</c> (<c>client_id</c> and
/// <c>client_secret</c> in the form) and <c>NONE</c> (public clients; not allowed for CIBA). Other methods are not
/// implemented by the fake, and <see cref="FakeAuthlete.AddClient"/> refuses them.
/// </remarks>
public sealed class FakeClient
{
    /// <summary>The numeric client ID. Required; must be positive and unique in the fake.</summary>
    public long ClientId { get; set; }

    /// <summary>The client ID alias, which the client may use instead of the numeric ID.</summary>
    public string? ClientIdAlias { get; set; }

    /// <summary>The client secret; required unless <see cref="ClientAuthMethod"/> is <c>NONE</c>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The display name of the client.</summary>
    public string? ClientName { get; set; }

    /// <summary>How the client authenticates (<c>token_endpoint_auth_method</c>). Default <c>CLIENT_SECRET_BASIC</c>.</summary>
    public ClientAuthMethod ClientAuthMethod { get; set; } = ClientAuthMethod.ClientSecretBasic;

    /// <summary>The CIBA token delivery mode; null (the default) when the client may not use CIBA.</summary>
    public DeliveryMode? DeliveryMode { get; set; }

    /// <summary>The client's <c>backchannel_client_notification_endpoint</c>; required for ping and push clients.</summary>
    public Uri? ClientNotificationEndpoint { get; set; }

    /// <summary>Whether the client requires a CIBA <c>user_code</c> (<c>backchannel_user_code_parameter</c>).</summary>
    public bool UserCodeRequired { get; set; }

    /// <summary>The scopes the client may request; null (the default) allows every scope the service supports.</summary>
    public IReadOnlyCollection<string>? Scopes { get; set; }

    /// <summary>Whether the client may use the device flow. Default true.</summary>
    public bool DeviceFlowEnabled { get; set; } = true;

    /// <summary>
    /// Whether the client may use the resource owner password credentials grant (<c>grant_type=password</c>); off by
    /// default. When on, <c>/auth/token</c> answers <c>PASSWORD</c> with a ticket for <c>/auth/token/issue</c> or <c>/fail</c>.
    /// </summary>
    public bool PasswordGrantAllowed { get; set; }
}
