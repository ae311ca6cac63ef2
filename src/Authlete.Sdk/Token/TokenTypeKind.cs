namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="TokenType"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="TokenType.Kind"/>.
/// </summary>
public enum TokenTypeKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="TokenType.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>JWT</c>: <c>urn:ietf:params:oauth:token-type:jwt</c>.</summary>
    Jwt,

    /// <summary><c>ACCESS_TOKEN</c>: <c>urn:ietf:params:oauth:token-type:access_token</c>.</summary>
    AccessToken,

    /// <summary><c>REFRESH_TOKEN</c>: <c>urn:ietf:params:oauth:token-type:refresh_token</c>.</summary>
    RefreshToken,

    /// <summary><c>ID_TOKEN</c>: <c>urn:ietf:params:oauth:token-type:id_token</c>.</summary>
    IdToken,

    /// <summary><c>SAML1</c>: <c>urn:ietf:params:oauth:token-type:saml1</c>.</summary>
    Saml1,

    /// <summary><c>SAML2</c>: <c>urn:ietf:params:oauth:token-type:saml2</c>.</summary>
    Saml2,

    /// <summary><c>DEVICE_SECRET</c>: <c>urn:openid:params:token-type:device-secret</c> (OpenID Native SSO).</summary>
    DeviceSecret,

    /// <summary><c>DEVICE_CODE</c>: a device code (listed by the API description).</summary>
    DeviceCode,

    /// <summary><c>TOKEN_EXCHANGE</c>: a token exchange token (listed by the API description).</summary>
    TokenExchange,

    /// <summary><c>JWT_BEARER</c>: a JWT bearer token (listed by the API description).</summary>
    JwtBearer,
}
