namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="BackchannelAuthenticationIssueAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="BackchannelAuthenticationIssueAction.Kind"/>.
/// </summary>
public enum BackchannelAuthenticationIssueActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="BackchannelAuthenticationIssueAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 and the response content.</summary>
    InternalServerError,

    /// <summary><c>INVALID_TICKET</c>: the ticket does not exist or has expired: answer the client with 500 and the response content.</summary>
    InvalidTicket,

    /// <summary><c>OK</c>: an <c>auth_req_id</c> was issued: answer 200 with the response content.</summary>
    Ok,
}
