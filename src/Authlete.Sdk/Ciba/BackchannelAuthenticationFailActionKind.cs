namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="BackchannelAuthenticationFailAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="BackchannelAuthenticationFailAction.Kind"/>.
/// </summary>
public enum BackchannelAuthenticationFailActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="BackchannelAuthenticationFailAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 and the response content.</summary>
    InternalServerError,

    /// <summary><c>FORBIDDEN</c>: the reason was <c>ACCESS_DENIED</c>: answer 403 with the response content.</summary>
    Forbidden,

    /// <summary><c>BAD_REQUEST</c>: answer 400 with the response content (for example <c>unknown_user_id</c>).</summary>
    BadRequest,
}
