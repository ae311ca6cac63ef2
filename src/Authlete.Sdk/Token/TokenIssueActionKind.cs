namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="TokenIssueAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="TokenIssueAction.Kind"/>.
/// </summary>
public enum TokenIssueActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="TokenIssueAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed (for example, the ticket is unknown): answer the client with 500 and the response content.</summary>
    InternalServerError,

    /// <summary><c>OK</c>: tokens were issued: answer 200 with the response content.</summary>
    Ok,
}
