namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="BackchannelAuthenticationAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="BackchannelAuthenticationAction.Kind"/>.
/// </summary>
public enum BackchannelAuthenticationActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="BackchannelAuthenticationAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 and the response content.</summary>
    InternalServerError,

    /// <summary><c>UNAUTHORIZED</c>: client authentication failed: answer 401 with a <c>WWW-Authenticate</c> challenge and the response content.</summary>
    Unauthorized,

    /// <summary><c>BAD_REQUEST</c>: the backchannel authentication request is invalid: answer 400 with the response content.</summary>
    BadRequest,

    /// <summary><c>USER_IDENTIFICATION</c>: the request is valid: identify the end-user from the hint, then call the issue API (or the fail API).</summary>
    UserIdentification,
}
