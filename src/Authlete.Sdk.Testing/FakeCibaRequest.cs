using System.Globalization;
using Authlete.Sdk.Testing.Ciba;

namespace Authlete.Sdk.Testing;

/// <summary>
/// A CIBA request the fake holds that the end-user has not decided yet (see <see cref="FakeAuthlete.PendingCibaRequests"/>):
/// what a test needs to act as the user's authentication device and call <c>/backchannel/authentication/complete</c>
/// or <c>/fail</c>. A snapshot: it does not change when the request moves on.
/// </summary>
public sealed class FakeCibaRequest
{
    private FakeCibaRequest()
    {
    }

    /// <summary>The ticket <c>/backchannel/authentication</c> answered, which the issue, fail and complete APIs take.</summary>
    public string Ticket { get; private init; } = string.Empty;

    /// <summary>The <c>auth_req_id</c>, once <c>/backchannel/authentication/issue</c> issued it; null before.</summary>
    public string? AuthReqId { get; private init; }

    /// <summary>The numeric ID of the client that made the request.</summary>
    public long ClientId { get; private init; }

    /// <summary>How the client delivers the result: poll, ping or push.</summary>
    public DeliveryMode DeliveryMode { get; private init; }

    /// <summary>Which hint identified the end-user: <c>login_hint</c>, <c>id_token_hint</c> or <c>login_hint_token</c>.</summary>
    public UserIdentificationHintType HintType { get; private init; }

    /// <summary>The value of the hint, as the client sent it.</summary>
    public string Hint { get; private init; } = string.Empty;

    /// <summary>The <c>sub</c> of the <c>id_token_hint</c>, which the fake resolved; null for the other hints.</summary>
    public string? Sub { get; private init; }

    /// <summary>The <c>binding_message</c> to show on the authentication device, if the client sent one.</summary>
    public string? BindingMessage { get; private init; }

    /// <summary>The <c>user_code</c> the client sent, if any.</summary>
    public string? UserCode { get; private init; }

    /// <summary>The scopes the fake kept (supported by the service and allowed to the client).</summary>
    public IReadOnlyList<string> Scopes { get; private init; } = [];

    /// <summary>When the <c>auth_req_id</c> expires (by the fake's clock); null until it is issued.</summary>
    public DateTimeOffset? ExpiresAt { get; private init; }

    /// <summary>Describes the request (ticket, client, hint, state) for a test's failure message.</summary>
    /// <returns>A short description.</returns>
    public override string ToString()
        => AuthReqId is null
            ? string.Create(CultureInfo.InvariantCulture, $"CIBA request {Ticket} of client {ClientId} ({DeliveryMode.Value}), {HintType.Value} '{Hint}', auth_req_id not issued")
            : string.Create(CultureInfo.InvariantCulture, $"CIBA request {Ticket} of client {ClientId} ({DeliveryMode.Value}), {HintType.Value} '{Hint}', auth_req_id {AuthReqId} until {ExpiresAt:O}");

    internal static FakeCibaRequest From(CibaTransaction transaction) => new()
    {
        Ticket = transaction.Ticket,
        AuthReqId = transaction.AuthReqId,
        ClientId = transaction.Client.ClientId,
        DeliveryMode = transaction.Client.DeliveryMode!.Value,
        HintType = transaction.HintType,
        Hint = transaction.Hint,
        Sub = transaction.Sub,
        BindingMessage = transaction.BindingMessage,
        UserCode = transaction.UserCode,
        Scopes = transaction.Scopes,
        ExpiresAt = transaction.AuthReqId is null ? null : transaction.ExpiresAt,
    };
}
