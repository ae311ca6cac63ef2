namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/backchannel/authentication/complete</c> API: the end-user's decision on a CIBA request.
/// </summary>
public sealed class BackchannelAuthenticationCompleteRequest : AuthleteCompleteRequest
{
    /// <summary>The ticket from the <c>/backchannel/authentication</c> response. Required (wire name <c>ticket</c>)</summary>
    public string? Ticket { get; set; }

    /// <summary>The outcome of end-user authentication and authorization. Required (wire name <c>result</c>)</summary>
    public BackchannelAuthenticationCompleteResult? Result { get; set; }

    /// <summary>An access token value to use instead of one Authlete generates. A secret (wire name <c>accessToken</c>)</summary>
    public string? AccessToken { get; set; }

    /// <inheritdoc />
    public override void Validate()
    {
        Require(Ticket, nameof(Ticket), "ticket");
        Require(Result, nameof(Result), "result");
        Require(Subject, nameof(Subject), "subject");
    }
}
