namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="TokenAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="TokenAction.Kind"/>.
/// </summary>
public enum TokenActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="TokenAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INVALID_CLIENT</c>: client authentication failed: answer 401 (with <c>WWW-Authenticate</c> when the client used the Authorization header) or 400, with the response content.</summary>
    InvalidClient,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 and the response content.</summary>
    InternalServerError,

    /// <summary><c>BAD_REQUEST</c>: the token request is invalid or pending (<c>authorization_pending</c>, <c>slow_down</c>, <c>expired_token</c>, <c>access_denied</c>, ...): answer 400 with the response content.</summary>
    BadRequest,

    /// <summary><c>PASSWORD</c>: a resource owner password request: validate the credentials, then call <c>/auth/token/issue</c> or <c>/auth/token/fail</c>.</summary>
    Password,

    /// <summary><c>OK</c>: tokens were issued: answer 200 with the response content.</summary>
    Ok,

    /// <summary><c>TOKEN_EXCHANGE</c>: an RFC 8693 token exchange request: validate it and create the token yourself.</summary>
    TokenExchange,

    /// <summary><c>JWT_BEARER</c>: an RFC 7523 JWT bearer grant: verify the assertion and create the token yourself.</summary>
    JwtBearer,

    /// <summary><c>ID_TOKEN_REISSUABLE</c>: a refresh token request for which an ID token can be reissued: handle as OK, or call <c>/idtoken/reissue</c>.</summary>
    IdTokenReissuable,

    /// <summary><c>NATIVE_SSO</c>: an OpenID Native SSO token request: validate the session and device secret, then call <c>/nativesso</c>.</summary>
    NativeSso,
}
