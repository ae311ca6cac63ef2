namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="UserInfoAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="UserInfoAction.Kind"/>.
/// </summary>
public enum UserInfoActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="UserInfoAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    InternalServerError,

    /// <summary><c>BAD_REQUEST</c>: the request carried no access token: answer 400 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    BadRequest,

    /// <summary><c>UNAUTHORIZED</c>: the access token is unknown or expired, or has no subject: answer 401 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    Unauthorized,

    /// <summary><c>FORBIDDEN</c>: the access token does not cover the <c>openid</c> scope: answer 403 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    Forbidden,

    /// <summary><c>OK</c>: the access token is valid: collect the values of the claims named in <c>claims</c> for the subject, then call <c>/auth/userinfo/issue</c>.</summary>
    Ok,
}
