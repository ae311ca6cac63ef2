namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="RevocationAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="RevocationAction.Kind"/>.
/// </summary>
public enum RevocationActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="RevocationAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INVALID_CLIENT</c>: client authentication failed: answer 401 (with <c>WWW-Authenticate</c> when the client used the Authorization header) or 400, with the response content.</summary>
    InvalidClient,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 and the response content.</summary>
    InternalServerError,

    /// <summary><c>BAD_REQUEST</c>: the revocation request is invalid: answer 400 with the response content.</summary>
    BadRequest,

    /// <summary><c>OK</c>: the token was revoked, or was not valid (not an error, RFC 7009 §2.2): answer 200 with no body, or, when the request had a <c>callback</c>, with the response content as <c>application/javascript</c> (JSONP).</summary>
    Ok,
}
