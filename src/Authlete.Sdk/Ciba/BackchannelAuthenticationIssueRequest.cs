using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/backchannel/authentication/issue</c> API, which issues the <c>auth_req_id</c>.
/// </summary>
public sealed class BackchannelAuthenticationIssueRequest : AuthleteRequest
{
    /// <summary>The ticket from the <c>/backchannel/authentication</c> response. Required (wire name <c>ticket</c>)</summary>
    public string? Ticket { get; set; }

    /// <inheritdoc />
    public override void Validate() => Require(Ticket, nameof(Ticket), "ticket");
}
