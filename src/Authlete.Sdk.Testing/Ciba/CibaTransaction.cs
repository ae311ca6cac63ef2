using Authlete.Sdk.Testing.Token;

namespace Authlete.Sdk.Testing.Ciba;

/// <summary>One CIBA request, from its ticket to its tokens.</summary>
internal sealed class CibaTransaction : PendingGrant
{
    public required string Ticket { get; init; }

    /// <summary>The order of creation, for <see cref="FakeAuthlete.PendingCibaRequests"/>.</summary>
    public required long Sequence { get; init; }

    public required UserIdentificationHintType HintType { get; init; }

    public required string Hint { get; init; }

    public string? Sub { get; init; }

    public string? BindingMessage { get; init; }

    public string? UserCode { get; init; }

    public int RequestedExpiry { get; init; }

    public string? ClientNotificationToken { get; init; }

    /// <summary>The <c>auth_req_id</c>, once the issue API ran.</summary>
    public string? AuthReqId { get; set; }

    /// <summary>True once the fail API deleted the ticket.</summary>
    public bool Failed { get; set; }
}
