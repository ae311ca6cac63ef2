namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="StandardIntrospectionAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="StandardIntrospectionAction.Kind"/>.
/// </summary>
public enum StandardIntrospectionActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="StandardIntrospectionAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the resource server with 500 and the response content (JSON).</summary>
    InternalServerError,

    /// <summary><c>BAD_REQUEST</c>: the introspection request is invalid (for example, it has no <c>token</c>): answer 400 with the response content (JSON).</summary>
    BadRequest,

    /// <summary><c>OK</c>: answer 200 with the response content, an RFC 7662 introspection response (<c>Content-Type: application/json</c>).</summary>
    Ok,

    /// <summary><c>JWT</c>: answer 200 with the response content, a JWT introspection response (RFC 9701, <c>Content-Type: application/token-introspection+jwt</c>).</summary>
    Jwt,
}
