namespace Authlete.Sdk.Testing;

/// <summary>
/// The authorization server's endpoints as the fake's discovery document (<c>/service/configuration</c>) lists them.
/// Each is null by default, meaning the issuer with the conventional path.
/// </summary>
public sealed class FakeEndpoints
{
    /// <summary>The token endpoint; default <c>{issuer}/token</c>.</summary>
    public Uri? Token { get; set; }

    /// <summary>The device authorization endpoint; default <c>{issuer}/device_authorization</c>.</summary>
    public Uri? DeviceAuthorization { get; set; }

    /// <summary>The CIBA backchannel authentication endpoint; default <c>{issuer}/backchannel/authentication</c>.</summary>
    public Uri? BackchannelAuthentication { get; set; }

    /// <summary>The JWK Set URI; default <c>{issuer}/jwks</c>.</summary>
    public Uri? Jwks { get; set; }

    /// <summary>The UserInfo endpoint; default <c>{issuer}/userinfo</c>.</summary>
    public Uri? UserInfo { get; set; }

    /// <summary>The introspection endpoint; default <c>{issuer}/introspection</c>.</summary>
    public Uri? Introspection { get; set; }

    /// <summary>The revocation endpoint; default <c>{issuer}/revocation</c>.</summary>
    public Uri? Revocation { get; set; }
}
