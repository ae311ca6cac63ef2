using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/backchannel/authentication/fail</c> API, which builds the error response of the backchannel authentication endpoint and deletes the ticket.
/// </summary>
public sealed class BackchannelAuthenticationFailRequest : AuthleteRequest
{
    /// <summary>The ticket from the <c>/backchannel/authentication</c> response. Required (wire name <c>ticket</c>)</summary>
    public string? Ticket { get; set; }

    /// <summary>Why the request failed; selects the <c>error</c> code. Authlete uses <c>SERVER_ERROR</c> when it is absent (wire name <c>reason</c>)</summary>
    public BackchannelAuthenticationFailReason? Reason { get; set; }

    /// <summary>The <c>error_description</c> to put in the error response (printable ASCII without <c>\"</c> and <c>\\</c>) (wire name <c>errorDescription</c>)</summary>
    public string? ErrorDescription { get; set; }

    /// <summary>The <c>error_uri</c> to put in the error response (wire name <c>errorUri</c>)</summary>
    public string? ErrorUri { get; set; }

    /// <inheritdoc />
    public override void Validate() => Require(Ticket, nameof(Ticket), "ticket");
}
