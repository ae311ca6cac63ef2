namespace Authlete.Sdk;

/// <summary>
/// The end-user's decision, as the two <c>complete</c> APIs take it: who the end-user is, how they authenticated, what
/// they consented to and how the tokens are to be issued. Shared by <see cref="BackchannelAuthenticationCompleteRequest"/>
/// (<c>/backchannel/authentication/complete</c>) and <see cref="DeviceCompleteRequest"/> (<c>/device/complete</c>), which
/// add what identifies the flow and the result.
/// </summary>
public abstract class AuthleteCompleteRequest : AuthleteRequest
{
    /// <summary>Creates a request; only the two complete requests derive from this type.</summary>
    private protected AuthleteCompleteRequest()
    {
    }

    /// <summary>The subject (unique user ID) of the end-user. Required, also when the result is not AUTHORIZED (wire name <c>subject</c>)</summary>
    public string? Subject { get; set; }

    /// <summary>The value of the ID token <c>sub</c> claim to use instead of the subject (for example a pairwise identifier) (wire name <c>sub</c>)</summary>
    public string? Sub { get; set; }

    /// <summary>The time of end-user authentication, seconds since the Unix epoch (wire name <c>authTime</c>)</summary>
    public long? AuthTime { get; set; }

    /// <summary>The ACR the authentication satisfied (wire name <c>acr</c>)</summary>
    public string? Acr { get; set; }

    /// <summary>JSON object text of claims to embed in the ID token (wire name <c>claims</c>)</summary>
    public string? Claims { get; set; }

    /// <summary>Extra properties to attach to the access token (wire name <c>properties</c>)</summary>
    public IReadOnlyList<Property>? Properties { get; set; }

    /// <summary>Scopes that replace the requested scopes (null: no replacement) (wire name <c>scopes</c>)</summary>
    public IReadOnlyList<string>? Scopes { get; set; }

    /// <summary>JSON object text of extra JWS header parameters for the ID token (wire name <c>idtHeaderParams</c>)</summary>
    public string? IdtHeaderParams { get; set; }

    /// <summary>The <c>error_description</c> for the error response when the result is not AUTHORIZED (wire name <c>errorDescription</c>)</summary>
    public string? ErrorDescription { get; set; }

    /// <summary>The <c>error_uri</c> for the error response when the result is not AUTHORIZED (wire name <c>errorUri</c>)</summary>
    public string? ErrorUri { get; set; }

    /// <summary>The claims the end-user consented to release (wire name <c>consentedClaims</c>)</summary>
    public IReadOnlyList<string>? ConsentedClaims { get; set; }

    /// <summary>JSON object text of extra claims for a JWT access token (wire name <c>jwtAtClaims</c>)</summary>
    public string? JwtAtClaims { get; set; }

    /// <summary>The access token lifetime in seconds, overriding the default (positive values only) (wire name <c>accessTokenDuration</c>)</summary>
    public long? AccessTokenDuration { get; set; }

    /// <summary>The refresh token lifetime in seconds, overriding the default (positive values only) (wire name <c>refreshTokenDuration</c>)</summary>
    public long? RefreshTokenDuration { get; set; }

    /// <summary>The type of the ID token <c>aud</c> claim: <c>\"array\"</c>, <c>\"string\"</c>, or null for the service default (wire name <c>idTokenAudType</c>)</summary>
    public string? IdTokenAudType { get; set; }
}
