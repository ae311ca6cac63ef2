using System.Security.Cryptography;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// A CIBA request waiting for its end-user's decision, as the authorization server keeps it between the backchannel
/// authentication request and the decision on the user's authentication device (<see cref="ICibaPendingRequestStore"/>).
/// </summary>
/// <remarks>
/// It holds what the device shows and the ticket needed to record the decision: no <c>auth_req_id</c>, no client
/// notification token, no hint and no request object. <see cref="ToString"/> leaves the ticket out.
/// </remarks>
public sealed class CibaPendingRequest
{
    /// <summary>This server's handle of the request: 32 random hexadecimal characters, unrelated to the ticket and the <c>auth_req_id</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The end-user asked.</summary>
    public required string Subject { get; init; }

    /// <summary>Authlete's ticket, to pass to <c>/backchannel/authentication/complete</c>; never show it to the user.</summary>
    public required string Ticket { get; init; }

    /// <summary>When the request expires: the <c>auth_req_id</c>'s (and the ticket's) expiry.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The client's identifier (its alias when it used one), if known.</summary>
    public string? ClientId { get; init; }

    /// <summary>The client's name, if registered.</summary>
    public string? ClientName { get; init; }

    /// <summary>The names of the scopes asked for.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>The ACRs asked for, if any.</summary>
    public IReadOnlyList<string>? Acrs { get; init; }

    /// <summary>The <c>binding_message</c> the client also shows, so the user can match the two; null when none.</summary>
    public string? BindingMessage { get; init; }

    /// <summary>The client's token delivery mode (poll, ping or push), as its wire value.</summary>
    public string? DeliveryMode { get; init; }

    /// <summary>
    /// The key of the keyed Authlete client the request came through, or null for the default client: complete it
    /// through the <c>ICibaCompleteService</c> of that key.
    /// </summary>
    public string? ServiceKey { get; init; }

    /// <summary>Creates the pending request of an accepted CIBA request, with a new random <see cref="Id"/>.</summary>
    /// <param name="context">What <see cref="IBackchannelAuthenticationHandlerSpi.StartAuthenticationAsync"/> receives.</param>
    /// <returns>The pending request.</returns>
    public static CibaPendingRequest From(CibaAuthenticationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new CibaPendingRequest
        {
            Id = NewId(),
            Subject = context.User.Subject,
            Ticket = context.Ticket,
            ExpiresAt = context.ExpiresAt,
            ClientId = context.Request.ClientIdentifier,
            ClientName = context.Request.ClientName,
            Scopes = context.Request.Scopes?.Select(s => s.Name ?? string.Empty).Where(n => n.Length > 0).ToArray() ?? [],
            Acrs = context.Request.Acrs,
            BindingMessage = context.BindingMessage,
            DeliveryMode = context.DeliveryMode?.Value,
            ServiceKey = context.ServiceKey,
        };
    }

    /// <summary>The request without its ticket.</summary>
    /// <returns>The identifier, subject, client and expiry.</returns>
    public override string ToString() => $"CIBA request {Id} for {Subject} from {ClientId} until {ExpiresAt:O}";

    internal static string NewId() => RandomNumberGenerator.GetHexString(32, lowercase: true);
}
