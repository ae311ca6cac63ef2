namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="GrantType"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="GrantType.Kind"/>.
/// </summary>
public enum GrantTypeKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="GrantType.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>AUTHORIZATION_CODE</c>: <c>authorization_code</c>.</summary>
    AuthorizationCode,

    /// <summary><c>IMPLICIT</c>: the implicit flow.</summary>
    Implicit,

    /// <summary><c>PASSWORD</c>: <c>password</c> (resource owner password credentials).</summary>
    Password,

    /// <summary><c>CLIENT_CREDENTIALS</c>: <c>client_credentials</c>.</summary>
    ClientCredentials,

    /// <summary><c>REFRESH_TOKEN</c>: <c>refresh_token</c>.</summary>
    RefreshToken,

    /// <summary><c>CIBA</c>: <c>urn:openid:params:grant-type:ciba</c>.</summary>
    Ciba,

    /// <summary><c>DEVICE_CODE</c>: <c>urn:ietf:params:oauth:grant-type:device_code</c>.</summary>
    DeviceCode,

    /// <summary><c>TOKEN_EXCHANGE</c>: <c>urn:ietf:params:oauth:grant-type:token-exchange</c>.</summary>
    TokenExchange,

    /// <summary><c>JWT_BEARER</c>: <c>urn:ietf:params:oauth:grant-type:jwt-bearer</c>.</summary>
    JwtBearer,

    /// <summary><c>PRE_AUTHORIZED_CODE</c>: <c>urn:ietf:params:oauth:grant-type:pre-authorized_code</c> (OpenID for Verifiable Credential Issuance).</summary>
    PreAuthorizedCode,
}
