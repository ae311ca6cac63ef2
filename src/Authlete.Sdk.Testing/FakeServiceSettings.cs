namespace Authlete.Sdk.Testing;

/// <summary>
/// The settings of the Authlete service that a <see cref="FakeAuthlete"/> plays: its credentials, issuer, token
/// lifetimes, CIBA and device flow settings. Every member has a working default, so <c>new FakeServiceSettings()</c>
/// is enough for most tests.
/// </summary>
/// <remarks>
/// This is part of a test double: the names follow the settings of a real Authlete service, but only the settings
/// listed here exist, and they are read when a request is processed (change them before the flow you test starts).
/// </remarks>
public sealed class FakeServiceSettings
{
    /// <summary>The service ID used in Authlete 3.x paths (<c>/api/{serviceId}/...</c>). Default <c>"715948317"</c>.</summary>
    public string ServiceId { get; set; } = "715948317";

    /// <summary>The service access token that Authlete 3.x calls must carry as <c>Authorization: Bearer</c>.</summary>
    public string ServiceAccessToken { get; set; } = "fake-service-access-token";

    /// <summary>The service API key of Authlete 2.x calls (the user name of <c>Authorization: Basic</c>).</summary>
    public string ServiceApiKey { get; set; } = "715948317";

    /// <summary>The service API secret of Authlete 2.x calls (the password of <c>Authorization: Basic</c>).</summary>
    public string ServiceApiSecret { get; set; } = "fake-service-api-secret";

    /// <summary>The issuer identifier: the <c>iss</c> claim of ID tokens. Default <c>https://as.example.com</c>.</summary>
    public Uri Issuer { get; set; } = new("https://as.example.com");

    /// <summary>The lifetime of access tokens. Default one hour.</summary>
    public TimeSpan AccessTokenDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The lifetime of refresh tokens. Default one day.</summary>
    public TimeSpan RefreshTokenDuration { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Whether token responses carry a refresh token. Default true.</summary>
    public bool IssueRefreshTokens { get; set; } = true;

    /// <summary>
    /// Whether a refresh token request (<c>grant_type=refresh_token</c>) replaces the refresh token: when true the client
    /// gets a new refresh token with a fresh lifetime (<see cref="RefreshTokenDuration"/>) and the one it sent no longer
    /// works; when false it gets the same refresh token back, which keeps its expiry (Authlete's "refresh token kept"
    /// service setting, inverted). Either way the previous access token of the grant stops working. Default true.
    /// </summary>
    public bool RefreshTokenRotation { get; set; } = true;

    /// <summary>The lifetime of ID tokens. Default one hour.</summary>
    public TimeSpan IdTokenDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The lifetime of an <c>auth_req_id</c> when the client sent no <c>requested_expiry</c>. Default ten minutes.</summary>
    public TimeSpan BackchannelAuthReqIdDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The minimum polling interval of CIBA poll and ping clients (<c>interval</c>). Default five seconds.</summary>
    public TimeSpan BackchannelPollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether the service supports the CIBA <c>user_code</c> parameter (<c>backchannel_user_code_parameter_supported</c>). Default true.</summary>
    public bool BackchannelUserCodeParameterSupported { get; set; } = true;

    /// <summary>
    /// The longest <c>binding_message</c> accepted, in characters; a longer one is refused with
    /// <c>invalid_binding_message</c>. Default 140. This limit is a choice of the fake, not a documented Authlete value.
    /// </summary>
    public int BindingMessageMaxLength { get; set; } = 140;

    /// <summary>The lifetime of device codes and user codes. Default ten minutes.</summary>
    public TimeSpan DeviceFlowCodeDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The minimum polling interval of device flow clients (<c>interval</c>). Default five seconds.</summary>
    public TimeSpan DeviceFlowPollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The <c>verification_uri</c> of device authorization responses. Default <c>https://as.example.com/device</c>.</summary>
    public Uri DeviceVerificationUri { get; set; } = new("https://as.example.com/device");

    /// <summary>
    /// Whether device authorization responses carry <c>verification_uri_complete</c>
    /// (<see cref="DeviceVerificationUri"/> with <c>?user_code=...</c>). Default true.
    /// </summary>
    public bool DeviceVerificationUriCompleteEnabled { get; set; } = true;

    /// <summary>The scopes the service supports; requested scopes outside it are refused with <c>invalid_scope</c>. Default <c>openid profile email address phone offline_access</c>.</summary>
    public ICollection<string> SupportedScopes { get; } = new List<string> { "openid", "profile", "email", "address", "phone", "offline_access" };

    /// <summary>
    /// The authorization server's endpoints, as the discovery document (<c>/service/configuration</c>) lists them. Each is
    /// null by default: the issuer with the conventional path (<c>/token</c>, <c>/device_authorization</c>,
    /// <c>/backchannel/authentication</c>, <c>/jwks</c>, <c>/userinfo</c>, <c>/introspection</c>, <c>/revocation</c>).
    /// </summary>
    public FakeEndpoints Endpoints { get; } = new();
}
