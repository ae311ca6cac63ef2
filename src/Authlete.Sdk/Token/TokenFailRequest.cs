namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/auth/token/fail</c> API: builds the error response of a resource owner password request
/// whose credentials the authorization server rejected (<c>/auth/token</c> returned <c>PASSWORD</c>).
/// </summary>
public sealed class TokenFailRequest : AuthleteRequest
{
    /// <summary>The ticket from the <c>/auth/token</c> response. Required (wire name <c>ticket</c>)</summary>
    public string? Ticket { get; set; }

    /// <summary>Why the request failed; selects the <c>error</c> code of the response. Required (wire name <c>reason</c>)</summary>
    public TokenFailReason? Reason { get; set; }

    /// <inheritdoc />
    public override void Validate()
    {
        Require(Ticket, nameof(Ticket), "ticket");
        Require(Reason, nameof(Reason), "reason");
    }
}
