namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="IntrospectionAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="IntrospectionAction.Kind"/>.
/// </summary>
public enum IntrospectionActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="IntrospectionAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    InternalServerError,

    /// <summary><c>BAD_REQUEST</c>: the resource request carried no access token: answer 400 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    BadRequest,

    /// <summary><c>UNAUTHORIZED</c>: the access token is unknown or expired, or its client no longer exists: answer 401 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    Unauthorized,

    /// <summary><c>FORBIDDEN</c>: the access token lacks a required scope, belongs to another subject, or failed another requested check (DPoP, certificate binding, resources, ACR, age): answer 403 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    Forbidden,

    /// <summary><c>OK</c>: the access token is valid and every requested check passed: serve the resource. The response content is only a ready-made <c>invalid_request</c> challenge, for a later error.</summary>
    Ok,
}
